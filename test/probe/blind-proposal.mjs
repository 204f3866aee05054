// What a blind proposal tells the operator about a confidential request it was not shared with (probe 14): the
// request's summary hides who asks (requesterOrganizationId null), but the proposal's quote is priced at the
// requester's tier and the hold is checked for the requester.
import { demo, errs, gql, iso, must, newOperator } from './lib.mjs';
const D = 86400e3;
const requesters = { startup: await demo('startup'), university: await demo('university') };
const { op, stamp, offeringId, publish } = await newOperator('盲报', {
  pricing: {
    model: 'HOURLY',
    amount: '200.00',
    tiers: [
      { tier: 'STARTUP', amount: '160.00' },
      { tier: 'UNIVERSITY', amount: '120.00' },
    ],
  },
});
const start = Math.ceil((Date.now() + 4 * D) / D) * D;
const slots = await publish([
  [start, 60],
  [start + 3 * 3600e3, 60],
]);
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
