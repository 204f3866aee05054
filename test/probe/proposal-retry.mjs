// Probe 17: the same proposal (no slots) sent three times, as a client retrying a lost answer would: how many the requester gets.
// Then the same with an idempotencyKey (finding 2's fix): three at once and a fourth after them, on a request of its own.
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

const keyedRequestId = await postRequest(st, '重试需求（带键）');
const keyed = { ...input, requestId: keyedRequestId, idempotencyKey: `probe17-${Date.now()}` };
const send = () => gql(op, `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id}}`, { i: keyed });
const keyedRs = [...(await Promise.all([1, 2, 3].map(send))), await send()];
console.log(JSON.stringify(keyedRs.map((r) => r.data?.submitProposal?.id ?? r.errors)));
console.log(
  JSON.stringify(
    (
      await gql(st, `query($id:ID!){pilotRequest(id:$id){proposals{id priceAmount message status}}}`, {
        id: keyedRequestId,
      })
    ).data,
  ),
);
