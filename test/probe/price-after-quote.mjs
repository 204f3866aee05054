// The price a requester saw is not the price it books at (probe 14): the start-up asks quoteBooking for a slot that
// starts in 6 hours (inside the 24-hour cancellation window, automatic confirmation), the operator raises the price
// tenfold, and the start-up's requestBooking — sent for what it was shown — is confirmed at the new price, which it
// can no longer cancel.
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
      displayName: '改价',
      organization: { kind: 'LARGE_ENTERPRISE', name: `改价装备${stamp}`, province: '32', city: '扬州' },
    },
  }),
  (d) => d.register.token,
);
const platformId = must(
  'platform',
  await gql(op, `mutation($i:CreatePlatformInput!){createPlatform(input:$i){id}}`, {
    i: {
      name: `改价中试平台${stamp}`,
      city: '扬州',
      province: '32',
      constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
      industryDirection: 'RAW_MATERIALS',
      summary: '改价',
    },
  }),
  (d) => d.createPlatform.id,
);
const eq = must(
  'equipment',
  await gql(op, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
    i: { platformId, name: '改价窑', category: '窑炉' },
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
      title: `改价 窑机时 ${stamp}`,
      description: '机时',
      serviceType: 'EQUIPMENT_SHARING',
      equipmentIds: [eq],
      pricing: { model: 'HOURLY', amount: '200.00' },
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
const shown = must(
  'quote',
  await gql(st, `query($i:QuoteBookingInput!){quoteBooking(input:$i){amount}}`, {
    i: { offeringId, slotIds: [slot.id] },
  }),
  (d) => d.quoteBooking,
);
console.log('the start-up is shown', shown.amount);
must(
  'reprice',
  await gql(op, `mutation($i:UpdateOfferingInput!){updateOffering(input:$i){pricing{amount}}}`, {
    i: { id: offeringId, pricing: { model: 'HOURLY', amount: '2000.00' } },
  }),
  (d) => d,
);
const booked = must(
  'book',
  await gql(st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status quote{amount}}}`, {
    i: { offeringId, slotIds: [slot.id], idempotencyKey: `p${stamp}` },
  }),
  (d) => d.requestBooking,
);
console.log('it books', JSON.stringify(booked));
const cancel = await gql(st, `mutation($id:ID!){cancelBooking(id:$id){status}}`, { id: booked.id });
console.log('and cancels', JSON.stringify(cancel.data ?? errs(cancel)));
