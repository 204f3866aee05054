// Money at its bounds through the newest paths (probe 14): a quote and a booking of offerings priced at the largest
// amount a client may send, over a 744-hour slot or 100 000 samples; a cent an hour for 20 minutes.
import { demo, gql, judge as report, newOperator } from './lib.mjs';
const D = 86400e3;
const st = await demo('startup');
const MAX = '100000000.00';
const { stamp, offer: offering, publish } = await newOperator('金额', { pricing: { model: 'FIXED', amount: MAX } });
const start = Math.ceil((Date.now() + 5 * D) / D) * D;
const [long, short] = (
  await publish([
    [start, 744 * 60],
    [start + 40 * D, 20],
  ])
).map((s) => s.id);
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
