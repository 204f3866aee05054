// Two API processes on one database (A: embedded cluster owner, B: DATABASE_URL to it, both running jobs).
// Throttles, idempotency, sign-out, search cache generations and the outbox across instances.
import fs from 'node:fs';
import pg from 'pg';
import { demo } from './lib.mjs';
const A = 'http://localhost:4331',
  B = 'http://localhost:4332';
async function gq(base, token, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const j = await res.json().catch(() => ({}));
  j.status = res.status;
  return j;
}
const code = (r) => (r.errors ? `${r.errors[0].extensions?.code}/${r.errors[0].extensions?.reason ?? ''}` : 'ok');
const tally = (rs, f = code) => rs.reduce((t, r) => ((t[f(r)] = (t[f(r)] ?? 0) + 1), t), {});
const db = new pg.Client({ connectionString: fs.readFileSync('/tmp/probe13/dburl', 'utf8').trim() });
await db.connect();
const freeSlot = async () =>
  (
    await db.query(`select s.id offering, c.id slot from service_offering s join platform p on p.id = s.platform_id
  join capacity_slot c on c.equipment_id = any(s.equipment_ids) where s.status = 'ACTIVE' and p.status = 'PUBLISHED' and s.price_model = 'HOURLY'
  and c.status = 'OPEN' and not c.open_access and c.starts_at between now() + interval '5 days' and now() + interval '25 days' order by random() limit 1`)
  ).rows[0];
const section = process.argv[2] ?? 'all';
const st = await demo('startup');
const op = await demo('operator');
console.log(
  'token from A accepted by B:',
  code(await gq(B, st, '{me{email}}')),
  JSON.stringify((await gq(B, st, '{me{email}}')).data),
);

if (section === 'all' || section === 'idem') {
  const { offering, slot } = await freeSlot();
  const key = `two-${Date.now()}`;
  const rs = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      gq(i % 2 ? A : B, st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id}}`, {
        i: { offeringId: offering, slotIds: [slot], idempotencyKey: key },
      }),
    ),
  );
  console.log(
    '60 parallel requestBooking, one key, A/B alternating:',
    tally(rs, (r) => (r.data ? `ok ${r.data.requestBooking.id.slice(0, 8)}` : code(r))),
  );
  console.log(
    'rows for key:',
    (await db.query('select count(*)::int n from booking where idempotency_key=$1', [key])).rows[0].n,
  );
}

if (section === 'all' || section === 'login') {
  // 60 wrong guesses at one account, split over both instances: at most 5 checked in all
  const email = 'institute@pilotmatch.demo';
  const rs = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      gq(i % 2 ? A : B, null, `mutation($i:LoginInput!){login(input:$i){token}}`, {
        i: { email, password: `wrong-guess-${i}` },
      }),
    ),
  );
  console.log('60 parallel wrong sign-ins at one account over A and B:', tally(rs));
}

if (section === 'all' || section === 'register') {
  const stamp = Date.now();
  const rs = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      gq(i % 2 ? A : B, null, `mutation($i:RegisterInput!){register(input:$i){user{id}}}`, {
        i: {
          email: `two-${stamp}-${i}@probe.example`,
          password: 'Kq9#vX2!mT7pLw',
          displayName: `Two ${i}`,
          organization: { kind: 'STARTUP', name: `双实例测试${i}`, province: '32', city: '南京' },
        },
      }),
    ),
  );
  console.log('30 parallel sign-ups over A and B (10 allowed per address):', tally(rs));
}

if (section === 'all' || section === 'signout') {
  // a fresh session: sign in as sme on A, use it on B, sign out on B, use it on A for a public and a private field
  const pw = JSON.parse(fs.readFileSync('/tmp/probe13/data/demo-accounts.json', 'utf8')).find(
    (a) => a.email === 'sme@pilotmatch.demo',
  ).password;
  const li = await gq(A, null, `mutation($i:LoginInput!){login(input:$i){token}}`, {
    i: { email: 'sme@pilotmatch.demo', password: pw },
  });
  const t = li.data?.login.token;
  if (!t) console.log('login failed', code(li));
  else {
    console.log('sme on B before sign-out:', code(await gq(B, t, '{myBookings(first:1){edges{node{id}}}}')));
    // warm A's "recent actor" for requestBooking
    await gq(
      A,
      t,
      `mutation{requestBooking(input:{offeringId:"e09fc0dc-be47-5c4b-9d69-a684cd199dfe",slotIds:[],idempotencyKey:"warm"}){id}}`,
    );
    console.log('signOut on B:', code(await gq(B, t, 'mutation{signOut}')));
    console.log(
      'after sign-out, on A: myBookings',
      code(await gq(A, t, '{myBookings(first:1){edges{node{id}}}}')),
      '| me',
      JSON.stringify((await gq(A, t, '{me{email}}')).data),
    );
    const { offering, slot } = await freeSlot();
    console.log(
      'after sign-out, requestBooking on A (recent actor):',
      code(
        await gq(
          A,
          t,
          `mutation($o:ID!,$s:ID!){requestBooking(input:{offeringId:$o,slotIds:[$s],idempotencyKey:"after-signout-${Date.now()}"}){id}}`,
          { o: offering, s: slot },
        ),
      ),
    );
  }
}

if (section === 'all' || section === 'cache') {
  const id = '0cfa25de-67ef-5e52-bbcf-e1ae47f9df79';
  const S = `query($q:String!){searchOfferings(input:{query:$q,limit:5,facetFields:[serviceType]}){total hits{offering{id title}} facets{field values{value count}}}}`;
  const w1 = `zqa${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'k')}`,
    w2 = `zqb${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'm')}`;
  await gq(A, op, `mutation($i:UpdateOfferingInput!){updateOffering(input:$i){id}}`, {
    i: { id, title: `辊道窑缓存 ${w1}` },
  });
  await new Promise((ok) => setTimeout(ok, 1500));
  // warm both caches with w1 and w2 (w2 finds nothing yet)
  for (const base of [A, B]) for (const q of [w1, w2]) await gq(base, null, S, { q });
  await gq(A, op, `mutation($i:UpdateOfferingInput!){updateOffering(input:$i){id}}`, {
    i: { id, title: `辊道窑缓存 ${w2}` },
  });
  let drained = false;
  for (let i = 0; i < 40 && !drained; i++) {
    drained = (await db.query('select count(*)::int n from outbox_message where processed_at is null')).rows[0].n === 0;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  for (const base of [A, B]) {
    const o = await gq(base, null, S, { q: w1 }),
      n = await gq(base, null, S, { q: w2 });
    console.log(
      base,
      'old word total',
      o.data?.searchOfferings.total,
      'new word total',
      n.data?.searchOfferings.total,
      'facets new',
      JSON.stringify(n.data?.searchOfferings.facets),
    );
  }
}
await db.end();
