// kill -9 while completions (charges, voucher redemptions) are committing, then restart and check: every COMPLETED
// booking has exactly one charge, no charge without a completed booking, the programme's committed amount equals
// its redemptions, retries of completion answer CONFLICT for the completed ones and complete the others.
// Phase 1 (setup): node crash-complete.mjs setup ; phase 2 (after the slots start): node crash-complete.mjs fire ; then kill.
// Phase 3: node crash-complete.mjs verify
import fs from 'node:fs';
import pg from 'pg';
import { gql, demo } from './lib.mjs';
const S = JSON.parse(fs.readFileSync('/tmp/probe13/scenario.json', 'utf8'));
const STATE = '/tmp/probe13/crash-complete.json';
const iso = (t) => new Date(t).toISOString();
const phase = process.argv[2];
const st = await demo('startup');
if (phase === 'setup') {
  const start = Math.ceil((Date.now() + 100e3) / 60e3) * 60e3;
  const bookings = [];
  for (let i = 0; i < 12; i++) {
    const eq = (
      await gql(S.o3, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
        i: { platformId: S.platformId, name: `探针窑${i}`, category: '窑炉' },
      })
    ).data.createEquipment.id;
    await gql(S.o3, `mutation($i:BookingRulesInput!){setBookingRules(input:$i){minNoticeHours}}`, {
      i: { equipmentId: eq, minNoticeHours: 0 },
    });
    await gql(S.o3, `mutation($i:UpdateOfferingInput!){updateOffering(input:$i){id}}`, {
      i: { id: S.offeringId, equipmentIds: [S.eq, ...bookings.map((b) => b.eq), eq] },
    });
    const slot = (
      await gql(S.o3, `mutation($i:PublishSlotsInput!){publishSlots(input:$i){id}}`, {
        i: { equipmentId: eq, slots: [{ startsAt: iso(start), endsAt: iso(start + 60 * 60e3) }] },
      })
    ).data.publishSlots[0].id;
    const b = await gql(st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id}}`, {
      i: { offeringId: S.offeringId, slotIds: [slot], idempotencyKey: `cc-${slot}` },
    });
    const id = b.data.requestBooking.id;
    await gql(st, `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){id}}`, { b: id, p: S.programme });
    const c = await gql(S.o3, `mutation($id:ID!){confirmBooking(id:$id){status}}`, { id });
    bookings.push({ eq, slot, id, confirmed: c.data?.confirmBooking.status });
  }
  fs.writeFileSync(STATE, JSON.stringify({ start, bookings }));
  console.log('set up', bookings.length, 'bookings; slots start at', iso(start));
} else if (phase === 'fire') {
  const { bookings } = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  const log = [];
  await Promise.all(
    bookings.map(async (b, i) => {
      const r = await gql(
        S.o3,
        `mutation($id:ID!,$q:Float){completeBooking(id:$id,outcome:"done",deliveredQuantity:$q){status charge{total voucherCovered}}}`,
        { id: b.id, q: 0.5 + (i % 2) * 0.5 },
      ).catch((e) => ({ noanswer: String(e.cause?.code ?? e) }));
      log.push({ id: b.id, r });
    }),
  );
  fs.writeFileSync('/tmp/probe13/crash-complete-fire.json', JSON.stringify(log));
  console.log(
    log.map((l) => (l.r.noanswer ? 'noanswer' : l.r.data ? 'ok' : l.r.errors?.[0]?.extensions?.code)).join(' '),
  );
} else {
  const { bookings } = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  const db = new pg.Client({ connectionString: fs.readFileSync('/tmp/probe13/dburl', 'utf8').trim() });
  await db.connect();
  const ids = bookings.map((b) => b.id);
  const q = async (label, sql, params) => {
    const rows = (await db.query(sql, params)).rows;
    console.log(rows.length ? 'PROBLEM' : 'ok:', label, rows.length ? JSON.stringify(rows.slice(0, 4)) : '');
  };
  // what must hold before and after the retries
  const invariants = async (when) => {
    await q(
      `completed booking without exactly one charge (${when})`,
      `select b.id, count(c.id) from booking b left join booking_charge c on c.booking_id = b.id where b.id = any($1) and b.status = 'COMPLETED' group by b.id having count(c.id) <> 1`,
      [ids],
    );
    await q(
      `charge of a booking not completed (${when})`,
      `select b.id, b.status from booking b join booking_charge c on c.booking_id = b.id where b.id = any($1) and b.status <> 'COMPLETED'`,
      [ids],
    );
    await q(
      `programme committed differs from its redemptions (${when})`,
      `select p.id, p.committed from voucher_programme p where p.id = $1 and p.committed <> (select coalesce(sum(r.amount), 0) from voucher_redemption r where r.programme_id = p.id)`,
      [S.programme],
    );
  };
  await invariants('after restart');
  const status = (await db.query(`select status, count(*)::int n from booking where id = any($1) group by 1`, [ids]))
    .rows;
  console.log('statuses after restart', JSON.stringify(status));
  const retries = await Promise.all(
    bookings.map((b) => gql(S.o3, `mutation($id:ID!){completeBooking(id:$id,outcome:"done"){status}}`, { id: b.id })),
  );
  console.log(
    'retries:',
    JSON.stringify(
      retries
        .map((r) => (r.data ? 'completed now' : `${r.errors[0].extensions.code}/${r.errors[0].extensions.reason}`))
        .reduce((t, k) => ((t[k] = (t[k] ?? 0) + 1), t), {}),
    ),
  );
  await invariants('after retries');
  await db.end();
}
