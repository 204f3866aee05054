// Probe 17: the same proposal (no slots) sent three times, as a client retrying a lost answer would: how many the requester gets.
import { gql, demo, must, iso } from './lib.mjs';
const st = await demo('startup'),
  op = await demo('operator');
const D = 86400e3;
const requestId = must(
  'req',
  await gql(st, `mutation($i:CreatePilotRequestInput!){createPilotRequest(input:$i){id}}`, {
    i: {
      kind: 'EQUIPMENT_ACCESS',
      title: '重试需求',
      description: 'x',
      confidential: false,
      serviceTypes: ['EQUIPMENT_SHARING'],
      windowFrom: iso(Date.now()),
      windowTo: iso(Date.now() + 30 * D),
    },
  }),
  (d) => d.createPilotRequest.id,
);
const input = {
  requestId,
  offeringId: '0cfa25de-67ef-5e52-bbcf-e1ae47f9df79',
  startsAt: iso(Date.now() + 10 * D),
  endsAt: iso(Date.now() + 11 * D),
  priceAmount: '999.00',
  validUntil: iso(Date.now() + 5 * D),
  message: '同一方案',
};
const rs = await Promise.all(
  [1, 2, 3].map(() => gql(op, `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id}}`, { i: input })),
);
console.log(JSON.stringify(rs.map((r) => r.data?.submitProposal?.id ?? r.errors)));
console.log(
  JSON.stringify(
    (await gql(st, `query($id:ID!){pilotRequest(id:$id){proposals{id priceAmount message status}}}`, { id: requestId }))
      .data,
  ),
);
