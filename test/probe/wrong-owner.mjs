// Probe 15: ids of another party's things, or of the wrong kind, in the mutations that take several ids at once
// (a request and a platform, a request and an offering, a booking and a programme). Prints each answer.
import fs from 'node:fs';
import { gql, demo, judge, iso } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const s = JSON.parse(fs.readFileSync(`${TMP}/cross.json`, 'utf8'));
const st = await demo('startup');
const op = await demo('operator');
const sme = await demo('sme');
const D = 86400e3;
const opOffering = (await gql(op, `{me{organization{id}}}`)).data.me.organization.id;
const demoOfferings = await gql(
  null,
  `query($o:ID!){offerings(filter:{organizationId:$o},first:1){edges{node{id platformId}}}}`,
  { o: opOffering },
);
const foreign = demoOfferings.data.offerings.edges[0].node;
const SHARE = `mutation($id:ID!,$p:ID!){sharePilotRequest(id:$id,platformId:$p){id}}`;
judge('share with a DRAFT platform of another organization', await gql(st, SHARE, { id: s.requestId, p: s.draft }));
judge('share with an offering id as platform', await gql(st, SHARE, { id: s.requestId, p: s.b.offeringId }));
judge('share another organization’s request', await gql(sme, SHARE, { id: s.requestId, p: foreign.platformId }));
const PROPOSE = `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id platformId offeringId}}`;
const proposal = (offeringId, extra = {}) => ({
  i: {
    requestId: s.requestId,
    offeringId,
    startsAt: iso(Date.now() + 5 * D),
    endsAt: iso(Date.now() + 6 * D),
    priceAmount: '10.00',
    validUntil: iso(Date.now() + D),
    message: 'x',
    ...extra,
  },
});
judge('B proposes with the demo operator’s offering', await gql(await demoB(), PROPOSE, proposal(foreign.id)));
judge('B proposes with its own archived offering', await gql(await demoB(), PROPOSE, proposal(s.archived)));
judge(
  'B proposes holding a slot of its DRAFT platform',
  await gql(await demoB(), PROPOSE, proposal(s.b.offeringId, { slotIds: [s.slots[2].id, s.draftEq] })),
);
judge('operator proposes with B’s offering', await gql(op, PROPOSE, proposal(s.b.offeringId)));
judge('startup proposes to its own request (no platform)', await gql(st, PROPOSE, proposal(s.b.offeringId)));
judge(
  'accept a booking id as proposal',
  await gql(st, `mutation($id:ID!){acceptProposal(id:$id){id}}`, { id: s.booking }),
);
judge(
  'decline a proposal as SME',
  await gql(sme, `mutation($id:ID!){declineProposal(id:$id,reason:"x"){id}}`, { id: s.proposal }),
);
judge(
  'withdraw a proposal as the demo operator',
  await gql(op, `mutation($id:ID!){withdrawProposal(id:$id){id}}`, { id: s.proposal }),
);
judge(
  'apply a platform id as programme',
  await gql(st, `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){id}}`, {
    b: s.booking,
    p: s.b.platformId,
  }),
);
judge(
  'matches for a booking id',
  await gql(st, `query($id:ID!){matchesForRequest(requestId:$id){score}}`, { id: s.booking }),
);
async function demoB() {
  return s.bOp;
}
