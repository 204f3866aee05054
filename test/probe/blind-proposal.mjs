// What a blind proposal tells the operator about a confidential request it was not shared with (probe 14): the
// request's summary hides who asks (requesterOrganizationId null), but the proposal's quote is priced at the
// requester's tier and the hold is checked for the requester.
import { gql, demo, errs } from './lib.mjs';
const D = 86400e3,
  iso = (t) => new Date(t).toISOString();
const stamp = Date.now() % 1e7;
const must = (label, r, pick) => {
  if (r.errors || !r.data) throw new Error(`${label}: ${JSON.stringify(errs(r))}`);
  return pick(r.data);
};
const requesters = { startup: await demo('startup'), university: await demo('university') };
const op = must(
  'register',
  await gql(null, `mutation($i:RegisterInput!){register(input:$i){token}}`, {
    i: {
      email: `blind-${stamp}@probe.example`,
      password: 'Vq8#nZ4!rK2mWx',
      displayName: '盲报',
      organization: { kind: 'LARGE_ENTERPRISE', name: `盲报装备${stamp}`, province: '32', city: '南通' },
    },
  }),
  (d) => d.register.token,
);
const platformId = must(
  'platform',
  await gql(op, `mutation($i:CreatePlatformInput!){createPlatform(input:$i){id}}`, {
    i: {
      name: `盲报中试平台${stamp}`,
      city: '南通',
      province: '32',
      constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
      industryDirection: 'RAW_MATERIALS',
      summary: '盲报',
    },
  }),
  (d) => d.createPlatform.id,
);
const eq = must(
  'equipment',
  await gql(op, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
    i: { platformId, name: '盲报窑', category: '窑炉' },
  }),
  (d) => d.createEquipment.id,
);
const offeringId = must(
  'offering',
  await gql(op, `mutation($i:CreateOfferingInput!){createOffering(input:$i){id}}`, {
    i: {
      platformId,
      title: `盲报 窑机时 ${stamp}`,
      description: '机时',
      serviceType: 'EQUIPMENT_SHARING',
      equipmentIds: [eq],
      pricing: {
        model: 'HOURLY',
        amount: '200.00',
        tiers: [
          { tier: 'STARTUP', amount: '160.00' },
          { tier: 'UNIVERSITY', amount: '120.00' },
        ],
      },
    },
  }),
  (d) => d.createOffering.id,
);
must('publish', await gql(op, `mutation($id:ID!){publishPlatform(id:$id){status}}`, { id: platformId }), (d) => d);
const start = Math.ceil((Date.now() + 4 * D) / D) * D;
const slots = must(
  'slots',
  await gql(op, `mutation($i:PublishSlotsInput!){publishSlots(input:$i){id startsAt endsAt}}`, {
    i: {
      equipmentId: eq,
      slots: [0, 1].map((k) => ({
        startsAt: iso(start + k * 3 * 3600e3),
        endsAt: iso(start + k * 3 * 3600e3 + 3600e3),
      })),
    },
  }),
  (d) => d.publishSlots,
);
for (const [k, [who, token]] of Object.entries(requesters).entries()) {
  const requestId = must(
    'request',
    await gql(token, `mutation($i:CreatePilotRequestInput!){createPilotRequest(input:$i){id}}`, {
      i: {
        kind: 'EQUIPMENT_ACCESS',
        title: `保密需求 ${stamp} ${k}`,
        description: '保密',
        confidential: true,
        serviceTypes: ['EQUIPMENT_SHARING'],
        windowFrom: iso(Date.now()),
        windowTo: iso(Date.now() + 30 * D),
        preferredProvinces: ['32'],
      },
    }),
    (d) => d.createPilotRequest.id,
  );
  const seen = await gql(op, `query($id:ID!){pilotRequest(id:$id){detailsVisible requesterOrganizationId}}`, {
    id: requestId,
  });
  const s = slots[k];
  const p = await gql(
    op,
    `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id quote{tier amount lines{tier unitPrice}}}}`,
    {
      i: {
        requestId,
        offeringId,
        slotIds: [s.id],
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        priceAmount: '100.00',
        validUntil: iso(Date.now() + D),
      },
    },
  );
  console.log(
    `${who}'s confidential request: the operator sees ${JSON.stringify(seen.data ?? errs(seen))}; its blind proposal's quote ${JSON.stringify(p.data ?? errs(p))}`,
  );
}
