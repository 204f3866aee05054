// An amount on quotation named inside the cancellation window (probe 14): the start-up asks for a slot starting in 6
// hours of an offering priced on quotation, the operator confirms it at 100 000 000.00, and the start-up cancels.
import { gql, demo, errs } from './lib.mjs';
const iso = (t) => new Date(t).toISOString();
const stamp = Date.now() % 1e7;
const must = (label, r, pick) => {
  if (r.errors || !r.data) throw new Error(`${label}: ${JSON.stringify(errs(r))}`);
  return pick(r.data);
};
const st = await demo('startup');
const op = must(
  'register',
  await gql(null, `mutation($i:RegisterInput!){register(input:$i){token}}`, {
    i: {
      email: `price-${stamp}@probe.example`,
      password: 'Vq8#nZ4!rK2mWx',
      displayName: '报价',
      organization: { kind: 'LARGE_ENTERPRISE', name: `报价装备${stamp}`, province: '32', city: '扬州' },
    },
  }),
  (d) => d.register.token,
);
const platformId = must(
  'platform',
  await gql(op, `mutation($i:CreatePlatformInput!){createPlatform(input:$i){id}}`, {
    i: {
      name: `报价中试平台${stamp}`,
      city: '扬州',
      province: '32',
      constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
      industryDirection: 'RAW_MATERIALS',
      summary: '报价',
    },
  }),
  (d) => d.createPlatform.id,
);
const eq = must(
  'equipment',
  await gql(op, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
    i: { platformId, name: '报价窑', category: '窑炉' },
  }),
  (d) => d.createEquipment.id,
);
must(
  'rules',
  await gql(op, `mutation($i:BookingRulesInput!){setBookingRules(input:$i){minNoticeHours}}`, {
    i: { equipmentId: eq, minNoticeHours: 1, confirmationMode: 'AUTOMATIC' },
  }),
  (d) => d,
);
const offeringId = must(
  'offering',
  await gql(op, `mutation($i:CreateOfferingInput!){createOffering(input:$i){id}}`, {
    i: {
      platformId,
      title: `报价 窑机时 ${stamp}`,
      description: '机时',
      serviceType: 'EQUIPMENT_SHARING',
      equipmentIds: [eq],
      pricing: { model: 'QUOTE' },
    },
  }),
  (d) => d.createOffering.id,
);
must('publish', await gql(op, `mutation($id:ID!){publishPlatform(id:$id){status}}`, { id: platformId }), (d) => d);
const start = Math.ceil((Date.now() + 6 * 3600e3) / 60e3) * 60e3;
const [slot] = must(
  'slots',
  await gql(op, `mutation($i:PublishSlotsInput!){publishSlots(input:$i){id}}`, {
    i: { equipmentId: eq, slots: [{ startsAt: iso(start), endsAt: iso(start + 4 * 3600e3) }] },
  }),
  (d) => d.publishSlots,
);
const booked = must(
  'book',
  await gql(st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status quote{amount status}}}`, {
    i: { offeringId, slotIds: [slot.id], idempotencyKey: `q${stamp}` },
  }),
  (d) => d.requestBooking,
);
console.log('the start-up asks', JSON.stringify(booked));
const conf = await gql(
  op,
  `mutation($id:ID!){confirmBooking(id:$id,quotedAmount:"100000000.00"){status quote{amount}}}`,
  { id: booked.id },
);
console.log('the operator confirms at', JSON.stringify(conf.data ?? errs(conf)));
const cancel = await gql(st, `mutation($id:ID!){cancelBooking(id:$id){status}}`, { id: booked.id });
console.log('and the start-up cancels', JSON.stringify(cancel.data ?? errs(cancel)));
