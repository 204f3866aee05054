// Probe 15: applying a voucher while the operator completes the booking, over parallel connections. Each of K
// confirmed bookings (one start-up, slots just started) gets applyVoucher(P2) and completeBooking at the same moment,
// having had P1 applied before. Afterwards the booking's programme must be the charge's, and each programme's
// `committed` the sum of what its charges cover.
import { gql, demo, must, errs, newOperator, issueProgramme } from './lib.mjs';

const st = await demo('startup');
const au = await demo('authority-jiangsu');
const K = 6;
const b = await newOperator('庚', { kilns: K });
const issue = (name, sharePercent) => issueProgramme(au, `${name}${b.stamp}`, { sharePercent, budget: '10000.00' });
const p1 = await issue('甲券', 50);
const p2 = await issue('乙券', 30);
const APPLY = `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){voucherProgrammeId}}`;
const start = Math.ceil((Date.now() + 75e3) / 60e3) * 60e3;
const bookings = [];
for (let k = 0; k < K; k++) {
  const [slot] = await b.publish([[start, 30]], b.equipmentIds[k]);
  const id = must(
    'book',
    await gql(st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id}}`, {
      i: { offeringId: b.offeringId, slotIds: [slot.id], brief: '券', idempotencyKey: `vr-${b.stamp}-${k}` },
    }),
    (d) => d.requestBooking.id,
  );
  must('apply p1', await gql(st, APPLY, { b: id, p: p1 }));
  bookings.push(id);
}
console.log(`${K} bookings with P1 (50 %); waiting ${Math.round((start - Date.now()) / 1000)} s for the start`);
await new Promise((ok) => setTimeout(ok, Math.max(0, start - Date.now() + 1500)));
const COMPLETE = `mutation($id:ID!){completeBooking(id:$id,outcome:"完成"){status}}`;
const raced = await Promise.all(
  bookings.map(async (id, k) => {
    // Alternate which is sent first; both go at once.
    const [a, c] =
      k % 2
        ? await Promise.all([gql(st, APPLY, { b: id, p: p2 }), gql(b.op, COMPLETE, { id })])
        : (await Promise.all([gql(b.op, COMPLETE, { id }), gql(st, APPLY, { b: id, p: p2 })])).reverse();
    return { apply: a.data ? 'applied' : errs(a)[0]?.reason, complete: c.data ? 'completed' : errs(c)[0]?.reason };
  }),
);
console.log('apply P2 ‖ complete:', JSON.stringify(raced));
let problems = 0;
const byProgramme = new Map([
  [p1, 0],
  [p2, 0],
]);
for (const id of bookings) {
  const r = await gql(
    st,
    `query($id:ID!){booking(id:$id){status voucherProgrammeId charge{voucherProgrammeId voucherCovered net}}}`,
    { id },
  );
  const bk = r.data.booking;
  const ok = bk.charge && bk.charge.voucherProgrammeId === bk.voucherProgrammeId;
  if (!ok) problems++;
  if (bk.charge?.voucherProgrammeId)
    byProgramme.set(
      bk.charge.voucherProgrammeId,
      byProgramme.get(bk.charge.voucherProgrammeId) + Math.round(Number(bk.charge.voucherCovered) * 100),
    );
  console.log(ok ? 'ok  ' : 'PROBLEM', JSON.stringify(bk));
}
const programmes = (await gql(null, `{voucherProgrammes(province:"32",first:100){id committed}}`)).data
  .voucherProgrammes;
for (const [id, fen] of byProgramme) {
  const committed = programmes.find((p) => p.id === id)?.committed;
  const ok = Math.round(Number(committed) * 100) === fen;
  if (!ok) problems++;
  console.log(
    ok ? 'ok  ' : 'PROBLEM',
    'programme',
    id === p1 ? 'P1' : 'P2',
    'committed',
    committed,
    'Σ covered',
    (fen / 100).toFixed(2),
  );
}
console.log(problems ? `${problems} problems` : 'no problem');
