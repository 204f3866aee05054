// Probe 15: kill -9 during bulk work. `setup` makes a Jiangsu operator with KILNS kilns (a year's horizon) and an
// open evaluation round over Jiangsu platforms, fully scored; `fire` sends a year of 5 runs a day on every kiln at
// once (1 795 slots each, under the 2 000 a pattern may make) and closes the round, logging what was answered; crash-bulk.sh kills the API meanwhile;
// `verify` (after the restart) checks that each kiln holds none or all of its pattern, with no half-written run,
// and that the round is OPEN without results or CLOSED with a result for every platform.
import fs from 'node:fs';
import pg from 'pg';
import { gql, demo, must, newOperator, yearOfRuns, iso } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const STATE = `${TMP}/crash-bulk.json`;
const KILNS = 6;
const mode = process.argv[2];

const RECURRING = `mutation($i:PublishRecurringSlotsInput!){publishRecurringSlots(input:$i){id}}`;

if (mode === 'setup') {
  const b = await newOperator('丁', { kilns: KILNS, rules: { maxAdvanceDays: 366 } });
  const au = await demo('authority-jiangsu');
  const expert = await demo('expert-jiangsu');
  const expertId = must('expert', await gql(expert, '{me{id}}'), (d) => d.me.id);
  const platforms = must(
    'platforms',
    await gql(null, `{platforms(first:100,filter:{provinces:["32"]}){edges{node{id}}}}`),
    (d) => d.platforms.edges.map((e) => e.node.id),
  );
  const round = must(
    'round',
    await gql(au, `mutation($i:OpenEvaluationRoundInput!){openEvaluationRound(input:$i){id}}`, {
      i: {
        name: `崩溃评估${b.stamp}`,
        scope: '32',
        periodStart: iso(Date.now() - 300 * 86400e3),
        periodEnd: iso(Date.now() - 86400e3),
        platforms: platforms.map((platformId) => ({ platformId, expertIds: [expertId] })),
      },
    }),
    (d) => d.openEvaluationRound.id,
  );
  const dims = ['POSITIONING', 'CAPABILITY', 'OPERATING_MECHANISM', 'SERVICE_RESULTS', 'TECHNOLOGY'];
  for (const [i, platformId] of platforms.entries())
    must(
      'score',
      await gql(expert, `mutation($i:SubmitEvaluationScoresInput!){submitEvaluationScores(input:$i){submittedAt}}`, {
        i: {
          roundId: round,
          platformId,
          scores: dims.map((dimension, k) => ({ dimension, score: (i * 7 + k * 13) % 101 })),
        },
      }),
    );
  fs.writeFileSync(
    STATE,
    JSON.stringify({ op: b.op, equipmentIds: b.equipmentIds, round, platforms: platforms.length }),
  );
  console.log(`setup: ${KILNS} kilns, a round over ${platforms.length} platforms`);
} else if (mode === 'fire') {
  const s = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  const au = await demo('authority-jiangsu');
  const log = (e) => fs.appendFileSync(`${TMP}/crash-bulk.log`, JSON.stringify({ at: Date.now(), ...e }) + '\n');
  await Promise.all([
    ...s.equipmentIds.map(async (equipmentId) => {
      log({ kind: 'publish', equipmentId, t: 'sent' });
      const r = await gql(s.op, RECURRING, { i: yearOfRuns(equipmentId) }).catch((e) => ({ failed: String(e) }));
      log({
        kind: 'publish',
        equipmentId,
        t: 'answer',
        n: r.data?.publishRecurringSlots?.length,
        r: r.failed ?? r.errors,
      });
    }),
    (async () => {
      await new Promise((ok) => setTimeout(ok, Number(process.env.CLOSE_AFTER_MS ?? 300)));
      log({ kind: 'close', t: 'sent' });
      const r = await gql(au, `mutation($id:ID!){closeEvaluationRound(id:$id){status}}`, { id: s.round }).catch(
        (e) => ({ failed: String(e) }),
      );
      log({ kind: 'close', t: 'answer', r: r.failed ?? r.data ?? r.errors });
    })(),
  ]);
} else if (mode === 'verify') {
  const s = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  const db = new pg.Client({ connectionString: fs.readFileSync(`${TMP}/dburl`, 'utf8').trim() });
  await db.connect();
  const counts = await db.query(
    `SELECT equipment_id, count(*)::int AS n, min(starts_at) AS first, max(starts_at) AS last
       FROM capacity_slot WHERE equipment_id = ANY($1::uuid[]) GROUP BY equipment_id`,
    [s.equipmentIds],
  );
  const byEq = new Map(counts.rows.map((r) => [r.equipment_id, r.n]));
  const sizes = new Set(s.equipmentIds.map((id) => byEq.get(id) ?? 0));
  console.log('slots per kiln', JSON.stringify(s.equipmentIds.map((id) => byEq.get(id) ?? 0)));
  const full = Math.max(...sizes);
  const half = [...sizes].filter((n) => n !== 0 && n !== full);
  console.log(
    half.length ? 'PROBLEM half-written patterns' : 'ok   every kiln holds none or all of its pattern',
    JSON.stringify([...sizes]),
  );
  // A kiln left without its pattern takes it whole now (the pattern is the same for all: `full` when any committed).
  const empty = s.equipmentIds.find((id) => !byEq.get(id));
  if (empty) {
    const r = await gql(s.op, RECURRING, { i: yearOfRuns(empty) });
    const n = r.data?.publishRecurringSlots?.length;
    console.log(
      full && n !== full ? 'PROBLEM' : 'ok  ',
      'republished on an empty kiln',
      n,
      r.errors ? JSON.stringify(r.errors).slice(0, 200) : '',
    );
  }
  const round = await db.query(`SELECT status, closed_at FROM evaluation_round WHERE id = $1`, [s.round]);
  const results = await db.query(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'evaluation_result'`,
  );
  console.log('round', JSON.stringify(round.rows[0]), 'result table', results.rows[0].n);
  const au = await demo('authority-jiangsu');
  const r = await gql(au, `query($id:ID!){evaluationRound(id:$id){status platforms(first:100){result{rank total}}}}`, {
    id: s.round,
  });
  const ps = r.data?.evaluationRound?.platforms ?? [];
  const withResult = ps.filter((p) => p.result).length;
  const st = r.data?.evaluationRound?.status;
  const consistent =
    (st === 'OPEN' && withResult === 0) || (st === 'CLOSED' && withResult === ps.length && ps.length === s.platforms);
  console.log(
    consistent ? 'ok  ' : 'PROBLEM',
    'round',
    st,
    `${withResult}/${ps.length} results`,
    r.errors ? JSON.stringify(r.errors).slice(0, 200) : '',
  );
  await db.end();
}
