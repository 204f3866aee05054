// `npm run eval:matching`: ranking quality of matching over the demo dataset. Starts an embedded PostgreSQL in a
// temp dir, seeds the default demo dataset, builds the search index through the outbox, posts each labelled request
// (matching-eval/labelled-requests.ts) through MatchingService.createPilotRequest as a demo requester, ranks with
// MatchingService.rankMatches (what matchesForRequest answers) and prints precision@5 (relevance ≥ 2 counts) and
// nDCG@10 per request and overall. Then the same for the holdout set (matching-eval/holdout-requests.ts: requests
// written blind and committed before its first run), the second (matching-eval/holdout2-requests.ts) and the third
// (matching-eval/holdout3-requests.ts), written likewise, each in its own section with its own totals. A request no
// offering serves (`noRelevantOffering`) has no best ranking to measure against: it is left out of the means and
// reported apart, with how many matches it got, the best one's score and how many score at least SCORE_SHOWN_AS_A_MATCH (target: none);
// for the others, how many requests have a relevant match (≥ 2) scoring that much (target: all).
// `--verbose` prints every request's top 10 with its labels (only the requests under the target otherwise).
// Exits non-zero only when something crashes; whether the target is met is printed. Results: docs/benchmarks.md.
import { type INestApplicationContext } from '@nestjs/common';
import { moneyFromNumber } from '#core';
import { type DemoDataset, generateDemoDataset } from '#demo';
import { MemberRole, OrganizationKind, type Actor } from '#identity';
import { MatchingModule, MatchingService, maxPrecisionAtK, ndcgAtK, precisionAtK, type ScoredMatch } from '#matching';
import { SearchModule } from '#search';
import { fitColumn, judgmentMap, labelProblems, mean, runEvaluation, withDemoContext } from './eval-support.js';
import { HOLDOUT_REQUESTS } from './matching-eval/holdout-requests.js';
import { HOLDOUT2_REQUESTS } from './matching-eval/holdout2-requests.js';
import { HOLDOUT3_REQUESTS } from './matching-eval/holdout3-requests.js';
import {
  LABELLED_REQUESTS,
  type Grade,
  type LabelledRequest,
  type Requester,
} from './matching-eval/labelled-requests.js';

const TARGET_NDCG = 0.8;
/**
 * A score a requester takes for a real match: the best matches of served requests score 0.8–0.9, and the first runs of
 * both holdouts gave unserved needs best scores of 0.68–0.88 (docs/benchmarks.md), indistinguishable from them.
 */
const SCORE_SHOWN_AS_A_MATCH = 0.6;
/** The sets evaluated, each reported with its own totals. */
const SETS = [
  { name: 'labelled set', requests: LABELLED_REQUESTS, minimum: 30 },
  { name: 'holdout set (written blind, before its first run)', requests: HOLDOUT_REQUESTS, minimum: 40 },
  { name: 'second holdout set (written blind, before its first run)', requests: HOLDOUT2_REQUESTS, minimum: 40 },
  { name: 'third holdout set (written blind, before its first run)', requests: HOLDOUT3_REQUESTS, minimum: 30 },
] as const;
const K_PRECISION = 5;
const K_NDCG = 10;
const DAY_MS = 86_400_000;
const REQUESTERS: Record<Requester, { email: string; organizationKey: string; kind: OrganizationKind }> = {
  startup: { email: 'startup@pilotmatch.demo', organizationKey: 'org-demo-startup', kind: OrganizationKind.STARTUP },
  sme: { email: 'sme@pilotmatch.demo', organizationKey: 'org-demo-sme', kind: OrganizationKind.SME },
  university: {
    email: 'university@pilotmatch.demo',
    organizationKey: 'org-demo-university',
    kind: OrganizationKind.UNIVERSITY,
  },
};

type CreateInput = Parameters<MatchingService['createPilotRequest']>[1];

interface Result {
  labelled: LabelledRequest;
  ranked: ScoredMatch[];
  rankedKeys: string[];
  judgments: Map<string, number>;
  precision: number;
  maxPrecision: number;
  ndcg: number;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const dataset = generateDemoDataset();
  for (const set of SETS) {
    const problems = labelProblems(dataset, set.requests, set.minimum);
    if (problems.length) throw new Error(`the ${set.name} does not fit the demo dataset:\n  ${problems.join('\n  ')}`);
  }

  await withDemoContext('matching_eval', [MatchingModule, SearchModule], async ({ app, seeded, seededAt }) => {
    for (const set of SETS) {
      const results = await rankAll(app, set.requests, seeded.ids, seeded.userIds, seededAt);
      console.log(`\n==== ${set.name}: ${set.requests.length} requests`);
      report(results, dataset, verbose);
    }
  });
}

async function rankAll(
  app: INestApplicationContext,
  requests: readonly LabelledRequest[],
  ids: ReadonlyMap<string, string>,
  userIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<Result[]> {
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const matching = app.get(MatchingService);
  const results: Result[] = [];
  for (const labelled of requests) {
    const actor = actorFor(labelled.requester, ids, userIds);
    const request = await matching.createPilotRequest(actor, toInput(labelled, now));
    const ranked = await matching.rankMatches(actor, request.id, K_NDCG, now);
    const rankedKeys = ranked.map((m) => keyOf.get(m.offeringId) ?? `?${m.offeringId}`);
    const judgments = judgmentMap(labelled);
    results.push({
      labelled,
      ranked,
      rankedKeys,
      judgments,
      precision: precisionAtK(rankedKeys, judgments, K_PRECISION),
      maxPrecision: maxPrecisionAtK(judgments, K_PRECISION),
      ndcg: ndcgAtK(rankedKeys, judgments, K_NDCG),
    });
  }
  return results;
}

function actorFor(requester: Requester, ids: ReadonlyMap<string, string>, userIds: ReadonlyMap<string, string>): Actor {
  const spec = REQUESTERS[requester];
  const organizationId = ids.get(spec.organizationKey);
  const userId = userIds.get(spec.email);
  if (!organizationId || !userId) throw new Error(`demo requester ${requester} (${spec.email}) was not seeded`);
  return {
    userId,
    email: spec.email,
    organizationId,
    organizationKind: spec.kind,
    role: MemberRole.OWNER,
    siteAdmin: false,
    authorityRegion: null,
    sessionVersion: 0,
  };
}

function toInput(r: LabelledRequest, now: Date): CreateInput {
  return {
    kind: r.kind,
    title: r.title,
    titleEn: r.titleEn,
    description: r.description,
    descriptionEn: r.descriptionEn,
    serviceTypes: r.serviceTypes,
    industryDirection: r.industryDirection,
    keyDomains: r.keyDomains,
    keywords: r.keywords,
    scaleFrom: r.scale?.from,
    scaleTo: r.scale?.to,
    scaleUnit: r.scale?.unit,
    windowFrom: new Date(now.getTime() + r.window.fromDays * DAY_MS),
    windowTo: new Date(now.getTime() + r.window.toDays * DAY_MS),
    // Budgets are written in yuan, as a requester types them; the service takes fen, as the Money scalar hands it over.
    budgetMin: r.budget?.min === undefined ? undefined : moneyFromNumber(r.budget.min),
    budgetMax: r.budget?.max === undefined ? undefined : moneyFromNumber(r.budget.max),
    preferredProvinces: r.preferredProvinces,
    location: r.location,
    requiredAccreditations: r.requiredAccreditations,
    trl: r.trl,
    patentNumbers: r.patentNumbers ?? [],
    ipOwnership: r.ipOwnership,
    confidential: false,
  };
}

function report(results: Result[], dataset: DemoDataset, verbose: boolean): void {
  const offerings = new Map(dataset.offerings.map((o) => [o.key, o]));
  const fmt = (x: number) => x.toFixed(2);
  const title = (r: LabelledRequest) => fitColumn(r.titleEn ?? r.title, 58);
  console.log(`\n${'id'.padEnd(4)} ${'kind'.padEnd(16)} ${'request'.padEnd(58)}  P@5 (max)    nDCG@10  judged 3/2/1`);
  for (const r of results) {
    const count = (g: Grade) => r.labelled.judgments[g]?.length ?? 0;
    console.log(
      `${r.labelled.id.padEnd(4)} ${r.labelled.kind.padEnd(16)} ${title(r.labelled)}  ${fmt(r.precision)} (${fmt(r.maxPrecision)})  ${fmt(r.ndcg).padStart(7)}  ${count(3)}/${count(2)}/${count(1)}${r.labelled.noRelevantOffering ? '  (none relevant)' : ''}`,
    );
  }
  // A request no offering serves has no ideal ranking: its nDCG and precision are undefined, not 0 or 1.
  const unserved = results.filter((r) => r.labelled.noRelevantOffering);
  const served = results.filter((r) => !r.labelled.noRelevantOffering);
  const meanNdcg = mean(served.map((r) => r.ndcg));
  const under = served.filter((r) => r.ndcg < TARGET_NDCG);
  console.log(
    `\n${served.length} requests with a relevant offering · mean P@5 ${fmt(mean(served.map((r) => r.precision)))} (best possible ${fmt(mean(served.map((r) => r.maxPrecision)))}) · ` +
      `mean nDCG@10 ${meanNdcg.toFixed(3)} · requests with nDCG@10 < ${TARGET_NDCG}: ${under.length}`,
  );
  const shownAsMatches = (r: Result) => r.ranked.filter((m) => m.score >= SCORE_SHOWN_AS_A_MATCH).length;
  const relevantShown = served.filter((r) =>
    r.ranked.some((m, i) => m.score >= SCORE_SHOWN_AS_A_MATCH && (r.judgments.get(r.rankedKeys[i]) ?? 0) >= 2),
  );
  console.log(
    `requests with a relevant match scoring ≥ ${SCORE_SHOWN_AS_A_MATCH}: ${relevantShown.length} of ${served.length}`,
  );
  if (unserved.length)
    console.log(
      `${unserved.length} requests no offering serves: ${unserved.map((r) => `${r.labelled.id} ${r.ranked.length} matches${r.ranked.length ? `, best ${r.ranked[0].score.toFixed(3)}` : ''}`).join('; ')}\n` +
        `matches of those scoring ≥ ${SCORE_SHOWN_AS_A_MATCH} (target 0): ${unserved.reduce((n, r) => n + shownAsMatches(r), 0)} (${unserved.map((r) => `${r.labelled.id} ${shownAsMatches(r)}`).join(', ')})`,
    );
  console.log(`target mean nDCG@10 ≥ ${TARGET_NDCG}: ${meanNdcg >= TARGET_NDCG ? 'MET' : 'NOT MET'}`);

  const shown = verbose ? results : [...under, ...unserved];
  if (shown.length)
    console.log(
      verbose
        ? '\ntop 10 of every request:'
        : `\ntop 10 of the requests under ${TARGET_NDCG} and of those no offering serves:`,
    );
  for (const r of shown) {
    console.log(`\n${r.labelled.id} ${r.labelled.title} — nDCG@10 ${fmt(r.ndcg)}`);
    r.ranked.forEach((match, index) => {
      const key = r.rankedKeys[index];
      const offering = offerings.get(key);
      const factors = match.reasons
        .filter((reason) => reason.weight > 0 || reason.factor === 'NEED_FIT')
        .map((reason) => `${reason.factor.split('_')[0].slice(0, 4).toLowerCase()} ${reason.score.toFixed(2)}`)
        .join(' ');
      console.log(
        `  ${String(index + 1).padStart(2)}. [${r.judgments.get(key) ?? 0}] ${key} ${match.score.toFixed(3)} ${offering?.serviceType ?? '?'} ${offering?.title.zh ?? ''} | ${factors}`,
      );
    });
    const missed = [...r.judgments]
      .filter(([key, grade]) => grade >= 2 && !r.rankedKeys.includes(key))
      .map(([key, grade]) => `${key} [${grade}]`);
    if (missed.length) console.log(`  not in the top 10: ${missed.join(', ')}`);
  }
}

await runEvaluation(main);
