import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  prepareTemplateDatabase,
  startEmbeddedPostgres,
  TEST_ADMIN_URL_ENV,
  type EmbeddedDatabase,
} from '#core/testing';

declare global {
  var __pilotmatchTestDatabase: EmbeddedDatabase | undefined;
  var __pilotmatchTestDir: string | undefined;
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set, otherwise an embedded cluster in a temp dir
 * (durability settings off, it is thrown away). Each test file clones the migrated template.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // Under /tmp (world-traversable): as root, the cluster runs as the postgres user.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-test-'));
    const database = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'postgres'),
      fast: true,
      ownProcessGroup: false,
    });
    globalThis.__pilotmatchTestDatabase = database;
    globalThis.__pilotmatchTestDir = dir;
    adminUrl = database.adminUrl;
  }
  process.env[TEST_ADMIN_URL_ENV] = adminUrl;
  await prepareTemplateDatabase(adminUrl);
}
