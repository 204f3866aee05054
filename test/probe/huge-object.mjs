// An input object with thousands of unknown fields: how long does one request take, and what does it answer?
import { BASE } from './lib.mjs';
const n = Number(process.argv[2] ?? 5000);
const field = process.argv[3] ?? 'offerings';
const queries = {
  offerings: ['query($f: OfferingFilter){ offerings(filter:$f, first:1){ edges { node { id } } } }', 'f'],
  search: ['query($f: SearchOfferingsInput!){ searchOfferings(input:$f){ total } }', 'f'],
  login: ['mutation($f: LoginInput!){ login(input:$f){ token } }', 'f'],
};
const [query, v] = queries[field];
const huge = Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
if (field === 'login') Object.assign(huge, { email: 'a@b.example', password: 'x' });
const body = JSON.stringify({ query, variables: { [v]: huge } });
const t0 = Date.now();
const res = await fetch(`${BASE}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const text = await res.text();
console.log(
  `${n} unknown fields, ${field}: HTTP ${res.status} in ${Date.now() - t0} ms, body ${body.length} B, answer ${text.length} B: ${text.slice(0, 300)}`,
);
