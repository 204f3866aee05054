// Schema-driven fuzzer against a running development server: introspects the schema, and for every query and
// mutation sends hostile values at every argument and input field (boundary numbers past 32 bits, 1 MB strings,
// invisible-only text, decomposed Unicode, wrong JSON types, 10 000-item and nested lists, lowercase and numeric enum
// values, ids of existing rows of another kind, odd date forms, Money in other notations), the other arguments set to
// plausible values with real ids of the demo data, as several actors. Flags: INTERNAL_SERVER_ERROR, HTTP 5xx, a stack
// trace, a non-JSON answer, an answer over 10 s, BAD_USER_INPUT without fields, and a database that changed although
// the mutation was refused.
// Usage: node schema-fuzz.mjs [operation-name-regex]
import fs from 'node:fs';
import pg from 'pg';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isObjectType,
  isLeafType,
} from 'graphql';
import { BASE, demo, gql } from './lib.mjs';
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const S = JSON.parse(fs.readFileSync(`${TMP}/scenario.json`, 'utf8'));
const db = new pg.Client({ connectionString: fs.readFileSync(`${TMP}/dburl`, 'utf8').trim() });
await db.connect();
const one = async (sql) => (await db.query(sql)).rows[0]?.id;
const IDS = {
  booking: S.booking,
  offering: S.offeringId,
  platform: S.platformId,
  equipment: S.eq,
  slot: S.slots[1].id,
  request: S.requestId,
  proposal: S.proposal,
  programme: S.programme,
  organization: S.o3org,
  charge: await one(`select id from booking_charge where booking_id = '${S.booking}'`),
  user: await one(`select id from app_user where email = 'expert-jiangsu@pilotmatch.demo'`),
  notification: await one(`select id from notification limit 1`),
  round: await one(`select id from evaluation_round limit 1`),
  obligation: await one(`select id from open_access_obligation limit 1`),
};
const kindOf = (field, arg) => {
  const n = `${arg}`.replace(/Ids?$/, '').toLowerCase();
  const direct = {
    offering: 'offering',
    platform: 'platform',
    equipment: 'equipment',
    slot: 'slot',
    booking: 'booking',
    request: 'request',
    proposal: 'proposal',
    programme: 'programme',
    organization: 'organization',
    round: 'round',
    expert: 'user',
    user: 'user',
    charge: 'charge',
    subject: 'booking',
  }[n];
  if (direct) return direct;
  const f = field.toLowerCase();
  for (const [k, v] of [
    ['booking', 'booking'],
    ['offering', 'offering'],
    ['platform', 'platform'],
    ['equipment', 'equipment'],
    ['pilotrequest', 'request'],
    ['proposal', 'proposal'],
    ['round', 'round'],
    ['organization', 'organization'],
    ['charge', 'charge'],
    ['voucher', 'programme'],
    ['notification', 'notification'],
    ['slot', 'slot'],
  ])
    if (f.includes(k)) return v;
  return 'booking';
};
const intro = await gql(null, getIntrospectionQuery());
const schema = buildClientSchema(intro.data);
const soon = new Date(Date.now() + 3 * 86400e3).toISOString();
function sample(type, field, name) {
  if (isNonNullType(type)) return sample(type.ofType, field, name);
  if (isListType(type)) return [sample(type.ofType, field, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type, field, f.name)]),
    );
  if (isScalarType(type)) {
    if (type.name === 'ID') return IDS[kindOf(field, name)] ?? IDS.booking;
    if (type.name === 'String' && /province/i.test(name)) return '32';
    return { Int: 1, Float: 1.5, Boolean: false, DateTime: soon, Money: '100.00' }[type.name] ?? '探针';
  }
  return null;
}
const RAW = '__RAW__';
// Probe 16: text PostgreSQL or a reader cannot take as it was sent (NUL, half a surrogate pair), direction overrides,
// emoji sequences, 10 000 characters. FUZZ_CASES=unicode sends these alone, at every text argument and input field.
const UNICODE = [
  ['a NUL', 'a\u0000b'],
  ['a lone high surrogate', 'a\ud800b'],
  ['a lone low surrogate at the end', 'ab\udfff'],
  ['an RTL override', '\u202eevil\u202c名'],
  ['RTL text', 'مرحبا עברית'],
  ['an emoji ZWJ sequence', '👩‍🔬🧪🏳️‍🌈'],
  ['10 000 characters', '中'.repeat(10_000)],
  ['a BOM and a NUL only', '\ufeff\u0000'],
];
const UNICODE_ONLY = process.env.FUZZ_CASES === 'unicode';
function hostile(type, field, name) {
  const inner = getNamedType(type);
  if (UNICODE_ONLY) return isScalarType(inner) && ['String', 'ID'].includes(inner.name) ? UNICODE : [];
  const cases = [
    ['a null', null],
    ['an object', { a: 1 }],
    ['a nested list', [[1]]],
  ];
  if (isListType(isNonNullType(type) ? type.ofType : type)) {
    const item = sample(type.ofType?.ofType ?? type.ofType, field, name);
    cases.push(
      ['10 000 items', Array.from({ length: 10000 }, () => item)],
      ['a list of nulls', [null, null]],
      ['a list nested 50 deep', JSON.parse('['.repeat(50) + ']'.repeat(50))],
    );
  }
  if (isEnumType(inner))
    cases.push(
      ['a lowercase enum value', inner.getValues()[0].value.toLowerCase()],
      ['a number for an enum', 0],
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
    );
  if (isInputObjectType(inner))
    cases.push(
      ['__proto__ field', { ...sample(inner, field, name), __proto__: { polluted: true } }],
      ['a huge object', Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))],
    );
  if (isScalarType(inner))
    switch (inner.name) {
      case 'String':
        cases.push(
          ['1 MB of text', 'x'.repeat(1_000_000)],
          ['invisible only (ZWSP, BOM, ZWJ)', '\u200b\ufeff\u200d'],
          ['decomposed Unicode', 'e\u0301'.repeat(50)],
          ['a line separator', 'a\u2028b'],
          ['a number for a text', 123],
          ['a very long word', '长'.repeat(200_001)],
          ['only combining marks', '\u0301'.repeat(500)],
          ['%00 and ${}', '%00${x}{{x}}'],
          ...UNICODE,
        );
        break;
      case 'ID': {
        const idv = IDS[kindOf(field, name)] ?? IDS.booking;
        for (const [k, v] of Object.entries(IDS)) if (v && v !== idv) cases.push([`an id of a ${k}`, v]);
        cases.push(
          ['an uppercase uuid', idv.toUpperCase()],
          ['a uuid in braces', `{${idv}}`],
          ['the nil uuid', '00000000-0000-0000-0000-000000000000'],
          ['the max uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
          ['a number for an id', 12345],
          ['a uuid without hyphens', idv.replace(/-/g, '')],
        );
        break;
      }
      case 'Int':
        cases.push(
          ['2^31', 2147483648],
          ['-2^31-1', -2147483649],
          ['2^53+1', RAW + '9007199254740993'],
          ['1e20', 1e20],
          ['-0', RAW + '-0'],
          ['1.0', RAW + '1.0'],
          ['a numeric string', '1'],
          ['true', true],
          ['1e309', RAW + '1e309'],
        );
        break;
      case 'Float':
        cases.push(
          ['1e309 (Infinity)', RAW + '1e309'],
          ['-1e309', RAW + '-1e309'],
          ['1e-400', RAW + '1e-400'],
          ['-0', RAW + '-0'],
          ['2^53+1', RAW + '9007199254740993'],
          ['true', true],
        );
        break;
      case 'DateTime':
        cases.push(
          ['nanoseconds', '2026-12-20T00:00:00.123456789Z'],
          ['hour 24', '2026-12-20T24:00:00Z'],
          ['a leap second', '2016-12-31T23:59:60Z'],
          ['a week date', '2026-W52-1T00:00:00Z'],
          ['an expanded year', '+002026-12-20T00:00:00Z'],
          ['lowercase t and z', '2026-12-20t00:00:00z'],
          ['a leading space', ' 2026-12-20T00:00:00Z'],
          ['offset +14:00', '2026-12-20T00:00:00+14:00'],
          ['offset -23:59', '2026-12-20T00:00:00-23:59'],
          ['year 1899', '1899-12-31T23:59:59Z'],
          ['a space for T', '2026-12-20 00:00:00Z'],
        );
        break;
      case 'Money':
        cases.push(
          ['thousands separators', '1,000.00'],
          ['full-width digits', '１００.００'],
          ['padded', ' 100.00 '],
          ['a plus sign', '+100.00'],
          ['.5', '.5'],
          ['100.', '100.'],
          ['-0', '-0'],
          ['hex', '0x10'],
          ['underscores', '1_000'],
          ['1e309', RAW + '1e309'],
          ['NaN', 'NaN'],
          ['Infinity', 'Infinity'],
          ['2^53+1 as a number', RAW + '9007199254740993'],
        );
        break;
      case 'Boolean':
        cases.push(['1', 1], ['"false"', 'false']);
        break;
    }
  return cases;
}
function setAt(obj, path, value) {
  if (!path.length) return value;
  const [h, ...rest] = path;
  const c = Array.isArray(obj) ? [...obj] : { ...(obj ?? {}) };
  c[h] = setAt(c[h], rest, value);
  return c;
}
function places(type, field, name, path = []) {
  const out = [{ path, type, name }];
  const inner = getNamedType(type);
  if (isInputObjectType(inner) && path.length < 4)
    for (const f of Object.values(inner.getFields()))
      out.push(
        ...places(f.type, field, f.name, [
          ...path,
          ...(isListType(isNonNullType(type) ? type.ofType : type) ? [0] : []),
          f.name,
        ]),
      );
  return out;
}
function selection(type, depth = 0) {
  const t = getNamedType(type);
  if (isLeafType(t)) return '';
  if (!isObjectType(t) || depth > 1) return '{ __typename }';
  const leaves = Object.values(t.getFields()).filter(
    (f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)),
  );
  return `{ __typename ${leaves
    .slice(0, 12)
    .map((f) => f.name)
    .join(' ')} }`;
}
async function send(token, query, variables) {
  let body = JSON.stringify({ query, variables });
  const raws = [];
  body = body.replace(/"__RAW__([^"]*)"/g, (_, v) => (raws.push(v), v));
  const t0 = Date.now();
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), 20000);
  try {
    const res = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      signal: ctl.signal,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = { nonJson: text.slice(0, 200) };
    }
    return { status: res.status, json, ms: Date.now() - t0 };
  } catch (e) {
    return { status: 0, json: { fetchError: String(e) }, ms: Date.now() - t0 };
  } finally {
    clearTimeout(timer);
  }
}
const FP = `select concat_ws('|', ${[
  'booking',
  'booking_slot',
  'booking_event',
  'booking_charge',
  'booking_charge_line',
  'capacity_slot',
  'service_offering',
  'platform',
  'equipment',
  'equipment_booking_rules',
  'pilot_request',
  'pilot_request_share',
  'proposal',
  'organization',
  'app_user',
  'open_access_obligation',
  'voucher_programme',
  'voucher_redemption',
  'evaluation_round',
  'evaluation_score',
  'level_decision',
  'invitation',
]
  .map((t) => `(select count(*) || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') from ${t} x)`)
  .join(', ')}) fp`;
const fingerprint = async () => (await db.query(FP)).rows[0].fp;
const actors = {};
for (const w of ['startup', 'operator', 'authority-jiangsu', 'admin']) actors[w] = await demo(w);
actors.op3 = S.o3;
actors.anonymous = null;
const findings = [];
const note = (what, detail) => {
  findings.push({ what, ...detail });
  console.log('FINDING', what, JSON.stringify(detail).slice(0, 700));
};
let sent = 0;
for (const [root, rootType] of [
  ['query', schema.getQueryType()],
  ['mutation', schema.getMutationType()],
]) {
  for (const field of Object.values(rootType.getFields())) {
    if (only && !only.test(field.name)) continue;
    if (['login', 'register', 'signOut'].includes(field.name) || field.args.length === 0) continue;
    const decl = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
    const query = `${root} (${decl}) { r: ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection(field.type)} }`;
    const base = Object.fromEntries(
      field.args
        .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
        .map((a) => [a.name, sample(a.type, field.name, a.name)]),
    );
    const who =
      root === 'query'
        ? ['startup', 'operator', 'anonymous']
        : ['startup', 'operator', 'authority-jiangsu', 'admin', 'op3'];
    const before = root === 'mutation' ? await fingerprint() : null;
    let anyOk = false;
    const errorsOnly = [];
    for (const arg of field.args)
      for (const place of places(arg.type, field.name, arg.name)) {
        const fieldName = place.path.length ? String(place.path.at(-1)) : arg.name;
        for (const [label, value] of hostile(place.type, field.name, fieldName)) {
          const variables = {
            ...base,
            [arg.name]: setAt(base[arg.name] ?? sample(arg.type, field.name, arg.name), place.path, value),
          };
          for (const actor of who) {
            const r = await send(actors[actor], query, variables);
            sent++;
            const errs = r.json.errors ?? [];
            const at = `${field.name}(${arg.name}${place.path.length ? '.' + place.path.join('.') : ''}) ← ${label} as ${actor}`;
            if (r.status >= 500 || r.status === 0)
              note('HTTP 5xx or no answer', { at, status: r.status, body: JSON.stringify(r.json).slice(0, 300) });
            if (r.json.nonJson) note('non-JSON answer', { at, body: r.json.nonJson });
            if (r.ms > 10000) note('slow', { at, ms: r.ms });
            for (const e of errs) {
              if (e.extensions?.code === 'INTERNAL_SERVER_ERROR')
                note('INTERNAL_SERVER_ERROR', { at, message: e.message });
              if (e.extensions?.stacktrace || e.extensions?.exception) note('stack trace', { at });
              if (e.extensions?.code === 'BAD_USER_INPUT' && !e.extensions?.fields?.length)
                note('BAD_USER_INPUT without fields', { at, message: e.message, reason: e.extensions?.reason });
            }
            if (r.json.data?.r !== undefined && r.json.data.r !== null && !errs.length) {
              anyOk = true;
              if (root === 'mutation') console.log('accepted:', at);
            } else if (root === 'mutation') errorsOnly.push(at);
          }
        }
      }
    if (root === 'mutation' && !anyOk && before !== (await fingerprint()))
      note('database changed although every call was refused', { field: field.name });
    console.log(`${field.name}: done (${sent} sent)`);
  }
}
console.log(`${sent} requests, ${findings.length} findings`);
fs.writeFileSync(`${TMP}/fuzz-findings.json`, JSON.stringify(findings, null, 1));
await db.end();
