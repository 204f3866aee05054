import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig, type AppConfig } from '#core';
import { createTestDatabase, type TestDatabase } from '#core/testing';
import { createApiApp } from '../../apps/api/src/bootstrap.js';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    | Array<{
        message: string;
        extensions?: Record<string, unknown> & { code?: string; fields?: Array<{ field: string; message: string }> };
      }>
    | undefined;
}

/** What the fixtures need of an app: GraphQL over HTTP, in process (TestApp) or to a server process. */
export type GraphqlClient = Pick<TestApp, 'gql'>;

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  database: TestDatabase;
  /** POST /graphql over real HTTP; `token` becomes the bearer token. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphqlResponse<T>>;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/** Boots the real API on a database of its own, exactly as main.ts does, minus the listening port (supertest binds one). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    SEED_DEMO: 'false',
    RUN_JOBS_IN_PROCESS: 'false',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    DATA_DIR: '/nonexistent-pilotmatch-test-data',
    // Every test client signs up from 127.0.0.1; registration-throttle.e2e-spec.ts tests the production default.
    REGISTRATIONS_PER_ADDRESS: '1000000',
    // Tests sign up dozens of users at once; password-hash-burst.e2e-spec.ts and password-strength-burst.e2e-spec.ts
    // test the bounds of the hash and scoring queues.
    PASSWORD_HASH_QUEUE: '1000000',
    PASSWORD_HASH_WAIT_MS: '600000',
    PASSWORD_STRENGTH_QUEUE: '1000000',
    PASSWORD_STRENGTH_WAIT_MS: '600000',
    ...env,
  });
  const app = await createApiApp(config);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    config,
    database,
    http: () => request(server),
    async gql(query, variables, options = {}) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (options.token) req.set('authorization', `Bearer ${options.token}`);
      for (const [name, value] of Object.entries(options.headers ?? {})) req.set(name, value);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body?.data, errors: res.body?.errors };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
