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

/** The data of an answer, or throw naming `label` and its errors. */
export function must(label, r, pick = (d) => d) {
  if (r.errors || !r.data) throw new Error(`${label}: ${JSON.stringify(errs(r))}`);
  return pick(r.data);
}

/** Prints an answer: its data, or its errors marked BAD when one is untyped, internal, a stack or fields-less input. */
export function judge(label, r, extra = '') {
  if (!r.errors) return console.log('data', label, extra, JSON.stringify(r.data).slice(0, 300));
  const e = errs(r);
  const bad = e.some(
    (x) => !x.code || x.code === 'INTERNAL_SERVER_ERROR' || x.stack || (x.code === 'BAD_USER_INPUT' && !x.fields),
  );
  console.log(bad ? 'BAD ' : 'ok  ', label, extra, JSON.stringify(e).slice(0, 300));
}

export const iso = (t) => new Date(t).toISOString();

/**
 * A new Jiangsu leading enterprise with a published platform, `kilns` pieces of equipment under `rules` and one offering
 * using them all at `pricing` (probe 14's setups).
 */
export async function newOperator(
  label,
  { kilns = 1, rules = {}, pricing = { model: 'HOURLY', amount: '200.00' } } = {},
) {
  const stamp = String(Date.now() % 1e7);
  const op = must(
    'register',
    await gql(null, `mutation($i:RegisterInput!){register(input:$i){token}}`, {
      i: {
        email: `probe-${stamp}-${Math.floor(Math.random() * 1e6)}@probe.example`,
        password: 'Vq8#nZ4!rK2mWx',
        displayName: label,
        organization: { kind: 'LARGE_ENTERPRISE', name: `${label}装备${stamp}`, province: '32', city: '无锡' },
      },
    }),
    (d) => d.register.token,
  );
  const platformId = await createPlatform(op, `${label}中试平台${stamp}`, label);
  const equipmentIds = [];
  for (let k = 0; k < kilns; k++) {
    const id = must(
      'equipment',
      await gql(op, `mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
        i: { platformId, name: `${label}窑${k}`, category: '窑炉' },
      }),
      (d) => d.createEquipment.id,
    );
    must(
      'rules',
      await gql(op, `mutation($i:BookingRulesInput!){setBookingRules(input:$i){minNoticeHours}}`, {
        i: { equipmentId: id, minNoticeHours: 0, confirmationMode: 'AUTOMATIC', ...rules },
      }),
    );
    equipmentIds.push(id);
  }
  const offer = async (offeringPricing) =>
    must(
      'offering',
      await gql(op, `mutation($i:CreateOfferingInput!){createOffering(input:$i){id}}`, {
        i: {
          platformId,
          title: `${label} ${offeringPricing.model} ${stamp}`,
          description: '机时',
          serviceType: 'EQUIPMENT_SHARING',
          equipmentIds,
          pricing: offeringPricing,
        },
      }),
      (d) => d.createOffering.id,
    );
  const offeringId = await offer(pricing);
  must('publish', await gql(op, `mutation($id:ID!){publishPlatform(id:$id){status}}`, { id: platformId }));
  /** Publishes runs ([start, minutes]) on one kiln (the first by default): their slots. */
  const publish = async (runs, equipmentId = equipmentIds[0]) =>
    must(
      'slots',
      await gql(op, `mutation($i:PublishSlotsInput!){publishSlots(input:$i){id startsAt endsAt}}`, {
        i: { equipmentId, slots: runs.map(([s, minutes]) => ({ startsAt: iso(s), endsAt: iso(s + minutes * 60e3) })) },
      }),
      (d) => d.publishSlots,
    );
  return { op, stamp, platformId, equipmentIds, offeringId, offer, publish };
}

/** A DRAFT Jiangsu platform of `op` named `name`: its id. */
export async function createPlatform(op, name, summary = name) {
  return must(
    'platform',
    await gql(op, `mutation($i:CreatePlatformInput!){createPlatform(input:$i){id}}`, {
      i: {
        name,
        city: '无锡',
        province: '32',
        constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
        industryDirection: 'RAW_MATERIALS',
        summary,
      },
    }),
    (d) => d.createPlatform.id,
  );
}

const shanghaiDay = (t) => new Date(t + 8 * 3600e3).toISOString().slice(0, 10);

/**
 * A year of five 4-hour runs a day with 30 minutes between them on one piece of equipment (1 795 slots, under the
 * 2 000 a pattern may make): a publishRecurringSlots input (probe 15's bulk work).
 */
export const yearOfRuns = (equipmentId) => ({
  equipmentId,
  fromDay: shanghaiDay(Date.now() + 2 * 86400e3),
  toDay: shanghaiDay(Date.now() + 360 * 86400e3),
  weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
  startTime: '00:30',
  durationHours: 4,
  runsPerDay: 5,
  changeoverMinutes: 30,
});

/** A Jiangsu voucher programme for start-ups' equipment sharing, valid now: its id (the authority's token `au`). */
export async function issueProgramme(au, name, { sharePercent = 50, budget = '500.00' } = {}) {
  return must(
    'programme',
    await gql(au, `mutation($i:IssueVoucherProgrammeInput!){issueVoucherProgramme(input:$i){id}}`, {
      i: {
        name,
        province: '32',
        reference: '苏工信〔2026〕9号',
        budget,
        capPerRequesterPerYear: budget,
        sharePercent,
        eligibleKinds: ['STARTUP'],
        eligibleServiceTypes: ['EQUIPMENT_SHARING'],
        validFrom: iso(Date.now() - 86400e3),
        validTo: iso(Date.now() + 300 * 86400e3),
      },
    }),
    (d) => d.issueVoucherProgramme.id,
  );
}

/** A start-up's (any requester's) EQUIPMENT_ACCESS pilot request for equipment sharing, window now – 60 days: its id. */
export async function postRequest(token, title, extra = {}) {
  return must(
    'request',
    await gql(token, `mutation($i:CreatePilotRequestInput!){createPilotRequest(input:$i){id}}`, {
      i: {
        kind: 'EQUIPMENT_ACCESS',
        title,
        description: '烧结验证',
        confidential: false,
        serviceTypes: ['EQUIPMENT_SHARING'],
        windowFrom: iso(Date.now()),
        windowTo: iso(Date.now() + 60 * 86400e3),
        budgetMin: '50.00',
        budgetMax: '5000.00',
        preferredProvinces: ['32'],
        ...extra,
      },
    }),
    (d) => d.createPilotRequest.id,
  );
}

/** A SubmitProposalInput holding `slot` ({id, startsAt, endsAt}) for the job, valid three days. */
export const proposalInput = (requestId, offeringId, slot, extra = {}) => ({
  requestId,
  offeringId,
  slotIds: [slot.id],
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  priceAmount: '180.00',
  validUntil: iso(Date.now() + 3 * 86400e3),
  message: '探针',
  ...extra,
});

/** `op` submits `input`: the proposal's id. */
export const propose = async (op, input) =>
  must(
    'propose',
    await gql(op, `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id}}`, { i: input }),
    (d) => d.submitProposal.id,
  );

/** Waits up to 60 s for the outbox to drain: what is still pending ({ n, failing }), n 0 when it drained. */
export async function outboxPending(db) {
  let pending;
  for (let i = 0; i < 60; i++) {
    pending = (
      await db.query(
        `select count(*)::int n, count(*) filter (where attempts > 0)::int failing from outbox_message where processed_at is null`,
      )
    ).rows[0];
    if (pending.n === 0) break;
    await new Promise((ok) => setTimeout(ok, 1000));
  }
  return pending;
}
