// Probe 15: money after completion. Bookings of a start-up on a new Jiangsu operator, with a voucher programme of
// its own (50 %); once the slots start: completion with adjustments below zero and odd delivered quantities, then ten
// parallel credits on one charge (each 40 % of it), and the voucher's coverage and the programme's budget after.
import pg from 'pg';
import fs from 'node:fs';
import { gql, demo, must, errs, judge, newOperator, issueProgramme } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const st = await demo('startup');
const au = await demo('authority-jiangsu');
const K = 5;
const b = await newOperator('己', { kilns: K });
const programme = await issueProgramme(au, `探针券${b.stamp}`);
const start = Math.ceil((Date.now() + 75e3) / 60e3) * 60e3;
const bookings = [];
for (let k = 0; k < K; k++) {
  const [slot] = await b.publish([[start, 30]], b.equipmentIds[k]);
  const id = must(
    'book',
    await gql(st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status quote{amount}}}`, {
      i: {
        offeringId: b.offeringId,
        slotIds: [slot.id],
        brief: '信用',
        idempotencyKey: `cr-${b.stamp}-${k}`,
        expectedAmount: '100.00',
      },
    }),
    (d) => d.requestBooking.id,
  );
  must(
    'voucher',
    await gql(st, `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){id}}`, { b: id, p: programme }),
  );
  bookings.push(id);
}
console.log(
  `${K} bookings of 100.00 with the voucher; waiting ${Math.round((start - Date.now()) / 1000)} s for the start`,
);
await new Promise((ok) => setTimeout(ok, Math.max(0, start - Date.now() + 1500)));
const COMPLETE = `mutation($id:ID!,$q:Float,$a:[ChargeAdjustmentInput!]!){completeBooking(id:$id,outcome:"完成",deliveredQuantity:$q,adjustments:$a){status charge{id total net voucherCovered payableByRequester}}}`;
for (const [label, q, a] of [
  ['adjustment below zero', null, [{ amount: '-100.01', reason: '延误' }]],
  [
    'adjustments summing below zero',
    null,
    [
      { amount: '-60.00', reason: '延误' },
      { amount: '-60.00', reason: '再延误' },
    ],
  ],
  ['delivered -1', -1, []],
  ['delivered 1e-9', 1e-9, []],
  ['delivered 0.0005 h', 0.0005, []],
  ['delivered more than booked', 0.75, []],
  ['21 adjustments', null, Array.from({ length: 21 }, () => ({ amount: '0.01', reason: 'x' }))],
])
  judge(`complete: ${label}`, await gql(b.op, COMPLETE, { id: bookings[0], q, a }));
const exact = must(
  'complete all but the last exactly',
  await gql(b.op, COMPLETE, { id: bookings[0], q: null, a: [{ amount: '-100.00', reason: '全部减免' }] }),
  (d) => d.completeBooking.charge,
);
console.log('completed with -100.00:', JSON.stringify(exact));
const charges = [];
for (const id of bookings.slice(1))
  charges.push(must('complete', await gql(b.op, COMPLETE, { id, q: 0.3, a: [] }), (d) => d.completeBooking.charge));
console.log('completed 0.3 h:', JSON.stringify(charges[0]));
const CREDIT = `mutation($i:CreditChargeInput!){creditCharge(input:$i){net credited voucherCovered payableByRequester}}`;
for (const [label, amount] of [
  ['0', '0'],
  ['-1', '-1.00'],
  ['0.001', '0.001'],
  ['more than net', '1000.00'],
])
  judge(`credit ${label}`, await gql(b.op, CREDIT, { i: { chargeId: charges[0].id, amount, reason: '退' } }));
judge('credit a zero charge', await gql(b.op, CREDIT, { i: { chargeId: exact.id, amount: '0.01', reason: '退' } }));
// Ten credits of 40 % of the charge at once.
const share = (Number(charges[0].total) * 0.4).toFixed(2);
const race = await Promise.all(
  Array.from({ length: 10 }, () =>
    gql(b.op, CREDIT, { i: { chargeId: charges[0].id, amount: share, reason: '并发退款' } }),
  ),
);
console.log(
  `10 credits of ${share} at once:`,
  JSON.stringify(race.map((r) => r.data?.creditCharge?.net ?? errs(r)[0]?.reason)),
);
// The other charges: credits racing each other across charges of one programme.
const cross = await Promise.all(
  charges
    .slice(1)
    .flatMap((c) =>
      Array.from({ length: 3 }, () =>
        gql(b.op, CREDIT, { i: { chargeId: c.id, amount: '10.00', reason: '跨单退款' } }),
      ),
    ),
);
console.log(
  '3 credits of 10.00 on each other charge:',
  JSON.stringify(cross.map((r) => r.data?.creditCharge?.net ?? errs(r)[0]?.reason)),
);
const db = new pg.Client({ connectionString: fs.readFileSync(`${TMP}/dburl`, 'utf8').trim() });
await db.connect();
const after = await gql(
  st,
  `query($id:ID!){booking(id:$id){charge{total credited net voucherCovered payableByRequester}}}`,
  { id: bookings[1] },
);
console.log('charge after', JSON.stringify(after.data?.booking?.charge));
const prog = (
  await gql(null, `{voucherProgrammes(province:"32",first:50){id committed remaining budget}}`)
).data.voucherProgrammes.find((p) => p.id === programme);
const sums = [];
for (const id of bookings)
  sums.push(
    (await gql(st, `query($id:ID!){booking(id:$id){charge{voucherCovered net total credited}}}`, { id })).data.booking
      .charge,
  );
const covered = sums.reduce((s, c) => s + Math.round(Number(c.voucherCovered) * 100), 0) / 100;
console.log('programme', JSON.stringify(prog), 'sum of charges covered', covered.toFixed(2));
for (const c of sums) {
  const expectCovered = Math.floor(Math.round(Number(c.net) * 100) * 0.5) / 100;
  const ok = Number(c.net) >= 0 && Math.abs(Number(c.voucherCovered) - expectCovered) < 0.001;
  console.log(ok ? 'ok  ' : 'PROBLEM', 'charge', JSON.stringify(c), 'coverage expected', expectCovered.toFixed(2));
}
console.log(
  Math.abs(Number(prog.committed) - covered) < 0.001 ? 'ok   committed = Σ covered' : 'PROBLEM committed ≠ Σ covered',
);
await db.end();
