// Probe 17: kill -9 while proposals are submitted and accepted and while completions redeem one voucher programme.
// Two new Jiangsu operators (A, B); the start-up's OWNER and a second user (an ADMIN it invited) and the SME book
// 100.00 runs on both and apply one small programme (50 %, budget 500.00, cap 300.00 a year per organization), so
// budget and cap run out during the completions; R requests get a proposal from each operator holding a slot, and both
// are accepted at the same moment by the two start-up users; Q more requests get proposals submitted during the fire.
//   node crash-money.mjs setup   (then wait for the printed start)
//   node crash-money.mjs fire    (crash-money.sh kills the API during it)
//   node crash-money.mjs verify  (after the restart: invariants, retries, invariants again)
import fs from 'node:fs';
import pg from 'pg';
import { gql, demo, must, errs, newOperator, iso, postRequest, proposalInput, propose, outboxPending } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const STATE = `${TMP}/crash-money.json`;
const LOG = `${TMP}/crash-money.log`;
const phase = process.argv[2];
const dburl = () => fs.readFileSync(`${TMP}/dburl`, 'utf8').trim();
const D = 86400e3;
const R = Number(process.env.R ?? 10);
const Q = Number(process.env.Q ?? 6);
const K = Number(process.env.K ?? 8);

const ACCEPT = `mutation($id:ID!){acceptProposal(id:$id){id status proposalId}}`;
const COMPLETE = `mutation($id:ID!){completeBooking(id:$id,outcome:"完成"){status charge{id total voucherCovered}}}`;
const CREDIT = `mutation($i:CreditChargeInput!){creditCharge(input:$i){net voucherCovered}}`;
// Three credits of 10.00 per charge, each under its own key (CREDIT_KEYS=0: none, as before the fix).
const creditInput = (c, k) => ({
  chargeId: c.chargeId,
  amount: '10.00',
  reason: '崩溃退款',
  ...(process.env.CREDIT_KEYS === '0' ? {} : { idempotencyKey: `crash-credit-${c.chargeId}-${k}` }),
});
const SUBMIT = `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id status}}`;

async function secondUser(owner, db) {
  const email = `probe17-st2-${Date.now() % 1e7}@probe.example`;
  must(
    'invite',
    await gql(owner, `mutation($i:InviteMemberInput!){inviteMember(input:$i){id}}`, { i: { email, role: 'ADMIN' } }),
  );
  const me = must('me', await gql(owner, `{me{organization{id}}}`), (d) => d.me.organization.id);
  let text;
  for (let i = 0; i < 20 && !text; i++) {
    text = (
      await db.query(
        `SELECT payload->>'text' AS text FROM outbox_message WHERE topic = 'notification.email' AND payload->>'to' = $1 ORDER BY id DESC LIMIT 1`,
        [email],
      )
    ).rows[0]?.text;
    if (!text) await new Promise((ok) => setTimeout(ok, 500));
  }
  const invitationToken = /invitationToken: (\S+)/.exec(text ?? '')?.[1];
  return must(
    'register st2',
    await gql(null, `mutation($i:RegisterInput!){register(input:$i){token}}`, {
      i: { email, password: 'Vq8#nZ4!rK2mWx', displayName: '第二人', organizationId: me, invitationToken },
    }),
    (d) => d.register.token,
  );
}

if (phase === 'setup') {
  const db = new pg.Client({ connectionString: dburl() });
  await db.connect();
  // The previous round's covered charges are credited during this round's fire (credits return coverage).
  const previous = fs.existsSync(STATE) ? JSON.parse(fs.readFileSync(STATE, 'utf8')) : null;
  const credits = previous
    ? (
        await db.query(
          `select c.id, c.operator_organization_id from booking_charge c join voucher_redemption r on r.charge_id = c.id
            where r.programme_id = $1 and r.amount > 0 and c.booking_id = any($2)`,
          [previous.programme, previous.bookings.map((b) => b.id)],
        )
      ).rows.map((r) => ({
        chargeId: r.id,
        organizationId: r.operator_organization_id,
      }))
    : [];
  const opOrgs = previous
    ? await Promise.all(
        previous.ops.map(async (o) => (await gql(o.op, '{me{organization{id}}}')).data.me.organization.id),
      )
    : [];
  for (const c of credits) c.op = previous.ops[opOrgs.indexOf(c.organizationId)].op;
  const st = await demo('startup');
  const sme = await demo('sme');
  const au = await demo('authority-jiangsu');
  const st2 = await secondUser(st, db);
  const ops = [await newOperator('甲', { kilns: K }), await newOperator('乙', { kilns: K })];
  const programme = must(
    'programme',
    await gql(au, `mutation($i:IssueVoucherProgrammeInput!){issueVoucherProgramme(input:$i){id}}`, {
      i: {
        name: `探针十七券${ops[0].stamp}`,
        province: '32',
        reference: '苏工信〔2026〕17号',
        budget: '500.00',
        capPerRequesterPerYear: '300.00',
        sharePercent: 50,
        eligibleKinds: ['STARTUP', 'SME'],
        eligibleServiceTypes: ['EQUIPMENT_SHARING'],
        validFrom: iso(Date.now() - D),
        validTo: iso(Date.now() + 300 * D),
      },
    }),
    (d) => d.issueVoucherProgramme.id,
  );
  const bookers = { st, st2, sme };
  const names = ['st', 'st2', 'sme'];
  const start = Math.ceil((Date.now() + 150e3) / 60e3) * 60e3;
  const bookings = [];
  for (const [o, b] of ops.entries())
    for (let k = 0; k < K; k++) {
      const [slot] = await b.publish([[start, 30]], b.equipmentIds[k]);
      const who = names[(o * K + k) % 3];
      const id = must(
        'book',
        await gql(bookers[who], `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status}}`, {
          i: { offeringId: b.offeringId, slotIds: [slot.id], brief: '券', idempotencyKey: `cm-${b.stamp}-${k}` },
        }),
        (d) => d.requestBooking.id,
      );
      must(
        'apply',
        await gql(bookers[who], `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){id}}`, {
          b: id,
          p: programme,
        }),
      );
      bookings.push({ id, op: o, who });
    }
  // Requests: R with a proposal from each operator (slots held), Q left for submissions during the fire.
  const newRequest = (i) => postRequest(st, `探针十七 窑炉机时 ${ops[0].stamp}-${i}`);
  const base = Math.ceil((Date.now() + 5 * D) / 3600e3) * 3600e3;
  const runs = (n, offset) => Array.from({ length: n }, (_, i) => [base + (offset + i) * 2 * 3600e3, 60]);
  const requests = [];
  const slotsOf = await Promise.all(ops.map((b) => b.publish(runs(R + Q, 0))));
  for (let i = 0; i < R; i++) {
    const requestId = await newRequest(i);
    const proposals = [];
    for (const [o, b] of ops.entries())
      proposals.push(await propose(b.op, proposalInput(requestId, b.offeringId, slotsOf[o][i])));
    requests.push({ requestId, proposals });
  }
  const later = [];
  for (let i = 0; i < Q; i++)
    later.push({
      requestId: await newRequest(R + i),
      inputs: ops.map((b, o) => proposalInput(null, b.offeringId, slotsOf[o][R + i])),
    });
  for (const l of later) for (const input of l.inputs) input.requestId = l.requestId;
  fs.writeFileSync(
    STATE,
    JSON.stringify({
      start,
      programme,
      tokens: { st, st2, sme },
      ops: ops.map((b) => ({ op: b.op, platformId: b.platformId, offeringId: b.offeringId })),
      bookings,
      requests,
      later,
      credits: credits.map((c) => ({ chargeId: c.chargeId, op: c.op })),
      previousProgramme: previous?.programme ?? null,
    }),
  );
  await db.end();
  console.log(
    `set up: ${bookings.length} bookings, ${R} requests with 2 proposals, ${Q} for later; start ${iso(start)}`,
  );
} else if (phase === 'fire') {
  const S = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  const wait = S.start + 1500 - Date.now();
  if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
  const out = fs.openSync(LOG, 'a');
  const log = (e) => fs.writeSync(out, JSON.stringify({ at: Date.now(), ...e }) + '\n');
  const call = async (kind, token, query, variables, meta) => {
    log({ t: 'intent', kind, ...meta });
    try {
      const r = await gql(token, query, variables);
      log({ t: 'answer', kind, ...meta, data: r.data, errors: errs(r) });
      return r;
    } catch (e) {
      log({ t: 'noanswer', kind, ...meta, error: String(e.cause?.code ?? e) });
      return null;
    }
  };
  console.log('firing at', new Date().toISOString());
  const all = [
    ...S.requests.flatMap((q) => [
      call(
        'accept',
        S.tokens.st,
        ACCEPT,
        { id: q.proposals[0] },
        { requestId: q.requestId, proposalId: q.proposals[0] },
      ),
      call(
        'accept',
        S.tokens.st2,
        ACCEPT,
        { id: q.proposals[1] },
        { requestId: q.requestId, proposalId: q.proposals[1] },
      ),
    ]),
    ...S.bookings.map((b) => call('complete', S.ops[b.op].op, COMPLETE, { id: b.id }, { bookingId: b.id })),
    ...S.later.flatMap((l) =>
      l.inputs.map((input, o) => call('submit', S.ops[o].op, SUBMIT, { i: input }, { requestId: l.requestId, op: o })),
    ),
    ...(S.credits ?? []).flatMap((c) =>
      [0, 1, 2].map((k) => call('credit', c.op, CREDIT, { i: creditInput(c, k) }, { chargeId: c.chargeId })),
    ),
  ];
  const rs = await Promise.all(all);
  const tally = {};
  for (const r of rs) {
    const k = r === null ? 'noanswer' : r.data ? 'ok' : `${errs(r)[0]?.code}/${errs(r)[0]?.reason}`;
    tally[k] = (tally[k] ?? 0) + 1;
  }
  console.log('fire done', new Date().toISOString(), JSON.stringify(tally));
} else if (phase === 'verify') {
  const S = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  const db = new pg.Client({ connectionString: dburl() });
  await db.connect();
  const events = fs.existsSync(LOG)
    ? fs
        .readFileSync(LOG, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];
  let problems = 0;
  const q = async (label, sql, params = []) => {
    const rows = (await db.query(sql, params)).rows;
    if (rows.length) problems++;
    console.log(rows.length ? 'PROBLEM' : 'ok:', label, rows.length ? JSON.stringify(rows.slice(0, 4)) : '');
  };
  const requestIds = [...S.requests.map((r) => r.requestId), ...S.later.map((l) => l.requestId)];
  const bookingIds = S.bookings.map((b) => b.id);
  const invariants = async (when) => {
    await q(
      `request with more than one accepted proposal (${when})`,
      `select request_id, count(*) from proposal where request_id = any($1) and status = 'ACCEPTED' group by 1 having count(*) > 1`,
      [requestIds],
    );
    await q(
      `request MATCHED without exactly one accepted proposal, or accepted without MATCHED (${when})`,
      `select r.id, r.status, (select count(*) from proposal p where p.request_id = r.id and p.status = 'ACCEPTED') n
         from pilot_request r where r.id = any($1)
          and (r.status = 'MATCHED') <> ((select count(*) from proposal p where p.request_id = r.id and p.status = 'ACCEPTED') = 1)`,
      [requestIds],
    );
    await q(
      `accepted proposal without its booking (${when})`,
      `select p.id, p.booking_id, b.id, b.proposal_id, b.status from proposal p left join booking b on b.id = p.booking_id
        where p.request_id = any($1) and p.status = 'ACCEPTED' and (b.id is null or b.proposal_id <> p.id or b.status <> 'CONFIRMED')`,
      [requestIds],
    );
    await q(
      `booking from a proposal that is not ACCEPTED (${when})`,
      `select b.id, p.id, p.status from booking b join proposal p on p.id = b.proposal_id
        where p.request_id = any($1) and (p.status <> 'ACCEPTED' or p.booking_id is distinct from b.id)`,
      [requestIds],
    );
    await q(
      `SUBMITTED proposal on a MATCHED request (${when})`,
      `select p.id from proposal p join pilot_request r on r.id = p.request_id where r.id = any($1) and r.status = 'MATCHED' and p.status = 'SUBMITTED'`,
      [requestIds],
    );
    await q(
      `slot of a SUBMITTED proposal not HELD by it (${when})`,
      `select p.id, c.id, c.status, c.booking_id from proposal p join capacity_slot c on c.id = any(p.slot_ids)
        where p.request_id = any($1) and p.status = 'SUBMITTED' and (c.status <> 'HELD' or c.booking_id <> p.id)`,
      [requestIds],
    );
    await q(
      `slot still held for a proposal no longer SUBMITTED (${when})`,
      `select p.id, p.status, c.id, c.status from proposal p join capacity_slot c on c.booking_id = p.id
        where p.request_id = any($1) and p.status <> 'SUBMITTED'`,
      [requestIds],
    );
    await q(
      `slot of an accepted proposal not BOOKED by its booking (${when})`,
      `select p.id, c.id, c.status, c.booking_id from proposal p join capacity_slot c on c.id = any(p.slot_ids)
        where p.request_id = any($1) and p.status = 'ACCEPTED' and (c.status <> 'BOOKED' or c.booking_id is distinct from p.booking_id)`,
      [requestIds],
    );
    await q(
      `superseded or declined proposal whose slot is not OPEN (${when})`,
      `select p.id, p.status, c.id, c.status, c.booking_id from proposal p join capacity_slot c on c.id = any(p.slot_ids)
        where p.request_id = any($1) and p.status in ('SUPERSEDED','DECLINED','WITHDRAWN','EXPIRED') and c.status <> 'OPEN'`,
      [requestIds],
    );
    await q(
      `accepted proposal whose operator was not told (${when})`,
      `select p.id from proposal p where p.request_id = any($1) and p.status = 'ACCEPTED'
         and not exists (select 1 from notification n where n.subject_id = p.id and n.kind = 'proposal.accepted')`,
      [requestIds],
    );
    await q(
      `superseded proposal whose operator was not told (${when})`,
      `select p.id from proposal p where p.request_id = any($1) and p.status = 'SUPERSEDED'
         and not exists (select 1 from notification n where n.subject_id = p.id and n.kind = 'proposal.superseded')`,
      [requestIds],
    );
    await q(
      `two proposals of one operator for one later request (a submission doubled) (${when})`,
      `select request_id, operator_organization_id, count(*) from proposal where request_id = any($1) group by 1, 2 having count(*) > 1`,
      [requestIds],
    );
    await q(
      `completed booking without exactly one charge (${when})`,
      `select b.id, count(c.id) from booking b left join booking_charge c on c.booking_id = b.id
        where b.id = any($1) and b.status = 'COMPLETED' group by b.id having count(c.id) <> 1`,
      [bookingIds],
    );
    await q(
      `charge of a booking not completed (${when})`,
      `select b.id, b.status from booking b join booking_charge c on c.booking_id = b.id where b.id = any($1) and b.status <> 'COMPLETED'`,
      [bookingIds],
    );
    await q(
      `programme committed differs from its redemptions, or exceeds its budget (${when})`,
      `select p.committed, p.budget, (select coalesce(sum(r.amount), 0) from voucher_redemption r where r.programme_id = p.id) redeemed
         from voucher_programme p where p.id = $1
          and (p.committed <> (select coalesce(sum(r.amount), 0) from voucher_redemption r where r.programme_id = p.id) or p.committed > p.budget)`,
      [S.programme],
    );
    await q(
      `organization over its yearly cap (${when})`,
      `select r.requester_organization_id, r.year, sum(r.amount) from voucher_redemption r join voucher_programme p on p.id = r.programme_id
        where p.id = $1 group by 1, 2, p.cap_per_requester_per_year having sum(r.amount) > p.cap_per_requester_per_year`,
      [S.programme],
    );
    await q(
      `charge covered more than its share, or redeemed twice (${when})`,
      `select c.id, c.total, sum(r.amount), count(r.id) from booking_charge c join voucher_redemption r on r.charge_id = c.id
        where r.programme_id = $1 group by c.id, c.total having sum(r.amount) > floor(c.total * 50) / 100 or count(r.id) filter (where r.amount > 0) > 1`,
      [S.programme],
    );
    for (const programme of [S.programme, S.previousProgramme].filter(Boolean))
      await q(
        `programme ${programme.slice(0, 8)}: committed differs from redemptions or budget overspent, or a charge covered past the share of its net (${when})`,
        `select p.id, p.committed, p.budget from voucher_programme p where p.id = $1
            and (p.committed <> (select coalesce(sum(r.amount), 0) from voucher_redemption r where r.programme_id = p.id)
                 or p.committed > p.budget or p.committed < 0)
         union all
         select c.id, sum(r.amount), c.total - coalesce((select -sum(l.amount) from booking_charge_line l where l.charge_id = c.id and l.kind = 'CREDIT'), 0)
           from booking_charge c join voucher_redemption r on r.charge_id = c.id where r.programme_id = $1
          group by c.id, c.total
         having sum(r.amount) < 0
             or sum(r.amount) > floor((c.total - coalesce((select -sum(l.amount) from booking_charge_line l where l.charge_id = c.id and l.kind = 'CREDIT'), 0)) * (select share_basis_points from voucher_programme where id = $1) / 100.0) / 100`,
        [programme],
      );
    await q(
      `charge below zero (${when})`,
      `select c.id, c.total, (select sum(l.amount) from booking_charge_line l where l.charge_id = c.id and l.kind = 'CREDIT') credited
         from booking_charge c where c.total + coalesce((select sum(l.amount) from booking_charge_line l where l.charge_id = c.id and l.kind = 'CREDIT'), 0) < 0`,
    );
    await q(
      `redemption without its charge (${when})`,
      `select r.id from voucher_redemption r left join booking_charge c on c.id = r.charge_id where r.programme_id = $1 and c.id is null`,
      [S.programme],
    );
  };
  await invariants('after restart');
  // Acknowledged answers must be in the database.
  for (const e of events.filter((e) => e.t === 'answer' && e.data)) {
    if (e.kind === 'accept') {
      const row = (await db.query(`select id, proposal_id from booking where id = $1`, [e.data.acceptProposal.id]))
        .rows[0];
      if (!row || row.proposal_id !== e.proposalId) {
        problems++;
        console.log('PROBLEM acknowledged acceptance missing', JSON.stringify(e));
      }
    }
    if (e.kind === 'complete') {
      const row = (await db.query(`select status from booking where id = $1`, [e.bookingId])).rows[0];
      if (row?.status !== 'COMPLETED') {
        problems++;
        console.log('PROBLEM acknowledged completion missing', JSON.stringify(e));
      }
    }
  }
  const tally = {};
  for (const e of events)
    if (e.t !== 'intent') {
      const k = `${e.kind}:${e.t === 'noanswer' ? 'noanswer' : e.data ? 'ok' : `${e.errors[0]?.code}/${e.errors[0]?.reason}`}`;
      tally[k] = (tally[k] ?? 0) + 1;
    }
  console.log('fire outcomes', JSON.stringify(tally));
  const status = await db.query(
    `select 'booking' what, status::text, count(*)::int from booking where id = any($1) group by 2
     union all select 'request', status::text, count(*)::int from pilot_request where id = any($2) group by 2
     union all select 'proposal', status::text, count(*)::int from proposal where request_id = any($2) group by 2`,
    [bookingIds, requestIds],
  );
  console.log('after restart', JSON.stringify(status.rows));
  // Retries, as clients whose answers were lost would send them: both acceptances again, every completion, every submission.
  const retry = await Promise.all([
    ...S.requests.flatMap((q) => [
      gql(S.tokens.st, ACCEPT, { id: q.proposals[0] }).then((r) => ['accept', r, q]),
      gql(S.tokens.st2, ACCEPT, { id: q.proposals[1] }).then((r) => ['accept', r, q]),
    ]),
    ...S.bookings.map((b) => gql(S.ops[b.op].op, COMPLETE, { id: b.id }).then((r) => ['complete', r])),
    ...S.later.flatMap((l) =>
      l.inputs.map((input, o) => gql(S.ops[o].op, SUBMIT, { i: input }).then((r) => ['submit', r])),
    ),
    ...(S.credits ?? []).flatMap((c) =>
      [0, 1, 2].map((k) => gql(c.op, CREDIT, { i: creditInput(c, k) }).then((r) => ['credit', r])),
    ),
  ]);
  const rt = {};
  for (const [kind, r] of retry) {
    const k = `${kind}:${r.data ? 'ok' : `${errs(r)[0]?.code}/${errs(r)[0]?.reason}`}`;
    rt[k] = (rt[k] ?? 0) + 1;
    if (errs(r)[0]?.code === 'INTERNAL_SERVER_ERROR') {
      problems++;
      console.log('PROBLEM retry INTERNAL_SERVER_ERROR', JSON.stringify(errs(r)));
    }
  }
  console.log('retries', JSON.stringify(rt));
  // Accepting the winner again must answer its booking.
  for (const [kind, r, req] of retry.filter(([k, r]) => k === 'accept' && r.data)) {
    const p = (await db.query(`select booking_id from proposal where id = $1`, [r.data.acceptProposal.proposalId]))
      .rows[0];
    if (p?.booking_id !== r.data.acceptProposal.id) {
      problems++;
      console.log('PROBLEM accept retry answered another booking', kind, JSON.stringify(r.data), req.requestId);
    }
  }
  await invariants('after retries');
  if (S.credits?.length && process.env.CREDIT_KEYS !== '0')
    await q(
      'a charge without exactly its three keyed credits of 10.00 after the retries',
      `select c.id, count(l.seq), sum(l.amount) from booking_charge c left join booking_charge_line l
          on l.charge_id = c.id and l.kind = 'CREDIT' and l.reason = '崩溃退款'
        where c.id = any($1) group by c.id having count(l.seq) <> 3 or sum(l.amount) <> -30`,
      [S.credits.map((c) => c.chargeId)],
    );
  const pending = await outboxPending(db);
  if (pending.n) {
    problems++;
    console.log('PROBLEM outbox not drained after 60 s', JSON.stringify(pending));
  } else console.log('ok: outbox drained');
  const prog = (await db.query(`select budget, committed from voucher_programme where id = $1`, [S.programme])).rows[0];
  console.log('programme', JSON.stringify(prog));
  console.log(problems ? `${problems} PROBLEMS` : 'ALL CONSISTENT');
  await db.end();
}
