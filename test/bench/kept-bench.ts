// The database a `npm run bench:search` run kept with BENCH_DATA_DIR, and an API app on it configured as the profiles
// measure it (production, jobs off, search cache off), and the EXPLAIN of the statements a search sent: one place for
// the profiling scripts that read it.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { loadConfig, type RecordedStatement } from '#core';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#core/testing';
import { createApiApp } from '../../apps/api/src/bootstrap.js';

export interface KeptBench {
  database: EmbeddedDatabase;
  /** The bench database's connection URL (BENCH_OFFERINGS picks which kept size). */
  url: string;
  app: NestExpressApplication;
}

/** Starts the kept cluster and an API app on it (not yet initialised or listening). */
export async function openKeptBench(): Promise<KeptBench> {
  const keep = process.env.BENCH_DATA_DIR;
  if (!keep) throw new Error('BENCH_DATA_DIR: the directory a `npm run bench:search` run kept its database in');
  const offerings = Number(process.env.BENCH_OFFERINGS ?? 100_000);
  const database = await startEmbeddedPostgres({
    clusterDir: path.join(path.resolve(keep), 'postgres'),
    fast: true,
    ownProcessGroup: false,
  });
  const url = database.urlFor(`pilotmatch_bench_${offerings}`);
  const app = await createApiApp(
    loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      SEED_DEMO: 'false',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATA_DIR: path.resolve(keep),
      RUN_JOBS_IN_PROCESS: 'false',
      SEARCH_CACHE_ENTRIES: '0',
    }),
  );
  return { database, url, app };
}

/** A statement as EXPLAIN (ANALYZE, BUFFERS) found it: its server time, the top node's counters, the text plan if asked. */
export interface ExplainedStatement extends RecordedStatement {
  /** Planning + execution, ms. */
  ms: number;
  planningMs: number;
  top: Record<string, number>;
  plan: string[];
}

/**
 * A session for EXPLAIN ANALYZE of recorded statements, with the search pool's generic plans; sequential scans off,
 * so that a plan that falls back to one shows its index choice's cost instead of hiding it.
 */
export async function explainSession(url: string): Promise<pg.Client> {
  const session = new pg.Client({ connectionString: url });
  await session.connect();
  await session.query('SET enable_seqscan = off; SET jit = off; SET plan_cache_mode = force_generic_plan');
  return session;
}

/** Runs each statement again under EXPLAIN (ANALYZE, BUFFERS); with `textPlans`, also the plan as text. */
export async function explainAll(
  session: pg.Client,
  statements: RecordedStatement[],
  textPlans: boolean,
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  for (const statement of statements) {
    const { rows } = await session.query<{ 'QUERY PLAN': Array<Record<string, unknown>> }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.query}`,
      [...statement.parameters],
    );
    const json = rows[0]['QUERY PLAN'][0];
    const planningMs = Number(json['Planning Time']);
    const plan = textPlans
      ? (
          await session.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`, [
            ...statement.parameters,
          ])
        ).rows.map((row) => row['QUERY PLAN'])
      : [];
    explained.push({
      ...statement,
      ms: Number(json['Execution Time']) + planningMs,
      planningMs,
      top: json.Plan as Record<string, number>,
      plan,
    });
  }
  return explained;
}

/**
 * With PROFILE_CPU=<file>, starts sampling this process's V8 CPU profile every 100 µs; `stop` writes it to that file
 * (`cpu-profile-summary.js` reads it). Without PROFILE_CPU, undefined: nothing is sampled.
 */
export async function startCpuProfile(): Promise<{ stop(): Promise<void> } | undefined> {
  const file = process.env.PROFILE_CPU;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
