// A natural story end to end: a start-up posts a confidential pilot request, two platforms propose (a new operator,
// op3, with a slot starting in two minutes, and the demo operator), the start-up accepts op3's, applies the Jiangsu
// voucher, op3 completes, the start-up reviews; then figures, charges, voucher usage and what each party sees.
import fs from 'node:fs';
import { gql, demo, show, errs } from './lib.mjs';
const M = 60e3,
  D = 86400e3,
  iso = (t) => new Date(t).toISOString();
const st = await demo('startup'),
  op = await demo('operator'),
  sme = await demo('sme'),
  au = await demo('authority-jiangsu');
const STATE = `${process.env.PROBE_TMP ?? '/tmp/probe13'}/scenario.json`;
// what each party gets for the same query
const seenBy = async (actors, label, query, variables) => {
  for (const [who, tok] of actors) show(`${who} ${label}`, await gql(tok, query, variables));
};
const stamp = Date.now() % 1e7;
const must = (label, r, pick) => {
  if (r.errors || !r.data) {
    show(label, r);
    throw new Error(label);
  }
  return pick(r.data);
};
// op3: a new leading enterprise in Jiangsu with its own platform, equipment that needs no notice, an hourly offering
const email = `op3-${stamp}@probe.example`,
  password = 'Vq8#nZ4!rK2mWx';
const reg = await gql(null, `mutation($i:RegisterInput!){register(input:$i){token user{organization{id}}}}`, {
  i: {
    email,
    password,
    displayName: '探针三',
    organization: { kind: 'LARGE_ENTERPRISE', name: `探针三号装备${stamp}`, province: '32', city: '苏州' },
  },
});
const o3 = must('register op3', reg, (d) => d.register.token);
const o3org = reg.data.register.user.organization.id;
const platformId = must(
  'platform',
  await gql(o3, `mutation($i:CreatePlatformInput!){createPlatform(input:$i){id}}`, {
    i: {
      name: `探针三中试平台${stamp}`,
      city: '苏州',
      province: '32',
      constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
      industryDirection: 'RAW_MATERIALS',
      summary: '正极材料烧结',
    },
  }),
  (d) => d.createPlatform.id,
);
const eq = must(
  'equipment',
  await gql(o3, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
    i: { platformId, name: '探针辊道窑', category: '窑炉' },
  }),
  (d) => d.createEquipment.id,
);
must(
  'rules',
  await gql(o3, `mutation($i:BookingRulesInput!){setBookingRules(input:$i){minNoticeHours}}`, {
    i: { equipmentId: eq, minNoticeHours: 0 },
  }),
  (d) => d,
);
const offeringId = must(
  'offering',
  await gql(o3, `mutation($i:CreateOfferingInput!){createOffering(input:$i){id}}`, {
    i: {
      platformId,
      title: `探针三 辊道窑机时 ${stamp}`,
      description: '辊道窑烧结机时',
      serviceType: 'EQUIPMENT_SHARING',
      equipmentIds: [eq],
      pricing: { model: 'HOURLY', amount: '200.00', tiers: [{ tier: 'STARTUP', amount: '160.00' }] },
    },
  }),
  (d) => d.createOffering.id,
);
show('publish platform', await gql(o3, `mutation($id:ID!){publishPlatform(id:$id){status}}`, { id: platformId }));
const start = Math.ceil((Date.now() + 2.5 * M) / M) * M;
const slots = must(
  'slots',
  await gql(o3, `mutation($i:PublishSlotsInput!){publishSlots(input:$i){id startsAt endsAt}}`, {
    i: {
      equipmentId: eq,
      slots: [
        { startsAt: iso(start), endsAt: iso(start + 30 * M) },
        { startsAt: iso(start + 2 * D), endsAt: iso(start + 2 * D + 60 * M) },
      ],
    },
  }),
  (d) => d.publishSlots,
);
// the start-up's confidential request
const requestId = must(
  'request',
  await gql(st, `mutation($i:CreatePilotRequestInput!){createPilotRequest(input:$i){id status}}`, {
    i: {
      kind: 'EQUIPMENT_ACCESS',
      title: `探针 辊道窑烧结验证 ${stamp}`,
      description: '高镍正极 800°C 烧结验证，需要 30 分钟机时',
      confidential: true,
      serviceTypes: ['EQUIPMENT_SHARING'],
      windowFrom: iso(Date.now()),
      windowTo: iso(Date.now() + 30 * D),
      budgetMin: '50.00',
      budgetMax: '5000.00',
      preferredProvinces: ['32'],
    },
  }),
  (d) => d.createPilotRequest.id,
);
show(
  'share with op3 platform',
  await gql(st, `mutation($id:ID!,$p:ID!){sharePilotRequest(id:$id,platformId:$p){id}}`, {
    id: requestId,
    p: platformId,
  }),
);
show(
  'op3 open requests',
  await gql(
    o3,
    `query($p:ID!){openRequestsForPlatform(platformId:$p){id title requesterOrganizationId detailsVisible}}`,
    { p: platformId },
  ),
);
const p3 = must(
  'op3 proposes',
  await gql(
    o3,
    `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id status priceAmount quote{amount lines{kind amount quantity}}}}`,
    {
      i: {
        requestId,
        offeringId,
        slotIds: [slots[0].id],
        startsAt: slots[0].startsAt,
        endsAt: slots[0].endsAt,
        priceAmount: '150.00',
        validUntil: iso(start - 30e3),
        message: '可以',
      },
    },
  ),
  (d) => d.submitProposal,
);
console.log('op3 proposal', JSON.stringify(p3));
const pOp = await gql(op, `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id status}}`, {
  i: {
    requestId,
    offeringId: '0cfa25de-67ef-5e52-bbcf-e1ae47f9df79',
    startsAt: iso(Date.now() + 10 * D),
    endsAt: iso(Date.now() + 11 * D),
    priceAmount: '4321.00',
    validUntil: iso(Date.now() + 5 * D),
    message: '我们也可以',
  },
});
show('demo operator proposes (confidential, not shared with it)', pOp);
// what each side sees of the request
await seenBy(
  [
    ['op3', o3],
    ['operator', op],
    ['sme', sme],
    ['authority', au],
  ],
  'sees request',
  `query($id:ID!){pilotRequest(id:$id){title detailsVisible requesterOrganizationId description budgetMax proposals{id priceAmount platformId message}}}`,
  { id: requestId },
);
show(
  'start-up sees',
  await gql(
    st,
    `query($id:ID!){pilotRequest(id:$id){status proposals{id status priceAmount platformId}} matchesForRequest(requestId:$id,limit:3){offering{id title} score}}`,
    { id: requestId },
  ),
);
const booking = must(
  'accept',
  await gql(
    st,
    `mutation($id:ID!){acceptProposal(id:$id){id status quote{amount lines{kind quantity amount}} slots{slotId}}}`,
    { id: p3.id },
  ),
  (d) => d.acceptProposal,
);
console.log('booking', JSON.stringify(booking));
const progs = await gql(
  st,
  `{voucherProgrammes(province:"32",validNow:true,first:5){id name sharePercent capPerRequesterPerYear remaining committed}}`,
);
show('programmes', progs);
const prog = progs.data?.voucherProgrammes?.[0];
if (prog)
  show(
    'apply voucher',
    await gql(st, `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){id voucherProgrammeId}}`, {
      b: booking.id,
      p: prog.id,
    }),
  );
fs.writeFileSync(
  STATE,
  JSON.stringify({
    email,
    password,
    o3,
    o3org,
    platformId,
    eq,
    offeringId,
    slots,
    requestId,
    proposal: p3.id,
    otherProposal: pOp.data?.submitProposal?.id,
    booking: booking.id,
    programme: prog?.id,
    start,
  }),
);
console.log('waiting for the slot to start', Math.round((start - Date.now()) / 1000), 's');
await new Promise((ok) => setTimeout(ok, Math.max(0, start - Date.now() + 2000)));
const done = await gql(
  o3,
  `mutation($id:ID!){completeBooking(id:$id,outcome:"烧结完成，报告 PM-1"){status charge{total subtotal listAmount tier tierSavings voucherCovered payableByRequester net deliveredQuantity lines{kind quantity unitPrice amount}}}}`,
  { id: booking.id },
);
show('complete', done);
show('review', await gql(st, `mutation{reviewBooking(input:{id:"${booking.id}",rating:4,comment:"好"}){rating}}`));
show(
  'offering after review',
  await gql(null, `query($id:ID!){offering(id:$id){ratingAverage ratingCount}}`, { id: offeringId }),
);
const from = iso(Date.now() - D),
  to = iso(Date.now() + D);
show(
  'figures',
  await gql(
    o3,
    `query($p:ID!,$f:DateTime!,$t:DateTime!){platformServiceFigures(platformId:$p,from:$f,to:$t){__typename}}`,
    { p: platformId, f: from, t: to },
  ),
);
show('charges (op3)', await gql(o3, `{charges(first:5){edges{node{total payableByRequester voucherCovered net}}}}`));
if (prog) show('voucher usage', await gql(au, `query($id:ID!){voucherUsage(id:$id){__typename}}`, { id: prog.id }));
show(
  'programme after',
  await gql(st, `{voucherProgrammes(province:"32",validNow:true,first:5){id committed remaining}}`),
);
await seenBy(
  [
    ['sme', sme],
    ['operator', op],
    ['authority', au],
    ['op3', o3],
    ['startup', st],
  ],
  'sees booking',
  `query($id:ID!){booking(id:$id){status requesterOrganization{name} charge{total payableByRequester} offering{title} proposalId}}`,
  { id: booking.id },
);
show(
  'request after',
  await gql(st, `query($id:ID!){pilotRequest(id:$id){status proposals{id status}}}`, { id: requestId }),
);
show('operator notifications', await gql(op, `{notifications(first:5){edges{node{__typename}}}}`));
