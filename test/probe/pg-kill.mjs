// Kills the embedded PostgreSQL's postmaster of OUR data dir (SIGKILL) and watches what clients get, for 40 s.
import fs from 'node:fs';
import { gql, demo, BASE } from './lib.mjs';
const st = await demo('startup');
const pm = Number(fs.readFileSync('/tmp/probe13/data/postgres/postmaster.pid', 'utf8').split('\n')[0]);
const ops = {
  health: async () => {
    const r = await fetch(`${BASE}/health`);
    return `${r.status} ${(await r.text()).slice(0, 120)}`;
  },
  me: async () => {
    const r = await gql(st, '{me{email}}');
    return `${r.status} ${r.errors ? `${r.errors[0].extensions?.code}/${r.errors[0].extensions?.reason}` : 'ok'}`;
  },
  anonSearch: async () => {
    const r = await gql(null, '{searchOfferings(input:{query:"辊道窑",limit:1}){total}}');
    return `${r.status} ${r.errors ? `${r.errors[0].extensions?.code}/${r.errors[0].extensions?.reason} ${r.errors[0].message.slice(0, 80)}` : 'ok ' + r.data.searchOfferings.total}`;
  },
  book: async () => {
    const r = await gql(
      st,
      'mutation{requestBooking(input:{offeringId:"e09fc0dc-be47-5c4b-9d69-a684cd199dfe",slotIds:["00000000-0000-4000-8000-000000000000"],idempotencyKey:"pgkill"}){id}}',
    );
    return `${r.status} ${r.errors ? `${r.errors[0].extensions?.code}/${r.errors[0].extensions?.reason}` : 'ok'}`;
  },
  login: async () => {
    const r = await gql(null, 'mutation{login(input:{email:"nobody@probe.example",password:"x"}){token}}');
    return `${r.status} ${r.errors ? `${r.errors[0].extensions?.code}/${r.errors[0].extensions?.reason}` : 'ok'}`;
  },
};
const t0 = Date.now();
const probe = async () => {
  const out = {};
  await Promise.all(
    Object.entries(ops).map(async ([k, f]) => {
      const s = Date.now();
      try {
        out[k] =
          `${await Promise.race([f(), new Promise((_, no) => setTimeout(() => no(new Error('>15 s')), 15000))])} (${Date.now() - s} ms)`;
      } catch (e) {
        out[k] = `FAILED ${e.message}`;
      }
    }),
  );
  console.log(`t+${((Date.now() - t0) / 1000).toFixed(1)}s`, JSON.stringify(out));
};
await probe();
process.kill(pm, 'SIGKILL');
console.log('killed postmaster', pm);
for (let i = 0; i < Number(process.argv[2] ?? 12); i++) {
  await probe();
  await new Promise((ok) => setTimeout(ok, 2000));
}
