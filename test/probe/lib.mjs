// Probe helpers (not part of the test suite): GraphQL over real HTTP against a running server.
export const BASE = process.env.PROBE_URL ?? 'http://localhost:4331';

export async function gql(token, query, variables = {}, headers = {}) {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  json.status = res.status;
  return json;
}

import fs from 'node:fs';
// Tokens are kept across runs (the sign-in throttle counts every attempt from this address).
const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const TOKENS = `${TMP}/tokens.json`;
const tokens = new Map(fs.existsSync(TOKENS) ? Object.entries(JSON.parse(fs.readFileSync(TOKENS, 'utf8'))) : []);
export async function login(email, password) {
  if (tokens.has(email)) return tokens.get(email);
  if (!password) {
    const accounts = JSON.parse(
      fs.readFileSync(process.env.PROBE_ACCOUNTS ?? `${TMP}/data/demo-accounts.json`, 'utf8'),
    );
    password = accounts.find((a) => a.email === email)?.password;
  }
  let r = await gql(null, 'mutation($i:LoginInput!){login(input:$i){token}}', { i: { email, password } });
  for (let tries = 0; r.errors?.[0]?.extensions?.retryAfterSeconds && tries < 3; tries++) {
    await new Promise((ok) => setTimeout(ok, (r.errors[0].extensions.retryAfterSeconds + 1) * 1000));
    r = await gql(null, 'mutation($i:LoginInput!){login(input:$i){token}}', { i: { email, password } });
  }
  if (!r.data) throw new Error(`login ${email}: ${JSON.stringify(r)}`);
  tokens.set(email, r.data.login.token);
  fs.writeFileSync(TOKENS, JSON.stringify(Object.fromEntries(tokens)));
  return r.data.login.token;
}

export const demo = (who) => login(`${who}@pilotmatch.demo`);

export function errs(r) {
  return (r.errors ?? []).map((e) => ({
    msg: e.message,
    code: e.extensions?.code,
    reason: e.extensions?.reason,
    fields: e.extensions?.fields,
    ...(e.extensions?.stacktrace ? { stack: 'PRESENT' } : {}),
  }));
}

export function show(label, r) {
  const out = r.errors ? { errors: errs(r), status: r.status } : { data: r.data, status: r.status };
  console.log(label, JSON.stringify(out).slice(0, 600));
}
