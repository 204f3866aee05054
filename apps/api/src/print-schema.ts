import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig, prepareRuntime, readEnvironment } from '#core';
import { createApiApp } from './bootstrap.js';

/** `npm run schema:generate`: boots the API (not listening) and writes the SDL that clients and the stale-schema test read. */
const runtime = await prepareRuntime(
  { ...loadConfig(readEnvironment()), seedDemo: false, runJobsInProcess: false, logLevel: 'warn' },
  () => undefined,
);
let code = 0;
try {
  const app = await createApiApp(runtime.config);
  await app.init();
  const sdl = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
  await writeFile('apps/api/schema.gql', `${sdl}\n`);
  await app.close();
  process.stderr.write('wrote apps/api/schema.gql\n');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  code = 1;
} finally {
  await runtime.release();
}
process.exit(code);
