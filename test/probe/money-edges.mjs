// Money at its bounds through the newest paths (probe 14): a quote, a booking and a completion of offerings priced at
// the largest amount a client may send, over a 744-hour slot or 100 000 samples; adjustments at the bounds.
import { gql, demo, errs } from './lib.mjs';
const M = 60e3,
  D = 86400e3,
  iso = (t) => new Date(t).toISOString();
const stamp = Date.now() % 1e7;
const st = await demo('startup');
const must = (label, r, pick) => {
  if (r.errors || !r.data) throw new Error(`${label}: ${JSON.stringify(errs(r))}`);
  return pick(r.data);
};
const report = (label, r) => {
  if (!r.errors) return console.log('data', label, JSON.stringify(r.data).slice(0, 300));
  const e = errs(r);
  const bad = e.some(
    (x) => !x.code || x.code === 'INTERNAL_SERVER_ERROR' || x.stack || (x.code === 'BAD_USER_INPUT' && !x.fields),
  );
  console.log(bad ? 'BAD ' : 'ok  ', label, JSON.stringify(e).slice(0, 300));
};
const op = must(
  'register',
  await gql(null, `mutation($i:RegisterInput!){register(input:$i){token}}`, {
    i: {
      email: `money-${stamp}@probe.example`,
      password: 'Vq8#nZ4!rK2mWx',
      displayName: '金额',
      organization: { kind: 'LARGE_ENTERPRISE', name: `金额装备${stamp}`, province: '32', city: '常州' },
    },
  }),
  (d) => d.register.token,
);
const platformId = must(
  'platform',
  await gql(op, `mutation($i:CreatePlatformInput!){createPlatform(input:$i){id}}`, {
    i: {
      name: `金额中试平台${stamp}`,
      city: '常州',
      province: '32',
      constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
      industryDirection: 'RAW_MATERIALS',
      summary: '金额',
    },
  }),
  (d) => d.createPlatform.id,
);
const eq = must(
  'equipment',
  await gql(op, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
    i: { platformId, name: '金额窑', category: '窑炉' },
  }),
  (d) => d.createEquipment.id,
);
must(
  'rules',
  await gql(op, `mutation($i:BookingRulesInput!){setBookingRules(input:$i){minNoticeHours}}`, {
    i: { equipmentId: eq, minNoticeHours: 0, confirmationMode: 'AUTOMATIC' },
  }),
  (d) => d,
);
must('publish', await gql(op, `mutation($id:ID!){publishPlatform(id:$id){status}}`, { id: platformId }), (d) => d);
const MAX = '100000000.00';
const offering = async (pricing) =>
  must(
    'offering',
    await gql(op, `mutation($i:CreateOfferingInput!){createOffering(input:$i){id}}`, {
      i: {
        platformId,
        title: `金额 ${pricing.model} ${stamp}`,
        description: '金额',
        serviceType: 'EQUIPMENT_SHARING',
        equipmentIds: [eq],
        pricing,
      },
    }),
    (d) => d.createOffering.id,
  );
const start = Math.ceil((Date.now() + 5 * D) / D) * D;
const [long, short] = must(
  'slots',
  await gql(op, `mutation($i:PublishSlotsInput!){publishSlots(input:$i){id}}`, {
    i: {
      equipmentId: eq,
      slots: [
        { startsAt: iso(start), endsAt: iso(start + 744 * 3600e3) },
        { startsAt: iso(start + 40 * D), endsAt: iso(start + 40 * D + 20 * M) },
      ],
    },
  }),
  (d) => d.publishSlots.map((s) => s.id),
);
const Q = `query($i:QuoteBookingInput!){quoteBooking(input:$i){amount tier lines{kind quantity unitPrice amount}}}`;
const hourly = await offering({ model: 'HOURLY', amount: MAX });
const sample = await offering({ model: 'PER_SAMPLE', amount: MAX });
const tiny = await offering({ model: 'HOURLY', amount: '0.01' });
const fixed = await offering({ model: 'FIXED', amount: MAX });
report('quote hourly max × 744 h', await gql(st, Q, { i: { offeringId: hourly, slotIds: [long] } }));
report(
  'quote per-sample max × 100000',
  await gql(st, Q, { i: { offeringId: sample, slotIds: [short], quantity: 100000 } }),
);
report('quote per-sample quantity 0', await gql(st, Q, { i: { offeringId: sample, slotIds: [short], quantity: 0 } }));
report('quote hourly with quantity', await gql(st, Q, { i: { offeringId: hourly, slotIds: [short], quantity: 3 } }));
report('quote 0.01/h × 20 min', await gql(st, Q, { i: { offeringId: tiny, slotIds: [short] } }));
report('quote fixed max', await gql(st, Q, { i: { offeringId: fixed, slotIds: [short] } }));
report('quote same slot twice', await gql(st, Q, { i: { offeringId: tiny, slotIds: [short, short] } }));
report('quote no slot', await gql(st, Q, { i: { offeringId: tiny, slotIds: [] } }));
const B = `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status quote{amount}}}`;
report(
  'book hourly max × 744 h',
  await gql(st, B, { i: { offeringId: hourly, slotIds: [long], idempotencyKey: `m${stamp}a` } }),
);
report(
  'book per-sample max × 100000',
  await gql(st, B, { i: { offeringId: sample, slotIds: [short], quantity: 100000, idempotencyKey: `m${stamp}b` } }),
);
