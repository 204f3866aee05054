import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { PoolClient, PreparingClient } from './pool-client.js';
import type { QueryCounter } from './query-counter.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** The one place the TypeORM connection is described: the app, the CLI scripts and tests all start here. */
export function dataSourceOptions(
  url: string,
  extra: { logger?: QueryCounter; poolSize?: number; statementTimeoutMs?: number; preparedStatements?: boolean } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    // Migration classes, not globs: globs break between .ts under jest and .js in dist.
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    logger: extra.logger,
    logging: extra.logger ? ['query'] : false,
    // Fail fast rather than hang when the pool is exhausted, never let a forgotten transaction hold locks, and stop a
    // runaway statement before it holds a connection for good. Only the app passes a limit; migrations run at start
    // under it, so a long upgrade runs first with `npm run migration:run`, which has none.
    extra: {
      max: extra.poolSize ?? 20,
      Client: extra.preparedStatements === false ? PoolClient : PreparingClient,
      roundTrips: extra.logger,
      application_name: 'pilotmatch',
      connectionTimeoutMillis: 10_000,
      idle_in_transaction_session_timeout: 60_000,
      // The isolation TransactionRunner relies on by default, whatever the server's configuration says.
      options: '-c default_transaction_isolation=read\\ committed',
      ...(extra.statementTimeoutMs ? { statement_timeout: extra.statementTimeoutMs } : {}),
    },
  };
}
