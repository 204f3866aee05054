// Probe 17: cross-actor reads through nested fields, enumerated from the schema. A victim world with a marker in every
// private text (a confidential request's description, proposal messages, a booking's brief, outcome, adjustment and
// credit reasons, a decline reason) and private ids (bookings, charges, proposals); then every root query, its ID
// arguments filled with the victim's ids (and, for operators, their own platform's), selecting every field to depth
// 5, as each attacker. A marker or private id in an answer prints "HIT" with the path it was found at.
//   node nested-walk.mjs setup   (waits for the victim's slot to start, completes and credits)
//   node nested-walk.mjs walk
import fs from 'node:fs';
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
} from 'graphql';
import { gql, demo, must, errs, newOperator, iso, postRequest, proposalInput, propose } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const STATE = `${TMP}/nested.json`;
const D = 86400e3;
const phase = process.argv[2];

if (phase === 'setup') {
  const sme = await demo('sme');
  const v = await newOperator('丙', { kilns: 2 });
  const w = await newOperator('丁', { kilns: 1 });
  const tag = v.stamp;
  const M = (k) => `MK${k}${tag}`;
  const start = Math.ceil((Date.now() + 100e3) / 60e3) * 60e3;
  const [s0] = await v.publish([[start, 30]], v.equipmentIds[0]);
  const ahead = await v.publish([
    [Date.now() + 3 * D, 60],
    [Date.now() + 4 * D, 60],
    [Date.now() + 5 * D, 60],
  ]);
  const [ws] = await w.publish([[Date.now() + 3 * D, 60]]);
  const requestId = await postRequest(sme, `机密窑炉需求 ${tag}`, {
    description: `${M('DESC')} 配方`,
    confidential: true,
    windowTo: iso(Date.now() + 30 * D),
    budgetMax: '4321.00',
  });
  must(
    'share',
    await gql(sme, `mutation($id:ID!,$p:ID!){sharePilotRequest(id:$id,platformId:$p){id}}`, {
      id: requestId,
      p: v.platformId,
    }),
  );
  const offer = (op, b, slot, message) =>
    propose(op, proposalInput(requestId, b.offeringId, slot, { priceAmount: '321.00', message }));
  const vProposal = await offer(v.op, v, ahead[0], M('PMSG'));
  const wProposal = await offer(w.op, w, ws, M('WMSG'));
  const book = async (slot, key) =>
    must(
      'book',
      await gql(sme, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id}}`, {
        i: { offeringId: v.offeringId, slotIds: [slot.id], brief: M('BRIEF'), idempotencyKey: `nw-${key}-${tag}` },
      }),
      (d) => d.requestBooking.id,
    );
  const done = await book(s0, 0);
  const declined = await book(ahead[1], 1);
  must(
    'cancel',
    await gql(sme, `mutation($id:ID!,$r:String){cancelBooking(id:$id,reason:$r){status}}`, {
      id: declined,
      r: M('CANCEL'),
    }),
  );
  const programmes = (await gql(null, `{voucherProgrammes(province:"32",validNow:true,first:5){id}}`)).data
    .voucherProgrammes;
  for (const p of programmes) {
    const r = await gql(sme, `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){id}}`, {
      b: done,
      p: p.id,
    });
    if (r.data) break;
  }
  console.log('waiting', Math.round((start - Date.now()) / 1000), 's for the start');
  await new Promise((ok) => setTimeout(ok, Math.max(0, start - Date.now() + 1500)));
  const charge = must(
    'complete',
    await gql(
      v.op,
      `mutation($id:ID!,$a:[ChargeAdjustmentInput!]!){completeBooking(id:$id,outcome:"${M('OUT')}",adjustments:$a){charge{id}}}`,
      { id: done, a: [{ amount: '-5.00', reason: M('ADJ') }] },
    ),
    (d) => d.completeBooking.charge.id,
  );
  must(
    'credit',
    await gql(v.op, `mutation($i:CreditChargeInput!){creditCharge(input:$i){net}}`, {
      i: { chargeId: charge, amount: '1.00', reason: M('CRED') },
    }),
  );
  const smeOrg = must('sme org', await gql(sme, '{me{organization{id}}}'), (d) => d.me.organization.id);
  fs.writeFileSync(
    STATE,
    JSON.stringify({
      tag,
      v: { op: v.op, platformId: v.platformId, offeringId: v.offeringId, equipmentIds: v.equipmentIds },
      w: { op: w.op, platformId: w.platformId, offeringId: w.offeringId, equipmentIds: w.equipmentIds },
      requestId,
      vProposal,
      wProposal,
      bookings: [done, declined],
      charge,
      smeOrg,
      programmes: programmes.map((p) => p.id),
      slots: [s0.id, ...ahead.map((s) => s.id)],
    }),
  );
  console.log('set up', tag);
} else {
  const S = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  const intro = await gql(null, getIntrospectionQuery());
  const schema = buildClientSchema(intro.data);
  const Q = schema.getQueryType().getFields();
  // CONTROL=1 walks as the victims themselves: the walk must find what they may see, or it proves nothing.
  const attackers = process.env.CONTROL
    ? { sme: await demo('sme'), opV: S.v.op, auJS: await demo('authority-jiangsu') }
    : {
        anon: null,
        startup: await demo('startup'),
        university: await demo('university'),
        operator: await demo('operator'),
        staff: await demo('operator-staff'),
        expert: await demo('expert-jiangsu'),
        opW: S.w.op,
      };
  // What no attacker may read, and what only the request's parties may: markers and private ids.
  const secrets = {
    [`MKDESC${S.tag}`]: 'confidential description',
    [`MKPMSG${S.tag}`]: "the victim operator's proposal message",
    [`MKBRIEF${S.tag}`]: 'booking brief',
    [`MKOUT${S.tag}`]: 'completion outcome',
    [`MKADJ${S.tag}`]: 'adjustment reason',
    [`MKCRED${S.tag}`]: 'credit reason',
    [`MKCANCEL${S.tag}`]: 'cancellation reason',
    [S.bookings[0]]: 'booking id',
    [S.bookings[1]]: 'cancelled booking id',
    [S.charge]: 'charge id',
    [S.vProposal]: "victim operator's proposal id",
    '4321.00': 'confidential budget',
  };
  // Only the requester (and W itself) may read W's blind proposal.
  const wSecrets = { [`MKWMSG${S.tag}`]: "W's blind proposal message", [S.wProposal]: "W's proposal id" };
  // W proposed blind: it may see its own proposal, never the victim's nor who asked.
  const secretsFor = (who) =>
    who === 'opW'
      ? { ...secrets, [S.smeOrg]: 'requester of a confidential request' }
      : who === 'sme'
        ? secrets
        : { ...secrets, ...wSecrets };
  const ID = {
    booking: S.bookings[0],
    offering: S.v.offeringId,
    platform: S.v.platformId,
    equipment: S.v.equipmentIds[0],
    slot: S.slots[0],
    request: S.requestId,
    proposal: S.vProposal,
    programme: S.programmes[0],
    organization: S.smeOrg,
    charge: S.charge,
  };
  const kind = (field, arg) => {
    const n = arg.replace(/Ids?$/, '').toLowerCase();
    if (ID[n]) return n;
    if (n === 'id' || n === 'subject') {
      for (const k of [
        'booking',
        'offering',
        'platform',
        'equipment',
        'request',
        'proposal',
        'round',
        'charge',
        'organization',
      ])
        if (field.toLowerCase().includes(k)) return k;
      if (/voucher/i.test(field)) return 'programme';
    }
    return 'booking';
  };
  const literal = (type, field, name, ids) => {
    if (isNonNullType(type)) return literal(type.ofType, field, name, ids);
    if (isListType(type)) return `[${literal(type.ofType, field, name, ids)}]`;
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type))
      return `{${Object.values(type.getFields())
        .filter(
          (f) =>
            (isNonNullType(f.type) && f.defaultValue === undefined) || /platformId|organizationId|query/.test(f.name),
        )
        .map((f) => `${f.name}:${literal(f.type, field, f.name, ids)}`)
        .join(',')}}`;
    const s = getNamedType(type).name;
    if (s === 'ID') return JSON.stringify(ids[kind(field, name)] ?? ids.booking);
    if (s === 'Int')
      return /first|limit|months/.test(name) ? '20' : name === 'periods' ? '12' : name === 'year' ? '2026' : '0';
    if (s === 'DateTime') return JSON.stringify(iso(/to$/i.test(name) ? Date.now() + 30 * D : Date.now() - 30 * D));
    if (s === 'Boolean') return 'false';
    if (s === 'Money') return '"100.00"';
    if (s === 'Float') return '1';
    if (/province|scope/i.test(name)) return '"32"';
    if (/month/i.test(name)) return '"2026-11"';
    if (/query|prefix/.test(name)) return JSON.stringify(`机密窑炉需求 ${S.tag}`);
    return '"x"';
  };
  const args = (f, ids) => {
    const given = f.args.filter(
      (a) =>
        isNonNullType(a.type) ||
        (/Id$|^first$|^limit$|^province$/.test(a.name) &&
          !(a.name === 'equipmentId' && f.args.some((b) => b.name === 'offeringId'))),
    );
    return given.length ? `(${given.map((a) => `${a.name}:${literal(a.type, f.name, a.name, ids)}`).join(',')})` : '';
  };
  const select = (type, depth, ids) => {
    const t = getNamedType(type);
    if (!isObjectType(t)) return '';
    if (t.name === 'Label') return '{zh}';
    if (depth === 0) return t.getFields().id ? '{id}' : '{__typename}';
    const parts = Object.values(t.getFields()).map((f) => {
      const inner = getNamedType(f.type);
      return isObjectType(inner) ? `${f.name}${args(f, ids)}${select(f.type, depth - 1, ids)}` : f.name;
    });
    return `{${parts.join(' ')}}`;
  };
  const find = (value, path, out, table) => {
    if (typeof value === 'string') {
      for (const [s, what] of Object.entries(table)) if (value.includes(s)) out.push(`${what} at ${path}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => find(v, `${path}[${i}]`, out, table));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) find(v, `${path}.${k}`, out, table);
  };
  let hits = 0,
    sent = 0;
  const skip = /^(vocabulary|provinces|serviceFigureDefinitions|demoAccounts|searchSuggestions)$/;
  for (const [who, token] of Object.entries(attackers)) {
    const idSets = [ID];
    if (who === 'opW')
      idSets.push({
        ...ID,
        platform: S.w.platformId,
        offering: S.w.offeringId,
        equipment: S.w.equipmentIds[0],
        proposal: S.wProposal,
      });
    if (who === 'operator' || who === 'staff')
      idSets.push({ ...ID, platform: '0e9aba67-25e3-51a6-96db-32a0c5b03b23', proposal: S.wProposal });
    for (const ids of idSets)
      for (const f of Object.values(Q)) {
        if (skip.test(f.name)) continue;
        const query = `{${f.name}${args(f, ids)}${select(f.type, 4, ids)}}`;
        let r = await gql(token, query);
        sent++;
        for (
          let depth = 3;
          depth >= 1 && r.errors?.some((e) => e.extensions?.reason === 'QUERY_TOO_COMPLEX');
          depth--
        ) {
          r = await gql(token, `{${f.name}${args(f, ids)}${select(f.type, depth, ids)}}`);
          sent++;
        }
        const found = [];
        find(r.data, f.name, found, secretsFor(who));
        const e = errs(r)[0];
        if (e && (e.code === 'INTERNAL_SERVER_ERROR' || !e.code)) found.push(`untyped error ${JSON.stringify(e)}`);
        if (found.length) {
          hits++;
          console.log('HIT ', who, f.name, JSON.stringify([...new Set(found)]).slice(0, 700));
        } else if (process.env.VERBOSE)
          console.log(
            'ok  ',
            who,
            f.name,
            e ? `${e.code}/${e.reason ?? ''} ${e.msg.slice(0, 160)}` : JSON.stringify(r.data).slice(0, 100),
          );
      }
  }
  console.log(`${sent} queries, ${hits} with hits`);
  // MUTATIONS=1: every mutation naming an id, aimed at the victim's, as each signed-in attacker; an answer with data
  // prints DATA (to judge: some are legitimate, e.g. a blind proposal), a marker HIT.
  if (process.env.MUTATIONS) {
    const M = schema.getMutationType().getFields();
    const namesId = (type, seen = new Set()) => {
      const t = getNamedType(type);
      if (isScalarType(t)) return t.name === 'ID';
      if (!isInputObjectType(t) || seen.has(t.name)) return false;
      seen.add(t.name);
      return Object.values(t.getFields()).some((f) => namesId(f.type, seen));
    };
    for (const [who, token] of Object.entries(attackers)) {
      if (!token) continue;
      for (const f of Object.values(M)) {
        if (/^(login|register|signOut)$/.test(f.name) || !f.args.some((a) => namesId(a.type))) continue;
        const r = await gql(token, `mutation{${f.name}${args(f, ID)}${select(f.type, 3, ID)}}`);
        const found = [];
        find(r.data, f.name, found, secretsFor(who));
        const e = errs(r)[0];
        if (e && (e.code === 'INTERNAL_SERVER_ERROR' || !e.code)) found.push(`untyped error ${JSON.stringify(e)}`);
        if (found.length) console.log('HIT ', who, f.name, JSON.stringify([...new Set(found)]).slice(0, 700));
        else if (r.data) console.log('DATA', who, f.name, JSON.stringify(r.data).slice(0, 200));
        else if (process.env.VERBOSE)
          console.log('ok  ', who, f.name, `${e.code}/${e.reason ?? ''} ${e.msg.slice(0, 120)}`);
      }
    }
  }
}
