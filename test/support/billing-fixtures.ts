import { offeringInput } from './catalog-fixtures.js';
import type { SignedIn } from './factories.js';
import type { TestApp } from './test-app.js';

const DAY = 86_400_000;

/** An offering with its own price list on a platform of `operator`. */
export async function pricedOffering(
  t: TestApp,
  operator: SignedIn,
  platformId: string,
  equipmentIds: string[],
  pricing: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.gql<{ createOffering: { id: string } }>(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
    { input: offeringInput(platformId, equipmentIds, { pricing: { currency: 'CNY', ...pricing }, ...overrides }) },
    { token: operator.token },
  );
  if (!res.data) throw new Error(`createOffering failed: ${JSON.stringify(res.errors)}`);
  return res.data.createOffering.id;
}

/** A Jiangsu programme for start-ups and SMEs' scale-up work, valid from yesterday for a year, unless overridden. */
export const programmeInput = (overrides: Record<string, unknown> = {}, now = Date.now()) => ({
  province: '32',
  name: '江苏省科技创新券（中试服务）',
  nameEn: 'Jiangsu innovation vouchers (pilot services)',
  reference: '苏科资〔2026〕12号',
  eligibleKinds: ['STARTUP', 'SME'],
  eligibleServiceTypes: ['SCALE_UP', 'EQUIPMENT_SHARING'],
  sharePercent: 50,
  capPerRequesterPerYear: '2000.00',
  budget: '100000.00',
  validFrom: new Date(now - DAY).toISOString(),
  validTo: new Date(now + 365 * DAY).toISOString(),
  ...overrides,
});

export async function issueProgramme(
  t: TestApp,
  authority: SignedIn,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.gql<{ issueVoucherProgramme: { id: string } }>(
    `mutation($input: IssueVoucherProgrammeInput!) { issueVoucherProgramme(input: $input) { id } }`,
    { input: programmeInput(overrides) },
    { token: authority.token },
  );
  if (!res.data) throw new Error(`issueVoucherProgramme failed: ${JSON.stringify(res.errors)}`);
  return res.data.issueVoucherProgramme.id;
}

export const CHARGE_FIELDS = `id total subtotal adjustmentsTotal credited net listAmount tierSavings tier
  deliveredQuantity unit voucherProgrammeId voucherCovered payableByRequester
  lines { seq kind tier quantity unitPrice amount reason description { zh en } }`;
