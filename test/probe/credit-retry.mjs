// Probe 17: a credit sent again, as an operator whose answer was lost would (a timeout; the API killed after the
// commit, which crash-money.sh shows happens to completions): without a key each call credits again, and a credit
// cannot be undone; with the same idempotencyKey (after the fix) it is taken once. Uses crash-money.mjs's state: the
// charges its last round covered (operator A's or B's).
import fs from 'node:fs';
import pg from 'pg';
import { gql, errs } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const S = JSON.parse(fs.readFileSync(`${TMP}/crash-money.json`, 'utf8'));
const db = new pg.Client({ connectionString: fs.readFileSync(`${TMP}/dburl`, 'utf8').trim() });
await db.connect();
const [a, b] = (
  await db.query(`select id from booking_charge where booking_id = any($1) order by id limit 2`, [
    S.bookings.filter((x) => x.op === 0).map((x) => x.id),
  ])
).rows.map((r) => r.id);
const CREDIT = `mutation($i:CreditChargeInput!){creditCharge(input:$i){credited net voucherCovered}}`;
const lines = async (id) =>
  (
    await db.query(
      `select count(*)::int n, coalesce(sum(amount), 0)::text s from booking_charge_line where charge_id = $1 and kind = 'CREDIT'`,
      [id],
    )
  ).rows[0];
const before = await lines(a);
for (let i = 0; i < 2; i++) await gql(S.ops[0].op, CREDIT, { i: { chargeId: a, amount: '5.00', reason: '重试' } });
console.log('no key, sent twice:', JSON.stringify(before), '->', JSON.stringify(await lines(a)));
const keyed = await Promise.all(
  [1, 2, 3].map(() =>
    gql(S.ops[0].op, CREDIT, { i: { chargeId: b, amount: '5.00', reason: '重试', idempotencyKey: `retry-${b}` } }),
  ),
);
console.log(
  'same key, sent three times at once:',
  JSON.stringify(keyed.map((r) => r.data?.creditCharge ?? errs(r)[0]?.reason)),
  JSON.stringify(await lines(b)),
);
await db.end();
