import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { quoteIdent, withAdminClient } from '../database/admin.js';
import { dataSourceOptions } from '../database/data-source.options.js';

/** Set by the jest global setup: a server on which tests may create and drop databases. */
export const TEST_ADMIN_URL_ENV = 'PILOTMATCH_TEST_ADMIN_URL';
export const TEMPLATE_DATABASE = 'pilotmatch_template';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

const urlFor = (adminUrl: string, database: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/** Creates the template database and migrates it once; every test file then clones it (a file copy, fast). */
export async function prepareTemplateDatabase(adminUrl: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DATABASE)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DATABASE)}`);
  });
  const dataSource = new DataSource(dataSourceOptions(urlFor(adminUrl, TEMPLATE_DATABASE), { poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await dataSource.destroy();
  }
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ADMIN_URL_ENV];
  if (!adminUrl)
    throw new Error(`${TEST_ADMIN_URL_ENV} is not set: run tests through jest (its global setup starts PostgreSQL)`);
  const name = `pilotmatch_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DATABASE)}`),
  );
  return {
    name,
    url: urlFor(adminUrl, name),
    drop: () =>
      withAdminClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      ).then(() => undefined),
  };
}
