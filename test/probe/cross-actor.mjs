// Probe 15: walks from what an actor may see to what it may not, over nested fields, list filters and ids of
// another party, for 13 actors (requesters, operators of three platforms, authorities of two provinces, a national
// one, an expert, the site admin, anonymous). Prints one line per check: "LEAK" when an answer holds what the actor
// must not see, "ok" otherwise. Setup state goes to $PROBE_TMP/cross.json.
import fs from 'node:fs';
import { gql, demo, must, errs, newOperator, createPlatform, iso } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const D = 86400e3;
const admin = await demo('admin');
const actors = {
  anon: null,
  startup: await demo('startup'),
  sme: await demo('sme'),
  university: await demo('university'),
  operator: await demo('operator'),
  staff: await demo('operator-staff'),
  auJS: await demo('authority-jiangsu'),
  expert: await demo('expert-jiangsu'),
  auNat: await demo('authority-national'),
  admin,
};

// A second Jiangsu operator (B) with a published platform and a DRAFT one, and a Zhejiang authority.
const b = await newOperator('乙', { kilns: 1 });
actors.opB = b.op;
const draft = await createPlatform(b.op, `乙草稿平台${b.stamp}`, '未发布');
const draftEq = must(
  'draft equipment',
  await gql(b.op, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
    i: { platformId: draft, name: '草稿窑', category: '窑炉' },
  }),
  (d) => d.createEquipment.id,
);
const draftOffering = must(
  'draft offering',
  await gql(b.op, `mutation($i:CreateOfferingInput!){createOffering(input:$i){id}}`, {
    i: {
      platformId: draft,
      title: `草稿机时 ${b.stamp}`,
      description: '未发布',
      serviceType: 'EQUIPMENT_SHARING',
      equipmentIds: [draftEq],
      pricing: { model: 'HOURLY', amount: '10.00' },
    },
  }),
  (d) => d.createOffering.id,
);
const archived = await b.offer({ model: 'HOURLY', amount: '11.00' });
must('archive', await gql(b.op, `mutation($id:ID!){archiveOffering(id:$id){status}}`, { id: archived }));
const slots = await b.publish([
  [Date.now() + 2 * D, 60],
  [Date.now() + 3 * D, 60],
  [Date.now() + 4 * D, 60],
]);
const bOrg = must('b org', await gql(b.op, '{me{organization{id}}}'), (d) => d.me.organization.id);

const zj = must(
  'zj register',
  await gql(null, `mutation($i:RegisterInput!){register(input:$i){token user{organization{id}}}}`, {
    i: {
      email: `zj-${b.stamp}@probe.example`,
      password: 'Vq8#nZ4!rK2mWx',
      displayName: '浙江经信',
      organization: { kind: 'GOVERNMENT', name: `浙江省经信厅${b.stamp}`, province: '33', city: '杭州' },
    },
  }),
  (d) => d.register,
);
must(
  'zj verify',
  await gql(
    admin,
    `mutation($id:ID!,$r:ReviewedIdentityInput){verifyOrganization(id:$id,reviewed:$r){verified authorityRegion}}`,
    { id: zj.user.organization.id, r: { name: `浙江省经信厅${b.stamp}`, province: '33' } },
  ),
);
actors.auZJ = zj.token;

// The start-up's confidential request, shared with B's platform; B proposes with a slot; the start-up books another.
const requestId = must(
  'request',
  await gql(actors.startup, `mutation($i:CreatePilotRequestInput!){createPilotRequest(input:$i){id}}`, {
    i: {
      kind: 'EQUIPMENT_ACCESS',
      title: `机密请求 ${b.stamp}`,
      description: '机密细节 SECRET-DETAIL',
      confidential: true,
      serviceTypes: ['EQUIPMENT_SHARING'],
      windowFrom: iso(Date.now()),
      windowTo: iso(Date.now() + 30 * D),
      budgetMax: '5000.00',
      preferredProvinces: ['32'],
    },
  }),
  (d) => d.createPilotRequest.id,
);
must(
  'share',
  await gql(actors.startup, `mutation($id:ID!,$p:ID!){sharePilotRequest(id:$id,platformId:$p){id}}`, {
    id: requestId,
    p: b.platformId,
  }),
);
const proposal = must(
  'proposal',
  await gql(b.op, `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id}}`, {
    i: {
      requestId,
      offeringId: b.offeringId,
      slotIds: [slots[0].id],
      startsAt: slots[0].startsAt,
      endsAt: slots[0].endsAt,
      priceAmount: '150.00',
      validUntil: iso(Date.now() + D),
      message: '可以',
    },
  }),
  (d) => d.submitProposal.id,
);
const booking = must(
  'booking',
  await gql(actors.startup, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status}}`, {
    i: { offeringId: b.offeringId, slotIds: [slots[1].id], brief: '机密 brief', idempotencyKey: `x-${b.stamp}` },
  }),
  (d) => d.requestBooking.id,
);
const state = {
  b: { ...b, op: undefined },
  bOp: b.op,
  draft,
  draftEq,
  draftOffering,
  archived,
  slots,
  bOrg,
  requestId,
  proposal,
  booking,
};
fs.writeFileSync(`${TMP}/cross.json`, JSON.stringify(state));

const SECRETS = ['SECRET-DETAIL', '机密 brief', draft, draftEq, draftOffering, archived, `乙草稿平台${b.stamp}`];
const startupOrg = must(
  'startup org',
  await gql(actors.startup, '{me{organization{id}}}'),
  (d) => d.me.organization.id,
);

/** Runs `query` as each actor; `mayNot` lists those for whom any secret (or `extra`) in the data is a leak. */
async function check(label, query, variables, mayNot, extra = []) {
  for (const who of mayNot) {
    const r = await gql(actors[who], query, variables);
    const text = JSON.stringify(r.data ?? null);
    const hit = [...SECRETS, ...extra].filter((s) => text.includes(s));
    const e = errs(r)[0];
    const bad = e && (!e.code || e.code === 'INTERNAL_SERVER_ERROR');
    console.log(
      hit.length ? 'LEAK' : bad ? 'BAD ' : 'ok  ',
      who.padEnd(10),
      label,
      hit.length ? `holds ${hit.join(', ')}` : e ? `${e.code}/${e.reason ?? ''}` : text.slice(0, 120),
    );
  }
}
const others = ['anon', 'sme', 'university', 'operator', 'staff', 'auZJ', 'expert'];
const signedOthers = others.filter((w) => w !== 'anon');

await check('platform(draft)', `query($id:ID!){platform(id:$id){id name}}`, { id: draft }, [...others]);
await check(
  'platforms(filter organizationId)',
  `query($o:ID!){platforms(filter:{organizationId:$o},first:50){totalCount edges{node{id name status}}}}`,
  { o: bOrg },
  others,
);
await check(
  'offerings(filter organizationId, all statuses)',
  `query($o:ID!){offerings(filter:{organizationId:$o,statuses:[ACTIVE,ARCHIVED]},first:50){totalCount edges{node{id title status}}}}`,
  { o: bOrg },
  others,
);
await check(
  'offerings(filter platformId draft)',
  `query($p:ID!){offerings(filter:{platformId:$p},first:50){totalCount edges{node{id}}}}`,
  { p: draft },
  others,
);
await check(
  'public offering -> platform -> offerings/equipment/count',
  `query($id:ID!){offering(id:$id){platform{offeringCount offerings(first:50){id status} equipment{id} organization{id name}}}}`,
  { id: b.offeringId },
  others,
);
await check('equipmentById(draft)', `query($id:ID!){equipmentById(id:$id){id platform{id}}}`, { id: draftEq }, others);
await check(
  'bookingRules(draft eq)',
  `query($id:ID!){bookingRules(equipmentId:$id){equipmentId}}`,
  { id: draftEq },
  others,
);
await check(
  'availableSlots(public offering + draft equipment)',
  `query($o:ID!,$e:ID!,$f:DateTime!,$t:DateTime!){availableSlots(offeringId:$o,equipmentId:$e,from:$f,to:$t){id equipmentId}}`,
  { o: b.offeringId, e: draftEq, f: iso(Date.now()), t: iso(Date.now() + 20 * D) },
  others,
  [draftEq],
);
await check('offeringReviews(archived)', `query($id:ID!){offeringReviews(offeringId:$id){rating}}`, { id: archived }, [
  'anon',
  'sme',
  'operator',
]);
for (const q of ['obligationHistory', 'openAccessObligation', 'obligationTrend']) {
  const args = q === 'obligationTrend' ? '(platformId:$p,periods:2)' : '(platformId:$p)';
  const sel = q === 'obligationTrend' ? '{status}' : '{id}';
  await check(`${q}(draft)`, `query($p:ID!){${q}${args}${sel}}`, { p: draft }, others);
}
await check(
  'obligationCompliance(draft)',
  `query($p:ID!,$s:DateTime!){obligationCompliance(platformId:$p,periodStart:$s){status}}`,
  { p: draft, s: iso(Date.now()) },
  others,
);
await check(
  'platformLevelHistory(draft)',
  `query($p:ID!){platformLevelHistory(platformId:$p){id}}`,
  { p: draft },
  others,
);
await check(
  'platformServiceFigures(B, other region / requesters)',
  `query($p:ID!,$f:DateTime!,$t:DateTime!){platformServiceFigures(platformId:$p,from:$f,to:$t){__typename}}`,
  { p: b.platformId, f: iso(Date.now() - 30 * D), t: iso(Date.now() + D) },
  signedOthers,
  ['ServiceFigures'],
);
await check(
  'platformBookings(B)',
  `query($p:ID!){platformBookings(platformId:$p){totalCount edges{node{id brief}}}}`,
  { p: b.platformId },
  [...signedOthers],
  [booking],
);
await check(
  'booking(id)',
  `query($id:ID!){booking(id:$id){id brief charge{id} requesterOrganization{id}}}`,
  { id: booking },
  [...others],
  [booking],
);
await check(
  'capacitySlots(own + B equipment)',
  `query($e:[ID!]!,$f:DateTime!,$t:DateTime!){capacitySlots(equipmentIds:$e,from:$f,to:$t){id equipmentId holder{id organizationId organization{id}}}}`,
  { e: [b.equipmentIds[0]], f: iso(Date.now()), t: iso(Date.now() + 20 * D) },
  ['operator', 'auZJ', 'sme', 'expert'],
  [slots[0].id, proposal, booking],
);
// An authority of the region may see B's calendar (and who booked), but not who a confidential request not shared
// with it is: the holder of the proposal's slot.
for (const who of ['auJS', 'auNat', 'admin', 'opB']) {
  const r = await gql(
    actors[who],
    `query($e:[ID!]!,$f:DateTime!,$t:DateTime!){capacitySlots(equipmentIds:$e,from:$f,to:$t){id holder{kind organizationId}}}`,
    { e: [b.equipmentIds[0]], f: iso(Date.now()), t: iso(Date.now() + 20 * D) },
  );
  const held = r.data?.capacitySlots?.find((x) => x.holder?.kind === 'PROPOSAL')?.holder;
  const mayKnow = who === 'admin' || who === 'opB';
  const leak = !mayKnow && held?.organizationId === startupOrg;
  console.log(
    leak ? 'LEAK' : 'ok  ',
    who.padEnd(10),
    'proposal hold of a confidential request names',
    held?.organizationId ?? null,
  );
}
await check(
  'openRequestsForPlatform(B) as others',
  `query($p:ID!){openRequestsForPlatform(platformId:$p){id detailsVisible description requesterOrganizationId}}`,
  { p: b.platformId },
  signedOthers,
  [startupOrg],
);
await check(
  'pilotRequest(confidential)',
  `query($id:ID!){pilotRequest(id:$id){id description budgetMax requesterOrganizationId proposals{id priceAmount message}}}`,
  { id: requestId },
  [...signedOthers, 'auJS', 'auNat'],
  [startupOrg, proposal, '5000.00'],
);
await check(
  'matchesForRequest(confidential)',
  `query($id:ID!){matchesForRequest(requestId:$id,limit:3){score offering{id}}}`,
  { id: requestId },
  [...signedOthers, 'auJS'],
  ['score'],
);
await check(
  'charges(platformId B)',
  `query($p:ID!,$f:DateTime!,$t:DateTime!){charges(platformId:$p,from:$f,to:$t){totalCount}}`,
  { p: b.platformId, f: iso(Date.now() - 30 * D), t: iso(Date.now() + D) },
  signedOthers,
  ['totalCount'],
);
await check(
  'chargesExport(platformId B)',
  `query($p:ID!,$f:DateTime!,$t:DateTime!){chargesExport(platformId:$p,from:$f,to:$t){__typename}}`,
  { p: b.platformId, f: iso(Date.now() - 30 * D), t: iso(Date.now() + D) },
  signedOthers,
  ['ChargesExport'],
);
// Authorities outside their region.
await check(
  'complianceReport(32) by ZJ',
  `query($s:DateTime!){complianceReport(province:"32",periodStart:$s){__typename}}`,
  { s: iso(Date.now()) },
  ['auZJ', 'expert', 'sme', 'operator'],
  ['ComplianceReport'],
);
await check(
  'recommendationSummary(32) by ZJ',
  `{recommendationSummary(province:"32",year:2026){__typename}}`,
  {},
  ['auZJ', 'expert', 'sme', 'operator'],
  ['RecommendationSummary'],
);
await check(
  'authorityDashboard(32) by ZJ',
  `{authorityDashboard(scope:"32",fromMonth:"2026-01",months:2){platformCount}}`,
  {},
  ['auZJ', 'expert', 'sme', 'operator'],
  ['platformCount'],
);
await check(
  'authorityDashboard(NATIONAL) by JS',
  `{authorityDashboard(scope:"NATIONAL",fromMonth:"2026-01",months:2){platformCount}}`,
  {},
  ['auJS', 'auZJ'],
  ['platformCount'],
);
const programmes = must('programmes', await gql(null, `{voucherProgrammes(province:"32",first:5){id}}`), (d) =>
  d.voucherProgrammes.map((p) => p.id),
);
if (programmes[0])
  await check(
    'voucherUsage(JS programme)',
    `query($id:ID!){voucherUsage(id:$id){charges covered}}`,
    { id: programmes[0] },
    ['auZJ', 'expert', 'sme', 'operator', 'anon'],
    ['covered'],
  );
const rounds = must('rounds', await gql(actors.auJS, `{evaluationRounds{edges{node{id scope}}}}`), (d) =>
  d.evaluationRounds.edges.map((e) => e.node.id),
);
console.log('JS rounds', rounds.length);
for (const id of rounds.slice(0, 2)) {
  await check(
    'evaluationRound(JS)',
    `query($id:ID!){evaluationRound(id:$id){id platforms{platformId sheets{expertUserId}}}}`,
    { id },
    ['auZJ', 'sme', 'operator', 'anon'],
    [id],
  );
  await check(
    'evaluationRoundReport(JS)',
    `query($id:ID!){evaluationRoundReport(id:$id){roundId}}`,
    { id },
    ['auZJ', 'expert', 'sme', 'operator'],
    [id],
  );
}
await check(
  'organizations list',
  `{organizations(first:5){totalCount}}`,
  {},
  ['auJS', 'auZJ', 'sme', 'operator', 'expert'],
  ['totalCount'],
);
await check('members', `{members{id email}}`, {}, ['staff', 'expert'], ['email']);
console.log('state', JSON.stringify({ requestId, proposal, booking, draft }));
