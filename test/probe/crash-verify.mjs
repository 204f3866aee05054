// After a kill -9 and restart: checks the log of crash-load.mjs against the database and the API.
import fs from 'node:fs';
import pg from 'pg';
import { gql, demo, outboxPending } from './lib.mjs';
const LOG = process.env.LOG ?? '/tmp/probe13/crash/log.jsonl';
const db = new pg.Client({ connectionString: fs.readFileSync('/tmp/probe13/dburl', 'utf8').trim() });
await db.connect();
const events = fs
  .readFileSync(LOG, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const problems = [];
const bad = (what, detail) => {
  problems.push(what);
  console.log('PROBLEM', what, JSON.stringify(detail).slice(0, 400));
};
const tokens = {};
for (const w of ['startup', 'sme', 'university', 'institute', 'operator', 'admin']) tokens[w] = await demo(w);

// 1. every acknowledged booking exists once, under its key; retries of every key return the same booking
const byKey = new Map();
for (const e of events.filter((e) => e.kind === 'book' || e.kind === 'book-retry')) {
  const k = byKey.get(e.key) ?? { who: e.who, input: e.variables.i, acked: new Set(), states: [] };
  if (e.t === 'answer' && e.data?.requestBooking) k.acked.add(e.data.requestBooking.id);
  k.states.push(e.t === 'answer' ? (e.data ? 'ok' : (e.errors?.[0]?.reason ?? e.errors?.[0]?.code)) : e.t);
  byKey.set(e.key, k);
}
const tally = {};
for (const [key, k] of byKey) {
  const s = k.states.join(',');
  tally[s] = (tally[s] ?? 0) + 1;
}
console.log('keys', byKey.size, 'by outcome', tally);
let same = 0,
  newly = 0,
  refused = {};
for (const [key, k] of byKey) {
  if (k.acked.size > 1) bad('two bookings acknowledged for one key', { key, ids: [...k.acked] });
  const rows = (await db.query('select id, status from booking where idempotency_key = $1', [key])).rows;
  if (rows.length > 1) bad('key stored twice', { key, rows });
  for (const id of k.acked) if (!rows.some((r) => r.id === id)) bad('acknowledged booking missing', { key, id });
  const r = await gql(tokens[k.who], `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status}}`, {
    i: k.input,
  });
  if (r.data) {
    const id = r.data.requestBooking.id;
    if (k.acked.size && !k.acked.has(id))
      bad('retry after restart returned another booking', { key, acked: [...k.acked], id });
    else if (rows.length && rows[0].id !== id)
      bad('retry returned a booking other than the stored one', { key, rows, id });
    else if (k.acked.size || rows.length) same++;
    else newly++;
  } else {
    const why = `${r.errors?.[0]?.extensions?.code}/${r.errors?.[0]?.extensions?.reason}`;
    refused[why] = (refused[why] ?? 0) + 1;
    if (k.acked.size || rows.length) bad('retry of a stored key refused', { key, rows, err: r.errors });
    if (r.errors?.[0]?.extensions?.code === 'INTERNAL_SERVER_ERROR')
      bad('retry answered INTERNAL_SERVER_ERROR', r.errors);
  }
}
console.log('retries: same booking', same, 'new booking (nothing stored before)', newly, 'refused', refused);

// 2. slots and bookings agree
const q = async (label, sql) => {
  const rows = (await db.query(sql)).rows;
  if (rows.length) bad(label, rows.slice(0, 5));
  else console.log('ok:', label);
};
await q(
  'slot held/booked without an active booking',
  `select c.id, c.status, b.status from capacity_slot c left join booking b on b.id = c.booking_id
  where c.status in ('HELD','BOOKED') and (b.id is null or b.status not in ('REQUESTED','CONFIRMED')) and c.booking_id is not null`,
);
await q(
  'slot of an active booking not held/booked by it',
  `select b.id, b.status, c.status, c.booking_id from booking b join booking_slot bs on bs.booking_id = b.id
  join capacity_slot c on c.id = bs.slot_id where b.status in ('REQUESTED','CONFIRMED') and (c.booking_id is distinct from b.id or c.status not in ('HELD','BOOKED'))`,
);
await q(
  'REQUESTED booking whose slots are BOOKED or CONFIRMED whose slots are HELD',
  `select b.id, b.status, c.status from booking b join booking_slot bs on bs.booking_id = b.id
  join capacity_slot c on c.id = bs.slot_id where (b.status = 'REQUESTED' and c.status = 'BOOKED') or (b.status = 'CONFIRMED' and c.status = 'HELD')`,
);
await q(
  'slot in two active bookings',
  `select bs.slot_id, count(*) from booking_slot bs join booking b on b.id = bs.booking_id
  where b.status in ('REQUESTED','CONFIRMED') group by 1 having count(*) > 1`,
);
await q('OPEN slot with a booking id', `select id from capacity_slot where status = 'OPEN' and booking_id is not null`);
await q(
  'booking without slots',
  `select b.id from booking b where not exists (select 1 from booking_slot bs where bs.booking_id = b.id)`,
);
await q(
  'booking events out of step with status',
  `select b.id, b.status, (select e.to_status from booking_event e where e.booking_id = b.id order by e.seq desc limit 1) last
  from booking b where b.status::text <> coalesce((select e.to_status::text from booking_event e where e.booking_id = b.id order by e.seq desc limit 1), b.status::text)`,
).catch((e) => console.log('events check skipped:', e.message));

// 3. the outbox drains, and the index agrees with the database
const pending = await outboxPending(db);
if (pending.n) bad('outbox not drained after 60 s', pending);
else console.log('ok: outbox drained');
await q(
  'index title differs from the offering',
  `select s.id, s.title, d.document->>'titleZh' from service_offering s join search_document d on d.id = s.id where d.document->>'titleZh' <> s.title`,
);
await q(
  'active offering of a published platform missing from the index',
  `select s.id from service_offering s join platform p on p.id = s.platform_id
  where s.status = 'ACTIVE' and p.status = 'PUBLISHED' and not exists (select 1 from search_document d where d.id = s.id)`,
);
const words = new Map();
for (const e of events.filter((e) => e.kind === 'edit' && e.t === 'intent')) words.set(e.word, e.offeringId);
const titles = new Map(
  (
    await db.query(`select id, title from service_offering where id = any($1)`, [[...new Set(words.values())]])
  ).rows.map((r) => [r.id, r.title]),
);
const S = `query($q:String!){searchOfferings(input:{query:$q,limit:5}){total hits{offering{id title}}}}`;
for (const [word, id] of words) {
  const r = await gql(null, S, { q: word });
  const found = r.data?.searchOfferings.hits.some((h) => h.offering.id === id);
  const current = titles.get(id).includes(word);
  if (found !== current)
    bad(current ? 'current word not found' : 'old word still finds the offering', {
      word,
      id,
      title: titles.get(id),
      hits: r.data?.searchOfferings.hits,
    });
}
console.log('checked', words.size, 'edit words');
const all = await gql(tokens.admin, `{searchOfferings(input:{limit:1}){total facets{field values{value count}}}}`);
const sql = (
  await db.query(
    `select count(*)::int n from service_offering s join platform p on p.id = s.platform_id where s.status = 'ACTIVE' and p.status = 'PUBLISHED'`,
  )
).rows[0].n;
if (all.data.searchOfferings.total !== sql)
  bad('search total differs from SQL', { search: all.data.searchOfferings.total, sql });
else console.log('ok: total', sql);
const prov = (
  await db.query(
    `select p.province v, count(*)::int n from service_offering s join platform p on p.id = s.platform_id where s.status = 'ACTIVE' and p.status = 'PUBLISHED' group by 1`,
  )
).rows;
const facet = all.data.searchOfferings.facets.find((f) => f.field === 'province').values;
for (const r of prov)
  if (facet.find((v) => v.value === r.v.trim())?.count !== r.n)
    bad('province facet differs', { r, facet: facet.find((v) => v.value === r.v.trim()) });
console.log(
  'health',
  await (
    await fetch(`${process.env.PROBE_URL ?? 'http://localhost:4331'}/health`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    })
  ).text(),
);
console.log(problems.length ? `${problems.length} PROBLEMS` : 'ALL CONSISTENT');
await db.end();
