// Probe 17: the same proposal (no slots) sent three times, as a client retrying a lost answer would: how many the requester gets.
import { gql, demo, iso, postRequest } from './lib.mjs';
const st = await demo('startup'),
  op = await demo('operator');
const D = 86400e3;
const requestId = await postRequest(st, '重试需求');
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
