// Probe 15: the authority's workspace and money at their edges: voucher programmes with odd amounts, transitions out
// of order, and racing closes, decisions and credits over parallel connections.
import { gql, demo, must, errs, judge, newOperator, iso } from './lib.mjs';

const D = 86400e3;
const au = await demo('authority-jiangsu');
const expert = await demo('expert-jiangsu');
const st = await demo('startup');
const expertId = must('expert id', await gql(expert, '{me{id}}'), (d) => d.me.id);
const b = await newOperator('丙', { kilns: 2 });
const ISSUE = `mutation($i:IssueVoucherProgrammeInput!){issueVoucherProgramme(input:$i){id budget capPerRequesterPerYear sharePercent remaining}}`;
const base = {
  name: '探针券',
  province: '32',
  reference: '苏工信〔2026〕1号',
  budget: '1000.00',
  capPerRequesterPerYear: '100.00',
  sharePercent: 50,
  eligibleKinds: ['STARTUP'],
  eligibleServiceTypes: ['EQUIPMENT_SHARING'],
  validFrom: iso(Date.now() - D),
  validTo: iso(Date.now() + 300 * D),
};
for (const [label, patch] of [
  ['budget 0', { budget: '0' }],
  ['budget -1', { budget: '-1.00' }],
  ['budget 0.001', { budget: '0.001' }],
  ['budget huge', { budget: '99999999999999.99' }],
  ['budget 1e13', { budget: 1e13 }],
  ['cap over budget', { capPerRequesterPerYear: '5000.00' }],
  ['cap 0', { capPerRequesterPerYear: '0' }],
  ['share 0', { sharePercent: 0 }],
  ['share 0.005', { sharePercent: 0.005 }],
  ['share 33.333', { sharePercent: 33.333 }],
  ['share 100.0001', { sharePercent: 100.0001 }],
  ['share NaN-ish 1e-10', { sharePercent: 1e-10 }],
  ['valid inverted', { validTo: iso(Date.now() - 2 * D) }],
  ['valid empty', { validTo: base.validFrom }],
  ['other province', { province: '33' }],
  ['no kinds', { eligibleKinds: [] }],
  ['GOVERNMENT kind', { eligibleKinds: ['GOVERNMENT'] }],
  ['duplicate kinds', { eligibleKinds: ['STARTUP', 'STARTUP'] }],
]) {
  judge(`issue ${label}`, await gql(au, ISSUE, { i: { ...base, ...patch } }));
}

// Transitions out of order on one booking of B's manual-confirm kiln.
must(
  'manual',
  await gql(b.op, `mutation($i:BookingRulesInput!){setBookingRules(input:$i){confirmationMode}}`, {
    i: { equipmentId: b.equipmentIds[1], confirmationMode: 'MANUAL' },
  }),
);
const [slot] = await b.publish([[Date.now() + 3 * D, 60]], b.equipmentIds[1]);
const booking = must(
  'book',
  await gql(st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status}}`, {
    i: { offeringId: b.offeringId, slotIds: [slot.id], brief: '次序', idempotencyKey: `ord-${b.stamp}` },
  }),
  (d) => d.requestBooking,
);
console.log('booking', booking.status);
const COMPLETE = `mutation($id:ID!){completeBooking(id:$id,outcome:"done"){status}}`;
judge('complete before confirm', await gql(b.op, COMPLETE, { id: booking.id }));
judge(
  'review before completion',
  await gql(st, `mutation($i:ReviewBookingInput!){reviewBooking(input:$i){rating}}`, {
    i: { id: booking.id, rating: 5 },
  }),
);
judge(
  'confirm with quotedAmount on hourly',
  await gql(b.op, `mutation($id:ID!){confirmBooking(id:$id,quotedAmount:"1.00"){status}}`, { id: booking.id }),
);
const confirms = await Promise.all(
  Array.from({ length: 6 }, () => gql(b.op, `mutation($id:ID!){confirmBooking(id:$id){status}}`, { id: booking.id })),
);
console.log(
  '6 parallel confirms',
  JSON.stringify(confirms.map((r) => r.data?.confirmBooking?.status ?? errs(r)[0]?.reason)),
);
judge('complete before start', await gql(b.op, COMPLETE, { id: booking.id }));
judge(
  'decline confirmed',
  await gql(b.op, `mutation($id:ID!){declineBooking(id:$id,reason:"x"){status}}`, { id: booking.id }),
);

// Rounds: open one over B's platform, the expert scores, then close twice at once, score during the close.
const OPEN = `mutation($i:OpenEvaluationRoundInput!){openEvaluationRound(input:$i){id status}}`;
const round = must(
  'open round',
  await gql(au, OPEN, {
    i: {
      name: `探针评估${b.stamp}`,
      scope: '32',
      periodStart: iso(Date.now() - 60 * D),
      periodEnd: iso(Date.now() - D),
      platforms: [{ platformId: b.platformId, expertIds: [expertId] }],
    },
  }),
  (d) => d.openEvaluationRound,
);
judge(
  'open with expert twice',
  await gql(au, OPEN, {
    i: {
      name: `探针评估重复${b.stamp}`,
      scope: '32',
      periodStart: iso(Date.now() - 60 * D),
      periodEnd: iso(Date.now() - D),
      platforms: [{ platformId: b.platformId, expertIds: [expertId, expertId] }],
    },
  }),
);
judge(
  'open with platform twice',
  await gql(au, OPEN, {
    i: {
      name: `探针评估重复平台${b.stamp}`,
      scope: '32',
      periodStart: iso(Date.now() - 60 * D),
      periodEnd: iso(Date.now() - D),
      platforms: [
        { platformId: b.platformId, expertIds: [expertId] },
        { platformId: b.platformId, expertIds: [expertId] },
      ],
    },
  }),
);
judge(
  'open with a non-expert (the authority itself)',
  await gql(au, OPEN, {
    i: {
      name: `探针评估非专家${b.stamp}`,
      scope: '32',
      periodStart: iso(Date.now() - 60 * D),
      periodEnd: iso(Date.now() - D),
      platforms: [{ platformId: b.platformId, expertIds: [must('me', await gql(au, '{me{id}}'), (d) => d.me.id)] }],
    },
  }),
);
const SCORE = `mutation($i:SubmitEvaluationScoresInput!){submitEvaluationScores(input:$i){submittedAt scores{dimension score}}}`;
const scores = (v) =>
  ['POSITIONING', 'CAPABILITY', 'OPERATING_MECHANISM', 'SERVICE_RESULTS', 'TECHNOLOGY'].map((dimension) => ({
    dimension,
    score: v,
  }));
for (const [label, s] of [
  ['score 100.5', scores(100.5)],
  ['score -1', scores(-1)],
  ['score 1e-9', scores(1e-9)],
  ['score 33.333333', scores(33.333333)],
  ['a dimension twice', [...scores(50).slice(0, 4), { dimension: 'POSITIONING', score: 1 }]],
  ['four dimensions', scores(50).slice(0, 4)],
])
  judge(label, await gql(expert, SCORE, { i: { roundId: round.id, platformId: b.platformId, scores: s } }));
must('score', await gql(expert, SCORE, { i: { roundId: round.id, platformId: b.platformId, scores: scores(80) } }));
const CLOSE = `mutation($id:ID!){closeEvaluationRound(id:$id){status closedAt platforms{result{total rank}}}}`;
const race = await Promise.all([
  ...Array.from({ length: 4 }, () => gql(au, CLOSE, { id: round.id })),
  ...Array.from({ length: 4 }, () =>
    gql(expert, SCORE, { i: { roundId: round.id, platformId: b.platformId, scores: scores(10) } }),
  ),
]);
console.log(
  '4 closes + 4 scorings at once',
  JSON.stringify(race.map((r) => (r.data ? (Object.values(r.data)[0]?.status ?? 'scored') : errs(r)[0]?.reason))),
);
const after = must(
  'round after',
  await gql(
    au,
    `query($id:ID!){evaluationRound(id:$id){status closedAt platforms(first:1){result{total} sheets{submittedAt scores{score}}}}}`,
    { id: round.id },
  ),
  (d) => d.evaluationRound,
);
console.log('round after', JSON.stringify(after));

// Level decisions racing: nominate the platform 6 times at once; then recognise on the round twice at once.
const DECIDE = `mutation($i:DecidePlatformLevelInput!){decidePlatformLevel(input:$i){id sequence levelAfter toStanding}}`;
const nominations = await Promise.all(
  Array.from({ length: 6 }, () =>
    gql(au, DECIDE, { i: { platformId: b.platformId, action: 'NOMINATE', evidence: ['x'], reason: 'r' } }),
  ),
);
console.log(
  '6 nominations',
  JSON.stringify(nominations.map((r) => r.data?.decidePlatformLevel?.sequence ?? errs(r)[0]?.reason)),
);
for (const action of [
  'ADMIT',
  'RECOGNISE_PROVINCIAL',
  'RECOGNISE_PROVINCIAL',
  'REMOVE',
  'REMOVE',
  'DOWNGRADE_TO_CULTIVATION',
])
  judge(
    `decide ${action}`,
    await gql(au, DECIDE, {
      i: { platformId: b.platformId, action, evidence: ['x'], reason: 'r', evaluationRoundId: round.id },
    }),
  );
const hist = must(
  'history',
  await gql(au, `query($p:ID!){platformLevelHistory(platformId:$p){sequence action fromStanding toStanding}}`, {
    p: b.platformId,
  }),
  (d) => d.platformLevelHistory,
);
console.log('history', JSON.stringify(hist));
