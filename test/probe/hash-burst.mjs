// Probe 16: N sign-ups (`register`) or sign-ins at unknown e-mail addresses (`login`) sent at once by one anonymous
// client, each costing one argon2 hash, while a signed-in bystander reads myBookings every 100 ms. Prints the burst's
// answers and the bystander's slowest answer and errors (DATABASE_UNAVAILABLE / QUERY_TIMEOUT = finding 1).
// Usage: PROBE_URL=… PROBE_TMP=… node test/probe/hash-burst.mjs [register|login] [N]
// (HASH_BURST_PASSWORDS=long: each sign-up a different password of 120 characters, zxcvbn's longest work)
// (register needs the server started with REGISTRATIONS_PER_ADDRESS ≥ N to reach the hashing)
import { demo, gql } from './lib.mjs';

const mode = process.argv[2] ?? 'register';
const N = Number(process.argv[3] ?? 100);
const startup = await demo('startup');
const tally = (rs) =>
  rs.reduce((m, r) => {
    const k = r.errors ? (r.errors[0].extensions?.reason ?? r.errors[0].extensions?.code) : 'OK';
    m[k] = (m[k] ?? 0) + 1;
    return m;
  }, {});
let stop = false;
const bystander = [];
const watch = (async () => {
  while (!stop) {
    const t = Date.now();
    const r = await gql(startup, '{ myBookings(first: 1) { totalCount } }');
    bystander.push({ ms: Date.now() - t, e: r.errors?.[0]?.extensions?.reason });
    await new Promise((ok) => setTimeout(ok, 100));
  }
})();
const s = Date.now() % 1e7;
const t0 = Date.now();
const rs = await Promise.all(
  Array.from({ length: N }, (_, i) =>
    mode === 'register'
      ? gql(null, 'mutation($i:RegisterInput!){register(input:$i){token}}', {
          i: {
            email: `burst-${s}-${i}@probe.example`,
            password:
              process.env.HASH_BURST_PASSWORDS === 'long'
                ? Array.from({ length: 10 }, (_, w) => `${(s * 7919 + i * 131 + w * 17).toString(36)}-Qx${w}`).join(' ')
                : 'Vq8#nZ4!rK2mWx',
            displayName: 'b',
            organization: { kind: 'STARTUP', name: `突发${s}-${i}`, province: '32', city: '无锡' },
          },
        })
      : gql(null, 'mutation($i:LoginInput!){login(input:$i){token}}', {
          i: { email: `nobody-${s}-${i}@probe.example`, password: 'wrong-pass-xyz-9' },
        }),
  ),
);
const took = Date.now() - t0;
stop = true;
await watch;
console.log(N, mode, 'in', took, 'ms', JSON.stringify(tally(rs)));
console.log(
  'bystander',
  bystander.length,
  'reads, slowest',
  Math.max(...bystander.map((b) => b.ms)),
  'ms, errors',
  JSON.stringify(bystander.filter((b) => b.e).map((b) => b.e)),
);
