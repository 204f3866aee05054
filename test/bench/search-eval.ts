// `npm run eval:search`: relevance of offering search (searchOfferings' engine, RELEVANCE order) over the demo dataset.
// Starts an embedded PostgreSQL in a temp dir, seeds the default demo dataset, builds the search index through the
// outbox, runs each labelled query (search-eval/labelled-queries.ts) as a user would (no filters, first page of 10)
// and prints per query and overall: results, precision@5 (relevance ≥ 2 counts) against the best possible, nDCG@10,
// reciprocal rank of the first relevant hit, the zero-result rate and the queries under target. Then the same for the
// holdout set (search-eval/holdout-queries.ts: queries written blind and committed before their first run, never reworded), in its own section with its own totals,
// the second holdout set (search-eval/holdout2-queries.ts, written blind later, in the same way) in a third and the
// third holdout set (search-eval/holdout3-queries.ts, written blind later still) in a fourth and the fourth holdout
// set (search-eval/holdout4-queries.ts, written blind after that) in a fifth and the fifth holdout set
// (search-eval/holdout5-queries.ts, written blind after that) in a sixth and the sixth holdout set
// (search-eval/holdout6-queries.ts, written blind after that) in a seventh and the seventh holdout set
// (search-eval/holdout7-queries.ts, written blind after that) in an eighth and the eighth holdout set
// (search-eval/holdout8-queries.ts, written blind after that) in a ninth, the ninth holdout set
// (search-eval/holdout9-queries.ts, written blind after that) in a tenth and the tenth holdout set
// (search-eval/holdout10-queries.ts, written blind after that) in an eleventh and the eleventh holdout set
// (search-eval/holdout11-queries.ts: regions by abbreviation, Chinese numerals, written blind after that) in a twelfth
// and the twelfth holdout set (search-eval/holdout12-queries.ts: units typed otherwise, trade words, written blind last)
// in a thirteenth. A query no offering serves (`noRelevantOffering`)
// has no best ranking to measure against: it is left out of the means and reported apart, as answered empty or with
// how many results (every one of them judged 0).
// With MEILI_URL (and MEILI_API_KEY) set it evaluates the Meilisearch engine instead, on a fresh index.
// `--verbose` prints every query's top 10 with its labels (only the queries under target otherwise).
// Exits non-zero only when something crashes; whether the targets are met is printed. Results: docs/benchmarks.md.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { generateDemoDataset, type DemoDataset } from '#demo';
import { maxPrecisionAtK, ndcgAtK, precisionAtK, RELEVANT_FROM } from '#matching';
import { OFFERING_SEARCH_ENGINE, SearchModule, type OfferingSearchEngine } from '#search';
import { fitColumn, judgmentMap, labelProblems, mean, runEvaluation, withDemoContext } from './eval-support.js';
import { HOLDOUT_QUERIES } from './search-eval/holdout-queries.js';
import { HOLDOUT2_QUERIES } from './search-eval/holdout2-queries.js';
import { HOLDOUT3_QUERIES } from './search-eval/holdout3-queries.js';
import { HOLDOUT4_QUERIES } from './search-eval/holdout4-queries.js';
import { HOLDOUT5_QUERIES } from './search-eval/holdout5-queries.js';
import { HOLDOUT6_QUERIES } from './search-eval/holdout6-queries.js';
import { HOLDOUT7_QUERIES } from './search-eval/holdout7-queries.js';
import { HOLDOUT8_QUERIES } from './search-eval/holdout8-queries.js';
import { HOLDOUT9_QUERIES } from './search-eval/holdout9-queries.js';
import { HOLDOUT10_QUERIES } from './search-eval/holdout10-queries.js';
import { HOLDOUT11_QUERIES } from './search-eval/holdout11-queries.js';
import { HOLDOUT12_QUERIES } from './search-eval/holdout12-queries.js';
import { LABELLED_QUERIES, type LabelledQuery, type QueryStyle } from './search-eval/labelled-queries.js';

const K_PRECISION = 5;
const K_NDCG = 10;
const TARGET_NDCG = 0.85;
/** Mean precision@5 must reach this share of the best possible mean. */
const TARGET_PRECISION_SHARE = 0.8;
const MINIMUM_QUERIES = 80;
const MINIMUM_HOLDOUT_QUERIES = 40;
const MINIMUM_HOLDOUT2_QUERIES = 60;
const MINIMUM_HOLDOUT3_QUERIES = 80;
const MINIMUM_HOLDOUT4_QUERIES = 80;
const MINIMUM_HOLDOUT5_QUERIES = 80;
const MINIMUM_HOLDOUT6_QUERIES = 80;
const MINIMUM_HOLDOUT7_QUERIES = 90;
const MINIMUM_HOLDOUT8_QUERIES = 80;
const MINIMUM_HOLDOUT9_QUERIES = 80;
const MINIMUM_HOLDOUT10_QUERIES = 80;
const MINIMUM_HOLDOUT11_QUERIES = 30;
const MINIMUM_HOLDOUT12_QUERIES = 30;

/** The sets evaluated, each reported with its own totals. */
const SETS = [
  { name: 'labelled set', queries: LABELLED_QUERIES, minimum: MINIMUM_QUERIES },
  {
    name: 'holdout set (written blind, before its first run)',
    queries: HOLDOUT_QUERIES,
    minimum: MINIMUM_HOLDOUT_QUERIES,
  },
  {
    name: 'holdout set 2 (written blind, before its first run)',
    queries: HOLDOUT2_QUERIES,
    minimum: MINIMUM_HOLDOUT2_QUERIES,
  },
  {
    name: 'holdout set 3 (written blind, before its first run)',
    queries: HOLDOUT3_QUERIES,
    minimum: MINIMUM_HOLDOUT3_QUERIES,
  },
  {
    name: 'holdout set 4 (written blind, before its first run)',
    queries: HOLDOUT4_QUERIES,
    minimum: MINIMUM_HOLDOUT4_QUERIES,
  },
  {
    name: 'holdout set 5 (written blind, before its first run)',
    queries: HOLDOUT5_QUERIES,
    minimum: MINIMUM_HOLDOUT5_QUERIES,
  },
  {
    name: 'holdout set 6 (written blind, before its first run)',
    queries: HOLDOUT6_QUERIES,
    minimum: MINIMUM_HOLDOUT6_QUERIES,
  },
  {
    name: 'holdout set 7 (written blind, before its first run)',
    queries: HOLDOUT7_QUERIES,
    minimum: MINIMUM_HOLDOUT7_QUERIES,
  },
  {
    name: 'holdout set 8 (written blind, before its first run)',
    queries: HOLDOUT8_QUERIES,
    minimum: MINIMUM_HOLDOUT8_QUERIES,
  },
  {
    name: 'holdout set 9 (written blind, before its first run)',
    queries: HOLDOUT9_QUERIES,
    minimum: MINIMUM_HOLDOUT9_QUERIES,
  },
  {
    name: 'holdout set 10 (written blind, before its first run)',
    queries: HOLDOUT10_QUERIES,
    minimum: MINIMUM_HOLDOUT10_QUERIES,
  },
  {
    name: 'holdout set 11 (written blind, before its first run)',
    queries: HOLDOUT11_QUERIES,
    minimum: MINIMUM_HOLDOUT11_QUERIES,
  },
  {
    name: 'holdout set 12 (written blind, before its first run)',
    queries: HOLDOUT12_QUERIES,
    minimum: MINIMUM_HOLDOUT12_QUERIES,
  },
] as const;

interface Result {
  labelled: LabelledQuery;
  total: number;
  rankedKeys: string[];
  judgments: Map<string, number>;
  precision: number;
  maxPrecision: number;
  ndcg: number;
  /** 1 / rank of the first hit judged ≥ 2 in the top 10, 0 when there is none. */
  reciprocalRank: number;
  ms: number;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const dataset = generateDemoDataset();
  for (const set of SETS) {
    const problems = labelProblems(dataset, set.queries, set.minimum);
    if (problems.length) throw new Error(`the ${set.name} does not fit the demo dataset:\n  ${problems.join('\n  ')}`);
  }
  const meili = process.env.MEILI_URL
    ? {
        MEILI_URL: process.env.MEILI_URL,
        MEILI_API_KEY: process.env.MEILI_API_KEY,
        MEILI_INDEX: `search_eval_${randomBytes(4).toString('hex')}`,
      }
    : {};

  await withDemoContext(
    'search_eval',
    [SearchModule],
    async ({ app, seeded }) => {
      const engine = app.get<OfferingSearchEngine>(OFFERING_SEARCH_ENGINE);
      const keyOf = new Map([...seeded.ids].map(([key, id]) => [id, key]));
      console.log(`engine: ${engine.name}`);
      for (const set of SETS) {
        const results: Result[] = [];
        for (const labelled of set.queries) results.push(await evaluate(engine, labelled, keyOf));
        console.log(`\n==== ${set.name}: ${set.queries.length} queries`);
        report(results, dataset, verbose);
      }
    },
    meili,
  );
}

async function evaluate(
  engine: OfferingSearchEngine,
  labelled: LabelledQuery,
  keyOf: ReadonlyMap<string, string>,
): Promise<Result> {
  const started = performance.now();
  const result = await engine.search({
    query: labelled.query,
    sort: 'RELEVANCE',
    limit: K_NDCG,
    offset: 0,
    facets: [],
  });
  const ms = performance.now() - started;
  const rankedKeys = result.hits.map((hit) => keyOf.get(hit.id) ?? `?${hit.id}`);
  const judgments = judgmentMap(labelled);
  const firstRelevant = rankedKeys.findIndex((key) => (judgments.get(key) ?? 0) >= RELEVANT_FROM);
  return {
    labelled,
    total: result.total ?? 0,
    rankedKeys,
    judgments,
    precision: precisionAtK(rankedKeys, judgments, K_PRECISION),
    maxPrecision: maxPrecisionAtK(judgments, K_PRECISION),
    ndcg: ndcgAtK(rankedKeys, judgments, K_NDCG),
    reciprocalRank: firstRelevant < 0 ? 0 : 1 / (firstRelevant + 1),
    ms,
  };
}

/** Under target: empty, nDCG@10 below TARGET_NDCG or precision@5 below its share of the best possible. */
const underTarget = (r: Result) =>
  r.total === 0 || r.ndcg < TARGET_NDCG || r.precision < TARGET_PRECISION_SHARE * r.maxPrecision - 1e-9;

function report(results: Result[], dataset: DemoDataset, verbose: boolean): void {
  const offerings = new Map(dataset.offerings.map((o) => [o.key, o]));
  const fmt = (x: number) => x.toFixed(2);
  console.log(
    `\n${'id'.padEnd(5)} ${'style'.padEnd(10)} ${'query'.padEnd(44)} ${'total'.padStart(5)}  P@5 (max)    nDCG@10    RR  judged 3/2/1`,
  );
  for (const r of results) {
    const count = (g: 1 | 2 | 3) => r.labelled.judgments[g]?.length ?? 0;
    console.log(
      `${r.labelled.id.padEnd(5)} ${r.labelled.style.padEnd(10)} ${fitColumn(r.labelled.query, 44)} ${String(r.total).padStart(5)}  ` +
        `${fmt(r.precision)} (${fmt(r.maxPrecision)})  ${fmt(r.ndcg).padStart(7)}  ${fmt(r.reciprocalRank)}  ${count(3)}/${count(2)}/${count(1)}${r.labelled.noRelevantOffering ? '  (none relevant)' : underTarget(r) ? '  ✘' : ''}`,
    );
  }

  // A query no offering serves has no ideal ranking: its nDCG and precision are undefined, not 0 or 1.
  const unserved = results.filter((r) => r.labelled.noRelevantOffering);
  const served = results.filter((r) => !r.labelled.noRelevantOffering);
  const meanPrecision = mean(served.map((r) => r.precision));
  const bestPrecision = mean(served.map((r) => r.maxPrecision));
  const meanNdcg = mean(served.map((r) => r.ndcg));
  const empty = served.filter((r) => r.total === 0);
  const under = served.filter(underTarget);
  console.log('\nby style (queries, mean nDCG@10, mean P@5 / best, MRR, empty):');
  const styles = [...new Set(served.map((r) => r.labelled.style))] as QueryStyle[];
  for (const style of styles) {
    const group = served.filter((r) => r.labelled.style === style);
    console.log(
      `  ${style.padEnd(10)} ${String(group.length).padStart(3)}  ${mean(group.map((r) => r.ndcg)).toFixed(3)}  ` +
        `${fmt(mean(group.map((r) => r.precision)))} / ${fmt(mean(group.map((r) => r.maxPrecision)))}  ` +
        `${mean(group.map((r) => r.reciprocalRank)).toFixed(3)}  ${group.filter((r) => r.total === 0).length}`,
    );
  }
  console.log(
    `\n${served.length} queries with a relevant offering · zero-result rate ${fmt((100 * empty.length) / served.length)} % (${empty.length}) · ` +
      `mean P@5 ${fmt(meanPrecision)} of best possible ${fmt(bestPrecision)} (${fmt(meanPrecision / bestPrecision)}) · ` +
      `mean nDCG@10 ${meanNdcg.toFixed(3)} · MRR ${mean(served.map((r) => r.reciprocalRank)).toFixed(3)} · ` +
      `mean ${mean(results.map((r) => r.ms)).toFixed(1)} ms per search · under target: ${under.length}`,
  );
  if (unserved.length)
    console.log(
      `${unserved.length} queries no offering serves: ${unserved.filter((r) => r.total === 0).length} answered empty, ` +
        `${unserved.filter((r) => r.total > 0).length} with results (${unserved
          .filter((r) => r.total > 0)
          .map((r) => `${r.labelled.id} ${r.total}`)
          .join(', ')})`,
    );
  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  console.log(`target no query with a relevant offering comes back empty: ${met(empty.length === 0)}`);
  console.log(`target mean nDCG@10 ≥ ${TARGET_NDCG}: ${met(meanNdcg >= TARGET_NDCG)}`);
  console.log(
    `target mean P@5 ≥ ${TARGET_PRECISION_SHARE} of the best possible: ${met(meanPrecision >= TARGET_PRECISION_SHARE * bestPrecision)}`,
  );

  const shown = verbose ? results : [...under, ...unserved.filter((r) => r.total > 0)];
  if (shown.length) console.log(verbose ? '\ntop 10 of every query:' : '\ntop 10 of the queries under target:');
  for (const r of shown) {
    console.log(
      `\n${r.labelled.id} ${r.labelled.query} — ${r.total} results, P@5 ${fmt(r.precision)} (${fmt(r.maxPrecision)}), nDCG@10 ${fmt(r.ndcg)}`,
    );
    r.rankedKeys.forEach((key, index) => {
      const offering = offerings.get(key);
      console.log(
        `  ${String(index + 1).padStart(2)}. [${r.judgments.get(key) ?? 0}] ${key} ${offering?.serviceType ?? '?'} ${offering?.title.zh ?? ''} | ${offering?.title.en ?? ''}`,
      );
    });
    const missed = [...r.judgments]
      .filter(([key, grade]) => grade >= 2 && !r.rankedKeys.includes(key))
      .map(([key, grade]) => `${key} [${grade}]`);
    if (missed.length) console.log(`  not in the top 10: ${missed.join(', ')}`);
  }
}

await runEvaluation(main);
