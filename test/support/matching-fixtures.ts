import type { SignedIn } from './factories.js';
import type { TestApp } from './test-app.js';

const DAY = 86_400_000;

export const pilotRequestInput = (now: Date, overrides: Record<string, unknown> = {}) => ({
  kind: 'SCALE_UP',
  title: '正极材料 50 L 到 500 L 工艺放大',
  titleEn: 'Cathode material scale-up from 50 L to 500 L',
  description: '三元正极材料 NCM811 的工艺放大，需要 500 L 反应釜与喷雾干燥。',
  serviceTypes: ['SCALE_UP'],
  industryDirection: 'RAW_MATERIALS',
  keyDomains: ['ADVANCED_MATERIALS'],
  keywords: ['正极材料', 'cathode', 'NCM811'],
  windowFrom: new Date(now.getTime() + DAY).toISOString(),
  windowTo: new Date(now.getTime() + 120 * DAY).toISOString(),
  preferredProvinces: [],
  requiredAccreditations: [],
  confidential: false,
  ...overrides,
});

export async function createPilotRequest(
  t: TestApp,
  requester: SignedIn,
  now: Date,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.gql<{ createPilotRequest: { id: string } }>(
    `mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }`,
    { input: pilotRequestInput(now, overrides) },
    { token: requester.token },
  );
  if (!res.data) throw new Error(`createPilotRequest failed: ${JSON.stringify(res.errors)}`);
  return res.data.createPilotRequest.id;
}

export const SUBMIT_PROPOSAL = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id status slotIds validUntil } }`;

export function submitProposal(
  t: TestApp,
  operator: SignedIn,
  input: {
    requestId: string;
    offeringId: string;
    slotIds: string[];
    startsAt: Date;
    endsAt: Date;
    validUntil: Date;
    priceAmount?: number;
  },
) {
  return t.gql<{ submitProposal: { id: string; status: string; slotIds: string[] } }>(
    SUBMIT_PROPOSAL,
    {
      input: {
        requestId: input.requestId,
        offeringId: input.offeringId,
        priceAmount: input.priceAmount ?? 120_000,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
        slotIds: input.slotIds,
        message: '可按时安排',
        validUntil: input.validUntil.toISOString(),
      },
    },
    { token: operator.token },
  );
}

export const ACCEPT_PROPOSAL = `mutation($id: ID!) { acceptProposal(id: $id) { id status proposalId } }`;

export function acceptProposal(t: TestApp, requester: SignedIn, id: string) {
  return t.gql<{ acceptProposal: { id: string; status: string; proposalId: string } }>(
    ACCEPT_PROPOSAL,
    { id },
    { token: requester.token },
  );
}
