// The database a `npm run bench:search` run kept with BENCH_DATA_DIR, and an API app on it configured as the profiles
// measure it (production, jobs off, search cache off): one place for the profiling scripts that read it.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '#core';
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
