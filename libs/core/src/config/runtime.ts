import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { createDatabaseIfMissing } from '../database/admin.js';
import type { AppConfig } from './app-config.js';

export const EMBEDDED_DATABASE_NAME = 'pilotmatch';

export interface PreparedRuntime {
  config: AppConfig;
  /** Stops what `prepareRuntime` started (the embedded PostgreSQL), after the app has closed its connections. */
  release(): Promise<void>;
}

/**
 * Completes the configuration for the embedded default: starts PostgreSQL under DATA_DIR when DATABASE_URL is
 * unset, and keeps a generated JWT secret there so tokens survive a restart.
 */
export async function prepareRuntime(config: AppConfig, log: (line: string) => void): Promise<PreparedRuntime> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.database.url;
  if (config.database.embedded) {
    embedded = await startEmbeddedPostgres({ clusterDir: path.join(config.dataDir, 'postgres'), log });
    await createDatabaseIfMissing(embedded.adminUrl, EMBEDDED_DATABASE_NAME);
    databaseUrl = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    log(`embedded PostgreSQL listening at ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}`);
  }
  const jwtSecret = config.auth.jwtSecret ?? (await keptSecret(config.dataDir, 'jwt-secret'));
  return {
    config: { ...config, database: { ...config.database, url: databaseUrl }, auth: { ...config.auth, jwtSecret } },
    release: async () => embedded?.stop(),
  };
}

async function keptSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}
