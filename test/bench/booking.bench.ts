// `npm run bench:booking`: contention and throughput of requestBooking over HTTP against the real API on an
// embedded PostgreSQL, each figure printed beside the same measurement of `{ __typename }` on the same server
// (HTTP, Express, Apollo and logging, no resolver, no SQL). Ends with a consistency check of the database: PASS or
// FAIL, and a non-zero exit code on FAIL. Performance is reported, never asserted. Results: docs/benchmarks.md.
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig, QueryCounter } from '#core';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#core/testing';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { consecutiveSlots, publishSlots, REQUEST_BOOKING } from '../support/booking-fixtures.js';
import { createCatalog } from '../support/catalog-fixtures.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import type { GraphqlResponse, TestApp } from '../support/test-app.js';
import type { LoadJob, LoadKind, LoadReport } from './booking-load.worker.js';
import { LoadProcess } from './load-process.js';

const CONNECTIONS = connectionsFromEnvironment(32); // concurrent clients (keep-alive connections); the API's database pool holds 20
const REQUESTERS = 50; // requester organizations, one user and token each
const STAMPEDE = { slots: 20, requests: 4000 }; // request i wants slot i % 20
const ROLLING = { slots: 400, perSlot: 10 }; // requests 10k..10k+9 want slot k: ten in flight at once per slot
const THROUGHPUT = { slots: 2500 }; // request i wants free slot i
const BASELINE_REQUESTS = 15_000;
const WARMUP = { typename: 3000, slots: 30, perSlot: 10 };
const STALL_SECONDS = 10; // no response for this long with requests in flight: the API is stuck, stop and say why
const DATABASE = 'pilotmatch_bench';
const MAX_SLOTS_PER_PUBLISH = 500; // PublishSlotsInput.slots @ArrayMaxSize
// BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of the API thread per scenario (<dir>/<n>-<scenario>.cpuprofile), for
// `node dist/test/bench/cpu-profile-summary.js <file>` or Chrome DevTools; the sampling slows the API a little.
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE || undefined;
// BENCH_PG_STATEMENTS=1: PostgreSQL with pg_stat_statements (planning tracked too), and after each booking scenario its
// statements by PostgreSQL time (execution + planning) per request; the extension's bookkeeping costs a little.
const PG_STATEMENTS = process.env.BENCH_PG_STATEMENTS === '1';
const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const BASELINE = 'baseline: { __typename }';
const BASELINE_AFTER = 'baseline again: { __typename }';

interface Plan {
  name: string;
  kind: LoadKind;
  requests: () => LoadJob['requests'];
  /** Slots this scenario's requests compete for (booking scenarios). */
  slotIds: string[];
  /** How many bookings must come back: one per slot under contention, one per request without. */
  expectedWins: number;
}

interface Scenario extends Omit<Plan, 'requests'> {
  report: LoadReport;
  sqlPerRequest: number;
  roundTripsPerRequest: number;
  serverEventLoop: number;
  /** This process: the API alone (the load generator runs in a process of its own). */
  nodeCpuSeconds: number;
  clientCpuSeconds: number;
  apiThreadCpuSeconds: number | undefined;
  postgresCpuSeconds: number | undefined;
}

interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

/** BENCH_CONNECTIONS overrides the number of concurrent clients (e.g. to stay under the pool size). */
function connectionsFromEnvironment(fallback: number): number {
  const raw = process.env.BENCH_CONNECTIONS;
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 256)
    throw new Error(`BENCH_CONNECTIONS must be an integer from 1 to 256 (got "${raw}")`);
  return value;
}

async function main(): Promise<number> {
  const benchStarted = performance.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-bench-'));
  let database: EmbeddedDatabase | undefined;
  let app: NestExpressApplication | undefined;
  let client: pg.Client | undefined;
  const loadProcess = LoadProcess.start<LoadJob, LoadReport>(new URL('./booking-load.worker.js', import.meta.url));
  let cleanedUp = false;
  try {
    // PostgreSQL in a temp dir, durability off (fsync, synchronous_commit, full_page_writes): commits are cheaper than in production.
    const cluster = { clusterDir: path.join(dir, 'postgres'), fast: true, ownProcessGroup: false };
    database = await startEmbeddedPostgres(cluster);
    const admin = new pg.Client({ connectionString: database.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    if (PG_STATEMENTS) {
      // A preloaded library needs a restart; ALTER SYSTEM keeps the settings in the cluster for it.
      await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
      await admin.query('ALTER SYSTEM SET pg_stat_statements.track_planning = on');
      await admin.end();
      await database.stop();
      database = await startEmbeddedPostgres(cluster);
    } else {
      await admin.end();
    }
    const postmasterPid = Number((await readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    // Nest exits the process itself when the app fails to boot (abortOnError), skipping `finally`: clean up on exit too.
    process.once('exit', () => {
      if (cleanedUp) return;
      try {
        process.kill(postmasterPid, 'SIGINT');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    });

    // The real API, migrated at boot as in production, listening on loopback only; jobs (outbox drain, hold expiry) off.
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.urlFor(DATABASE),
      SEED_DEMO: 'false',
      RUN_JOBS_IN_PROCESS: 'false',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATA_DIR: dir,
      // The requesters all sign up from loopback.
      REGISTRATIONS_PER_ADDRESS: '1000000',
      // …fifty at once, past the password-hash and scoring queues' bounds.
      PASSWORD_HASH_QUEUE: '1000000',
      PASSWORD_HASH_WAIT_MS: '600000',
      PASSWORD_STRENGTH_QUEUE: '1000000',
      PASSWORD_STRENGTH_WAIT_MS: '600000',
    });
    const nestApp = await createApiApp(config);
    app = nestApp;
    await nestApp.listen(0, '127.0.0.1');
    const server = nestApp.getHttpServer();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const t: TestApp = {
      app: nestApp,
      config,
      database: { url: database.urlFor(DATABASE), name: DATABASE, drop: async () => undefined },
      gql: (query, variables, options) => postGraphql(url, query, variables, options),
      http: () => request(server),
      close: () => nestApp.close(),
    };
    client = new pg.Client({ connectionString: database.urlFor(DATABASE) });
    await client.connect();
    if (PG_STATEMENTS) await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

    // Set-up through the public API, as clients would.
    const setupStarted = performance.now();
    const operator = await registerUser(t, {
      kind: 'LARGE_ENTERPRISE',
      isLeadingEnterprise: true,
      name: '基准测试运营方',
    });
    const requesters = await inBatches(REQUESTERS, 5, (i) =>
      registerUser(t, { kind: i % 2 ? 'SME' : 'STARTUP', name: `基准测试需求方 ${i}` }),
    );
    const bookable = async (slots: number) => {
      const catalog = await createCatalog(t, operator);
      return {
        offeringId: catalog.offeringId,
        slotIds: await publishMany(t, operator, catalog.equipmentIds[0], slots),
      };
    };
    const warmup = await bookable(WARMUP.slots);
    const stampede = await bookable(STAMPEDE.slots);
    const rolling = await bookable(ROLLING.slots);
    const throughput = await bookable(THROUGHPUT.slots);
    console.log(
      `set-up: ${REQUESTERS + 1} users, 4 offerings, ${WARMUP.slots + STAMPEDE.slots + ROLLING.slots + THROUGHPUT.slots} slots in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );

    const book = (i: number, offeringId: string, slotId: string) => ({
      token: requesters[i % REQUESTERS].token,
      body: JSON.stringify({
        query: REQUEST_BOOKING,
        variables: {
          input: {
            offeringId,
            slotIds: [slotId],
            brief: '正极材料 50 L 放大试验',
            idempotencyKey: `bench-${randomUUID()}`,
          },
        },
      }),
    });
    // The baseline carries the same headers (a bearer token): `{ __typename }` runs no resolver, so no guard and no SQL.
    const typename = (count: number) => () =>
      Array.from({ length: count }, (_, i) => ({ token: requesters[i % REQUESTERS].token, body: TYPENAME }));
    const plans: Plan[] = [
      {
        name: 'warm-up: { __typename }',
        kind: 'typename',
        requests: typename(WARMUP.typename),
        slotIds: [],
        expectedWins: 0,
      },
      {
        name: 'warm-up: requestBooking',
        kind: 'requestBooking',
        requests: () =>
          Array.from({ length: WARMUP.slots * WARMUP.perSlot }, (_, i) =>
            book(i, warmup.offeringId, warmup.slotIds[Math.floor(i / WARMUP.perSlot)]),
          ),
        slotIds: warmup.slotIds,
        expectedWins: WARMUP.slots,
      },
      { name: BASELINE, kind: 'typename', requests: typename(BASELINE_REQUESTS), slotIds: [], expectedWins: 0 },
      {
        name: `(a) stampede: ${STAMPEDE.requests} requests on ${STAMPEDE.slots} slots`,
        kind: 'requestBooking',
        requests: () =>
          Array.from({ length: STAMPEDE.requests }, (_, i) =>
            book(i, stampede.offeringId, stampede.slotIds[i % STAMPEDE.slots]),
          ),
        slotIds: stampede.slotIds,
        expectedWins: STAMPEDE.slots,
      },
      {
        name: `(a2) rolling race: ${ROLLING.perSlot} at once on each of ${ROLLING.slots} slots`,
        kind: 'requestBooking',
        requests: () =>
          Array.from({ length: ROLLING.slots * ROLLING.perSlot }, (_, i) =>
            book(i, rolling.offeringId, rolling.slotIds[Math.floor(i / ROLLING.perSlot)]),
          ),
        slotIds: rolling.slotIds,
        expectedWins: ROLLING.slots,
      },
      {
        name: `(b) throughput: ${THROUGHPUT.slots} requests, each on a free slot`,
        kind: 'requestBooking',
        requests: () => throughput.slotIds.map((slotId, i) => book(i, throughput.offeringId, slotId)),
        slotIds: throughput.slotIds,
        expectedWins: THROUGHPUT.slots,
      },
      { name: BASELINE_AFTER, kind: 'typename', requests: typename(BASELINE_REQUESTS), slotIds: [], expectedWins: 0 },
    ];

    console.log(`load: ${CONNECTIONS} connections to ${url}`);
    const counter = nestApp.get(QueryCounter);
    const scenarios: Scenario[] = [];
    const profiler = PROFILE_DIR ? await startProfiler(PROFILE_DIR) : undefined;
    for (const { requests, ...plan } of plans) {
      await profiler?.start();
      if (PG_STATEMENTS) await client.query('SELECT pg_stat_statements_reset()');
      const queriesBefore = counter.queries;
      const roundTripsBefore = counter.roundTrips;
      const eventLoopBefore = performance.eventLoopUtilization();
      const cpuBefore = process.cpuUsage();
      const apiThreadBefore = await apiThreadCpuSeconds();
      const postgresBefore = await postgresCpuSeconds(postmasterPid);
      const { clientCpuMs, ...report } = await loadProcess.run({
        url,
        connections: CONNECTIONS,
        kind: plan.kind,
        requests: requests(),
        timeoutSeconds: 30,
        stallSeconds: STALL_SECONDS,
      });
      const postgresAfter = await postgresCpuSeconds(postmasterPid);
      const cpu = process.cpuUsage(cpuBefore);
      const apiThreadAfter = await apiThreadCpuSeconds();
      await profiler?.stop(`${scenarios.length + 1}-${plan.name}`);
      if (PG_STATEMENTS && plan.kind === 'requestBooking') console.log(await statementTimes(client, report.responses));
      scenarios.push({
        ...plan,
        report,
        sqlPerRequest: report.responses ? (counter.queries - queriesBefore) / report.responses : Number.NaN,
        roundTripsPerRequest: report.responses
          ? (counter.roundTrips - roundTripsBefore) / report.responses
          : Number.NaN,
        serverEventLoop: performance.eventLoopUtilization(eventLoopBefore).utilization,
        nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
        clientCpuSeconds: clientCpuMs / 1000,
        apiThreadCpuSeconds:
          apiThreadBefore === undefined || apiThreadAfter === undefined ? undefined : apiThreadAfter - apiThreadBefore,
        postgresCpuSeconds:
          postgresBefore === undefined || postgresAfter === undefined ? undefined : postgresAfter - postgresBefore,
      });
      console.log(
        `  ${plan.name}: ${report.responses} of ${report.planned} answered in ${(report.elapsedMs / 1000).toFixed(1)} s`,
      );
      if (report.stalled) {
        // The stuck requests still hold their connections, so every later scenario would stall too.
        console.log(await describeStall(client, nestApp, plan.name, report));
        break;
      }
    }

    printFigures(scenarios);
    const checks = await checkConsistency(client, scenarios);
    if (scenarios.length < plans.length) {
      checks.push({
        name: 'every scenario ran',
        pass: false,
        detail: `skipped after the stall: ${plans
          .slice(scenarios.length)
          .map((p) => p.name)
          .join('; ')}`,
      });
    }
    const failed = checks.filter((c) => !c.pass);
    console.log('\nConsistency');
    for (const check of checks) console.log(`  ${check.pass ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
    console.log(
      `\n${failed.length === 0 ? 'PASS' : `FAIL (${failed.length} of ${checks.length} checks)`} · whole run ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`,
    );
    return failed.length === 0 ? 0 : 1;
  } finally {
    await loadProcess.close();
    // The app's pool before PostgreSQL (bounded: after a stall the pool has clients that are never released), then the temp dir.
    await client?.end().catch(() => undefined);
    if (app) await withTimeout(app.close(), 10_000, 'closing the API');
    await database?.stop().catch((error: unknown) => console.error('stopping PostgreSQL failed:', error));
    await rm(dir, { recursive: true, force: true });
    cleanedUp = true;
  }
}

/** Samples the API thread (this one; the load runs in a process of its own) while a scenario runs, one file per scenario. */
async function startProfiler(dir: string) {
  await mkdir(dir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 }); // µs
  return {
    start: () => session.post('Profiler.start'),
    stop: async (name: string) => {
      const { profile } = await session.post('Profiler.stop');
      const file = path.join(dir, `${name.replace(/[^\w-]+/g, '_').slice(0, 60)}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
    },
  };
}

async function withTimeout(work: Promise<unknown>, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`${what} took over ${ms / 1000} s; going on`);
      resolve();
    }, ms);
  });
  await Promise.race([
    work.then(
      () => undefined,
      (error: unknown) => console.error(`${what} failed:`, error),
    ),
    timeout,
  ]);
  clearTimeout(timer);
}

/** What the API's pool and the database sessions were doing when the responses stopped. */
async function describeStall(
  client: pg.Client,
  app: NestExpressApplication,
  scenario: string,
  report: LoadReport,
): Promise<string> {
  const lines = [
    `\nSTALL in "${scenario}": no response for ${STALL_SECONDS} s after ${report.responses} of ${report.planned}.`,
  ];
  const pool = (
    app.get(DataSource).driver as unknown as {
      master?: { totalCount: number; idleCount: number; waitingCount: number };
    }
  ).master;
  if (pool)
    lines.push(
      `API pool: ${pool.totalCount - pool.idleCount} of ${pool.totalCount} connections checked out, ${pool.waitingCount} callers waiting for one.`,
    );
  const { rows } = await client.query<{ state: string | null; waiting: string; query: string; n: number }>(
    `SELECT state, coalesce(wait_event_type || ':' || wait_event, '-') AS waiting, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query, count(*)::int AS n
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
      GROUP BY 1, 2, 3 ORDER BY n DESC`,
  );
  lines.push('Database sessions (count, state, wait, last statement):');
  for (const row of rows)
    lines.push(`  ${String(row.n).padStart(3)}  ${row.state ?? '-'}  ${row.waiting}  ${row.query}`);
  lines.push('The remaining scenarios are skipped; at shutdown the stuck requests log "Connection terminated".');
  return lines.join('\n');
}

async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T | null; errors?: GraphqlResponse<T>['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}

async function inBatches<T>(count: number, width: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let start = 0; start < count; start += width) {
    made.push(
      ...(await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, k) => make(start + k)))),
    );
  }
  return made;
}

/** `count` consecutive two-hour slots from 48 h ahead (past the default 24 h notice), in chunks the API accepts. */
async function publishMany(t: TestApp, operator: SignedIn, equipmentId: string, count: number): Promise<string[]> {
  const all = consecutiveSlots(count, 48, 2);
  const ids: string[] = [];
  for (let start = 0; start < all.length; start += MAX_SLOTS_PER_PUBLISH) {
    ids.push(...(await publishSlots(t, operator, equipmentId, all.slice(start, start + MAX_SLOTS_PER_PUBLISH))));
  }
  return ids;
}

/** CPU seconds used so far by this process's main thread, the API's (Linux /proc; undefined elsewhere). */
/** pg_stat_statements since its last reset: each statement's PostgreSQL time per request (BENCH_PG_STATEMENTS). */
async function statementTimes(client: pg.Client, requests: number): Promise<string> {
  const { rows } = await client.query<{ calls: string; exec: number; plan: number; rows: string; query: string }>(
    `SELECT calls, total_exec_time AS exec, total_plan_time AS plan, rows, query FROM pg_stat_statements
      WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time + total_plan_time DESC LIMIT 8`,
  );
  const perRequest = (ms: number) => ((ms / Math.max(requests, 1)) * 1000).toFixed(0).padStart(5);
  return [
    '    µs/request exec + plan, calls/request, statement',
    ...rows.map(
      (r) =>
        `    ${perRequest(r.exec)} + ${perRequest(r.plan)}  ${(Number(r.calls) / Math.max(requests, 1)).toFixed(2)}  ` +
        r.query.replace(/\s+/g, ' ').slice(0, 110),
    ),
  ].join('\n');
}

async function apiThreadCpuSeconds(): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in USER_HZ
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by this cluster's postmaster and its children (Linux /proc; undefined elsewhere). */
async function postgresCpuSeconds(postmasterPid: number): Promise<number | undefined> {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = await readFile(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the parenthesised command: state ppid ... utime(14) stime(15) cutime(16) cstime(17), counted from 1
    // for the pid. The postmaster's cutime/cstime keep the CPU of backends that have exited (the pool closes idle ones).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(entry) === postmasterPid)
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    else if (Number(fields[1]) === postmasterPid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerSecond;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function printFigures(scenarios: Scenario[]): void {
  const base = scenarios.find((s) => s.name === BASELINE)?.report;
  const after = scenarios.find((s) => s.name === BASELINE_AFTER)?.report;
  // Column title, markdown alignment, cell.
  const columns: Array<[string, 'left' | 'right', (s: Scenario) => string]> = [
    ['scenario', 'left', (s) => s.name],
    ['requests', 'right', (s) => String(s.report.responses)],
    ['req/s', 'right', (s) => answered(s, fixed(s.report.requestsPerSecond, 0))],
    ['p50 ms', 'right', (s) => answered(s, fixed(s.report.latencyMs.p50))],
    ['p99 ms', 'right', (s) => answered(s, fixed(s.report.latencyMs.p99))],
    ['won', 'right', (s) => (s.kind === 'typename' ? '' : String(s.report.ok))],
    ['conflict', 'right', (s) => (s.kind === 'typename' ? '' : String(s.report.conflicts))],
    ['other', 'right', (s) => String(s.report.other + s.report.transportErrors)],
    ['req/s vs baseline', 'right', (s) => answered(s, times(s.report.requestsPerSecond, base?.requestsPerSecond))],
    ['p50 vs baseline', 'right', (s) => answered(s, times(s.report.latencyMs.p50, base?.latencyMs.p50))],
    ['p99 vs baseline', 'right', (s) => answered(s, times(s.report.latencyMs.p99, base?.latencyMs.p99))],
    ['SQL/req', 'right', (s) => fixed(s.sqlPerRequest)],
    ['round trips/req', 'right', (s) => fixed(s.roundTripsPerRequest)],
    ['API loop busy', 'right', (s) => `${fixed(s.serverEventLoop * 100, 0)}%`],
    ['node CPU s', 'right', (s) => fixed(s.nodeCpuSeconds)],
    ['client CPU ms/req', 'right', (s) => perRequest(s, s.clientCpuSeconds)],
    ['pg CPU s', 'right', (s) => (s.postgresCpuSeconds === undefined ? 'n/a' : fixed(s.postgresCpuSeconds))],
    ['API CPU ms/req', 'right', (s) => perRequest(s, s.apiThreadCpuSeconds)],
    ['pg CPU ms/req', 'right', (s) => perRequest(s, s.postgresCpuSeconds)],
  ];
  const rows = scenarios.map((s) => columns.map(([, , cell]) => cell(s)));

  console.log(
    `\nFigures (${CONNECTIONS} connections; ratios against "${BASELINE}", measured the same way on the same server)`,
  );
  console.log(
    'SQL/req: statements the API sent per response (BEGIN/COMMIT included); round trips/req: to PostgreSQL (BEGIN and a\n' +
      "last write's COMMIT travel with a statement); API loop busy: event-loop utilisation of the API thread;",
  );
  console.log(
    'node CPU s: the API process (the load generator runs in a process of its own: client CPU ms/req); pg CPU s: the\n' +
      'PostgreSQL cluster; API CPU ms/req: the API thread alone.',
  );
  const widths = columns.map(([title], i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (columns[i][1] === 'left' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(columns.map(([title]) => title)));
  for (const row of rows) console.log(line(row));
  if (base && after) {
    const drift = (after.requestsPerSecond / base.requestsPerSecond - 1) * 100;
    console.log(`baseline drift over the run: ${drift >= 0 ? '+' : ''}${fixed(drift)}% req/s`);
  }
  for (const s of scenarios) {
    const reasons = Object.entries(s.report.conflictReasons)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ');
    if (reasons) console.log(`  ${s.name}: conflicts by reason: ${reasons}`);
    for (const sample of s.report.otherSamples) console.log(`  ${s.name}: other: ${sample}`);
  }

  console.log('\nMarkdown');
  console.log(`| ${columns.map(([title]) => title).join(' | ')} |`);
  console.log(`|${columns.map(([, align]) => (align === 'left' ? '---' : '---:')).join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

const perRequest = (s: Scenario, seconds: number | undefined) =>
  seconds === undefined || s.report.responses === 0 ? 'n/a' : fixed((seconds * 1000) / s.report.responses, 2);
const answered = (s: Scenario, cell: string) => (s.report.responses > 0 ? cell : 'n/a');
const times = (value: number, reference: number | undefined) =>
  reference ? `${(value / reference).toFixed(value / reference < 0.1 ? 3 : 2)}×` : 'n/a';

async function count(client: pg.Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: number }>(sql, params);
  return rows[0].n;
}

const ACTIVE = `('REQUESTED','CONFIRMED')`;

async function checkConsistency(client: pg.Client, scenarios: Scenario[]): Promise<Check[]> {
  const checks: Check[] = [];
  const check = (name: string, pass: boolean, detail: string) => checks.push({ name, pass, detail });

  const doubled = await count(
    client,
    `SELECT count(*)::int AS n FROM (SELECT bs.slot_id FROM booking_slot bs JOIN booking b ON b.id = bs.booking_id
       WHERE b.status IN ${ACTIVE} GROUP BY bs.slot_id HAVING count(*) > 1) doubled`,
  );
  check(
    'no slot has two active bookings',
    doubled === 0,
    `${doubled} slot(s) with more than one REQUESTED/CONFIRMED booking`,
  );
  const orphans = await count(
    client,
    `SELECT count(*)::int AS n FROM capacity_slot s WHERE s.status IN ('HELD','BOOKED') AND NOT EXISTS (
       SELECT 1 FROM booking b JOIN booking_slot bs ON bs.booking_id = b.id AND bs.slot_id = s.id WHERE b.id = s.booking_id AND b.status IN ${ACTIVE})`,
  );
  check(
    'no slot HELD or BOOKED without its booking',
    orphans === 0,
    `${orphans} slot(s) held for no active booking of theirs`,
  );
  const unheld = await count(
    client,
    `SELECT count(*)::int AS n FROM booking_slot bs JOIN booking b ON b.id = bs.booking_id WHERE b.status IN ${ACTIVE} AND NOT EXISTS (
       SELECT 1 FROM capacity_slot s WHERE s.id = bs.slot_id AND s.booking_id = b.id AND s.status IN ('HELD','BOOKED'))`,
  );
  check(
    'every active booking holds its slots',
    unheld === 0,
    `${unheld} slot(s) of active bookings not HELD/BOOKED by them`,
  );

  let totalWins = 0;
  for (const s of scenarios) {
    const r = s.report;
    const complete =
      r.responses === r.planned && r.sent === r.planned && r.transportErrors === 0 && r.timeouts === 0 && !r.stalled;
    check(
      `${s.name}: every request answered`,
      complete,
      `${r.responses}/${r.planned} responses, ${r.sent} sent, ${r.transportErrors} transport errors, ${r.timeouts} timeouts${r.stalled ? `, stalled (no response for ${STALL_SECONDS} s)` : ''}`,
    );
    if (s.kind === 'typename') {
      check(`${s.name}: every answer is data`, r.ok === r.planned && r.other === 0, `${r.ok} data, ${r.other} other`);
      continue;
    }
    totalWins += r.ok;
    const reasons = Object.keys(r.conflictReasons);
    check(
      `${s.name}: every request won or got CONFLICT naming its slot`,
      r.other === 0 &&
        r.ok + r.conflicts === r.planned &&
        reasons.every((reason) => reason === 'SLOT_UNAVAILABLE') &&
        r.conflictSlotIds.every((id) => s.slotIds.includes(id)),
      `${r.ok} won + ${r.conflicts} CONFLICT (${reasons.join(', ') || 'none'}) + ${r.other} other = ${r.ok + r.conflicts + r.other} of ${r.planned}`,
    );
    const distinctWon = new Set(r.wonSlotIds);
    const held = await count(
      client,
      `SELECT count(*)::int AS n FROM capacity_slot WHERE id = ANY($1::uuid[]) AND status IN ('HELD','BOOKED')`,
      [s.slotIds],
    );
    const bookings = await count(
      client,
      `SELECT count(DISTINCT b.id)::int AS n FROM booking_slot bs JOIN booking b ON b.id = bs.booking_id WHERE bs.slot_id = ANY($1::uuid[]) AND b.status IN ${ACTIVE}`,
      [s.slotIds],
    );
    check(
      `${s.name}: wins = distinct slots held = bookings`,
      r.ok === s.expectedWins &&
        distinctWon.size === r.ok &&
        r.wonSlotIds.length === r.ok &&
        [...distinctWon].every((id) => s.slotIds.includes(id)) &&
        held === r.ok &&
        bookings === r.ok,
      `${r.ok} won (expected ${s.expectedWins}), ${distinctWon.size} distinct slots in the answers, ${held} slots HELD/BOOKED, ${bookings} active bookings`,
    );
  }
  const allBookings = await count(client, 'SELECT count(*)::int AS n FROM booking');
  const events = await count(client, `SELECT count(*)::int AS n FROM booking_event WHERE to_status = 'REQUESTED'`);
  check(
    'no booking beyond the answered wins',
    allBookings === totalWins && events === totalWins,
    `${allBookings} bookings and ${events} REQUESTED events in the database, ${totalWins} wins answered`,
  );
  return checks;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench:booking failed:', error);
    process.exit(1);
  },
);
