// Probe 17: races of two users of one organization (the start-up's OWNER and the ADMIN crash-money.mjs invited), on
// proposals and bookings. Each race fires at once over parallel connections, then the database is checked.
//   (a) one proposal accepted by both users at once, ten times: one booking, both answers name it
//   (b) accept ‖ the operator withdraws; accept ‖ the other user declines; accept ‖ the other user closes the request
//   (c) one slot requested by both users with different idempotency keys: one booking
import fs from 'node:fs';
import pg from 'pg';
import { gql, demo, errs, newOperator, postRequest, proposalInput, propose } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const CM = JSON.parse(fs.readFileSync(`${TMP}/crash-money.json`, 'utf8'));
const st = await demo('startup');
const st2 = CM.tokens.st2;
const D = 86400e3;
const db = new pg.Client({ connectionString: fs.readFileSync(`${TMP}/dburl`, 'utf8').trim() });
await db.connect();
const b = await newOperator('戊', { kilns: 1 });
const N = 40;
const base = Math.ceil((Date.now() + 4 * D) / 3600e3) * 3600e3;
const slots = await b.publish(Array.from({ length: N }, (_, i) => [base + i * 2 * 3600e3, 60]));
let problems = 0;
const outcome = (r) => (r.data ? 'ok' : `${errs(r)[0]?.code}/${errs(r)[0]?.reason}`);
const tally = (rs) => JSON.stringify(rs.map(outcome).reduce((t, k) => ((t[k] = (t[k] ?? 0) + 1), t), {}));
const request = (i) => postRequest(st, `竞态需求 ${b.stamp}-${i}`);
const proposeOn = (requestId, slot) => propose(b.op, proposalInput(requestId, b.offeringId, slot));
const ACCEPT = `mutation($id:ID!){acceptProposal(id:$id){id status}}`;
let s = 0;
// (a)
const pairs = [];
for (let i = 0; i < 10; i++) {
  const requestId = await request(i);
  pairs.push({ requestId, proposal: await proposeOn(requestId, slots[s++]) });
}
const a = await Promise.all(
  pairs.map(async (p) => Promise.all([gql(st, ACCEPT, { id: p.proposal }), gql(st2, ACCEPT, { id: p.proposal })])),
);
for (const [i, [x, y]] of a.entries()) {
  const ids = [x, y].filter((r) => r.data).map((r) => r.data.acceptProposal.id);
  const rows = (await db.query(`select id from booking where proposal_id = $1`, [pairs[i].proposal])).rows;
  const ok = rows.length === 1 && ids.every((id) => id === rows[0].id);
  if (!ok) problems++;
  console.log(ok ? 'ok  ' : 'PROBLEM', '(a) one proposal, two users', outcome(x), outcome(y), 'bookings', rows.length);
}
// (b)
const races = {
  withdraw: (p) => gql(b.op, `mutation($id:ID!){withdrawProposal(id:$id){status}}`, { id: p.proposal }),
  decline: (p) => gql(st2, `mutation($id:ID!){declineProposal(id:$id,reason:"不要"){status}}`, { id: p.proposal }),
  close: (p) => gql(st2, `mutation($id:ID!){closePilotRequest(id:$id){status}}`, { id: p.requestId }),
};
for (const [name, other] of Object.entries(races)) {
  const ps = [];
  for (let i = 0; i < 5; i++) {
    const requestId = await request(`${name}${i}`);
    ps.push({ requestId, proposal: await proposeOn(requestId, slots[s++]) });
  }
  const rs = await Promise.all(ps.map((p) => Promise.all([gql(st, ACCEPT, { id: p.proposal }), other(p)])));
  for (const [i, [acc, o]] of rs.entries()) {
    const p = (await db.query(`select status, booking_id from proposal where id = $1`, [ps[i].proposal])).rows[0];
    const r = (await db.query(`select status from pilot_request where id = $1`, [ps[i].requestId])).rows[0];
    const slot = (await db.query(`select status, booking_id from capacity_slot where id = $1`, [slots[s - 5 + i].id]))
      .rows[0];
    const booked = (await db.query(`select id, status from booking where proposal_id = $1`, [ps[i].proposal])).rows;
    const consistent =
      (acc.data &&
        !o.data &&
        p.status === 'ACCEPTED' &&
        r.status === 'MATCHED' &&
        booked.length === 1 &&
        slot.status === 'BOOKED' &&
        slot.booking_id === booked[0].id) ||
      (!acc.data &&
        o.data &&
        p.status !== 'ACCEPTED' &&
        booked.length === 0 &&
        slot.status === 'OPEN' &&
        slot.booking_id === null);
    if (!consistent) problems++;
    console.log(
      consistent ? 'ok  ' : 'PROBLEM',
      `(b) accept ‖ ${name}`,
      outcome(acc),
      outcome(o),
      JSON.stringify({ p, r, slot, booked: booked.length }),
    );
  }
}
// (c)
const RB = `mutation($i:RequestBookingInput!){requestBooking(input:$i){id}}`;
for (let i = 0; i < 5; i++) {
  const slot = slots[s++];
  const rs = await Promise.all(
    Array.from({ length: 10 }, (_, k) =>
      gql(k % 2 ? st2 : st, RB, {
        i: { offeringId: b.offeringId, slotIds: [slot.id], idempotencyKey: `r17-${b.stamp}-${i}-${k}` },
      }),
    ),
  );
  const rows = (
    await db.query(`select b.id from booking b join booking_slot bs on bs.booking_id = b.id where bs.slot_id = $1`, [
      slot.id,
    ])
  ).rows;
  const ok = rows.length === 1 && rs.filter((r) => r.data).length === 1;
  if (!ok) problems++;
  console.log(ok ? 'ok  ' : 'PROBLEM', '(c) one slot, two users, ten keys', tally(rs), 'bookings', rows.length);
}
console.log(problems ? `${problems} PROBLEMS` : 'no problem');
await db.end();
