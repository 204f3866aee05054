// Load for the kill -9 probe: bookings with idempotency keys from four requesters, offering title edits and
// confirmations by the operator, all in parallel on many connections. Every intent is logged before it is sent and
// every answer after, to LOG (JSON lines), so crash-verify.mjs can tell acknowledged from unanswered work.
// Usage: node crash-load.mjs <seconds> ; stops by itself once the server has gone for 3 s.
import fs from 'node:fs';
import pg from 'pg';
import { gql, demo } from './lib.mjs';
const LOG = process.env.LOG ?? `/tmp/probe13/crash/log-${process.argv[3]}.jsonl`;
fs.mkdirSync('/tmp/probe13/crash', { recursive: true });
const out = fs.openSync(LOG, 'a');
const log = (e) => fs.writeSync(out, JSON.stringify({ at: Date.now(), ...e }) + '\n');
const seconds = Number(process.argv[2] ?? 20);
const OFFERINGS = [
  'e60820bb-7323-53e6-a5fc-bcbd868f3022',
  '9b517ee1-f6ff-5d6a-9ee3-2f47db9f1812',
  'e09fc0dc-be47-5c4b-9d69-a684cd199dfe',
  'c8caae61-f837-5d12-8fa6-4decad07d1b2',
  '32646f9a-87dc-5d79-83c2-bd618771ee11',
  '3d81baea-c0b2-50f2-b718-5471834172e8',
  '5159bd46-2470-5c7f-9454-c38ec60b1925',
  '52634306-15e3-52e8-a46f-149162000b0f',
];
const EDITED = [
  '0cfa25de-67ef-5e52-bbcf-e1ae47f9df79',
  '55638c3a-e142-52e0-a035-c9c1a2dfdb73',
  '30de597d-3dad-50f6-bd36-47b699a23fb9',
  '23ff4319-0221-5bb0-b163-28870b8b5de4',
  'eebe1912-40ce-5f24-b400-9c014ec21642',
  '39ae6409-ff4f-59ce-8185-58a94bd95b7d',
];
const PLATFORMS = [
  '0e9aba67-25e3-51a6-96db-32a0c5b03b23',
  'b07ee2fa-9add-5427-bb3d-2b074e8e1f5f',
  '96b1efd6-5a8a-5d92-938b-b77582170c79',
];
const run = process.argv[3] ?? String(Date.now() % 1e6);
const iso = (t) => new Date(t).toISOString();
const D = 86400e3;
const tokens = {};
for (const w of ['startup', 'sme', 'university', 'institute', 'operator']) tokens[w] = await demo(w);
// more offerings than the operator's: any fixed-price or hourly offering with open slots ahead, on another platform
const db = new pg.Client({ connectionString: fs.readFileSync('/tmp/probe13/dburl', 'utf8').trim() });
await db.connect();
const more = (
  await db.query(`select s.id from service_offering s join platform p on p.id = s.platform_id
  where s.status = 'ACTIVE' and p.status = 'PUBLISHED' and s.price_model in ('HOURLY','FIXED') order by md5(s.id::text) limit 40`)
).rows.map((r) => r.id);
await db.end();
const pool = [];
for (const o of [...OFFERINGS, ...more]) {
  const r = await gql(
    tokens.startup,
    `query($o:ID!,$f:DateTime!,$t:DateTime!){availableSlots(offeringId:$o,from:$f,to:$t){id openAccess}}`,
    { o, f: iso(Date.now() + 4 * D), t: iso(Date.now() + 60 * D) },
  );
  for (const s of r.data?.availableSlots ?? []) if (!s.openAccess) pool.push({ offeringId: o, slotId: s.id });
}
console.log('slot pool', pool.length);
let gone = 0;
const deadline = Date.now() + seconds * 1000;
const alive = () => Date.now() < deadline && gone < 3000;
async function call(kind, who, query, variables, meta) {
  log({ t: 'intent', kind, who, variables, ...meta });
  const t0 = Date.now();
  try {
    const r = await gql(tokens[who], query, variables);
    gone = 0;
    log({
      t: 'answer',
      kind,
      who,
      variables,
      ...meta,
      status: r.status,
      data: r.data,
      errors: r.errors?.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason, msg: e.message })),
    });
    return r;
  } catch (e) {
    gone += Date.now() - t0 + 50;
    log({ t: 'noanswer', kind, who, variables, ...meta, error: String(e.cause?.code ?? e) });
    await new Promise((ok) => setTimeout(ok, 50));
    return null;
  }
}
const RB = `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status slots{slotId}}}`;
let n = 0;
async function booker(who, lane) {
  while (alive()) {
    const pick = pool[Math.floor(Math.random() * pool.length)];
    const key = `crash-${run}-${who}-${lane}-${n++}`;
    const input = {
      offeringId: pick.offeringId,
      slotIds: [pick.slotId],
      idempotencyKey: key,
      brief: `probe13 ${key}`,
      quantity: null,
    };
    delete input.quantity;
    const r = await call('book', who, RB, { i: input }, { key });
    // an immediate retry of some keys, as a client whose answer was lost would
    if (r?.data && Math.random() < 0.2) await call('book-retry', who, RB, { i: input }, { key });
  }
}
let edit = 0;
async function editor(lane) {
  while (alive()) {
    const id = EDITED[(edit + lane) % EDITED.length];
    // random letters: words a typo or a prefix apart would find each other (typo tolerance, last word completed)
    const word = `zq${Array.from({ length: 7 }, () => 'bcdfghjkmnpqrstvwxz'[Math.floor(Math.random() * 19)]).join('')}`;
    edit++;
    await call(
      'edit',
      'operator',
      `mutation($i:UpdateOfferingInput!){updateOffering(input:$i){id title}}`,
      { i: { id, title: `辊道窑工艺验证 ${word}` } },
      { offeringId: id, word },
    );
  }
}
async function confirmer() {
  while (alive()) {
    const platformId = PLATFORMS[Math.floor(Math.random() * PLATFORMS.length)];
    const r = await call(
      'inbox',
      'operator',
      `query($p:ID!){platformBookings(platformId:$p,status:REQUESTED,first:20){edges{node{id}}}}`,
      { p: platformId },
      {},
    );
    for (const e of r?.data?.platformBookings?.edges ?? []) {
      if (!alive()) break;
      await call(
        Math.random() < 0.7 ? 'confirm' : 'decline',
        'operator',
        Math.random() < 0.7
          ? `mutation($id:ID!){confirmBooking(id:$id){id status}}`
          : `mutation($id:ID!){declineBooking(id:$id,reason:"probe"){id status}}`,
        { id: e.node.id },
        { bookingId: e.node.id },
      );
    }
  }
}
await Promise.all([
  ...['startup', 'sme', 'university', 'institute'].flatMap((w) => [0, 1, 2].map((l) => booker(w, l))),
  editor(0),
  editor(1),
  confirmer(),
]);
console.log('load done', run);
