import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { createDatabaseIfMissing } from '../database/admin.js';
import { ConfigError, type AppConfig } from './app-config.js';

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
  let releaseDataDir = async () => undefined as void;
  if (config.database.embedded) {
    releaseDataDir = await claimDataDir(config.dataDir);
    embedded = await startEmbeddedPostgres({ clusterDir: path.join(config.dataDir, 'postgres'), log });
    await createDatabaseIfMissing(embedded.adminUrl, EMBEDDED_DATABASE_NAME);
    databaseUrl = embedded.urlFor(EMBEDDED_DATABASE_NAME);
    log(`embedded PostgreSQL listening at ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}`);
  }
  const jwtSecret = config.auth.jwtSecret ?? (await keptSecret(config.dataDir, 'jwt-secret'));
  return {
    config: { ...config, database: { ...config.database, url: databaseUrl }, auth: { ...config.auth, jwtSecret } },
    release: async () => {
      await embedded?.stop();
      await releaseDataDir();
    },
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

/**
 * One process owns an embedded DATA_DIR at a time: a second `npm start` (or a worker) on the same directory would
 * otherwise take the running server's PostgreSQL for a leftover and stop it.
 */
async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pilotmatch.pid');
  const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
    throw new ConfigError(
      `DATA_DIR ${dataDir} is in use by another PilotMatch process (pid ${owner}); stop it, or set DATA_DIR or DATABASE_URL`,
    );
  }
  await writeFile(file, String(process.pid));
  return () => rm(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
