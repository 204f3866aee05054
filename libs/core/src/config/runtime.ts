import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { createDatabaseIfMissing } from '../database/admin.js';
import { writeFileAtomically } from '../files/write-atomically.js';
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
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(config.dataDir, 'postgres'),
      restartOnExit: true,
      log,
    });
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

/** A secret generated once and kept under DATA_DIR; one cut short by a crash (the config wants 32+) is made anew. */
async function keptSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (kept.length >= MIN_KEPT_SECRET) return kept;
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFileAtomically(file, secret, 0o600);
  return secret;
}

const MIN_KEPT_SECRET = 32;

/**
 * One process owns an embedded DATA_DIR at a time: a second `npm start` (or a worker) on the same directory would
 * otherwise take the running server's PostgreSQL for a leftover and stop it. The owner is named by its pid and the
 * time it started, so a killed owner whose pid another process got since (a reboot, a container restarted) does not
 * keep the directory locked.
 */
async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pilotmatch.pid');
  const [pid, started] = (await readFile(file, 'utf8').catch(() => '')).trim().split(/\s+/);
  const owner = Number(pid);
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && (await isRunning(owner, started))) {
    throw new ConfigError(
      `DATA_DIR ${dataDir} is in use by another PilotMatch process (pid ${owner}); stop it, or set DATA_DIR or DATABASE_URL`,
    );
  }
  await writeFileAtomically(file, `${process.pid} ${(await startTimeOf(process.pid)) ?? ''}`.trim());
  return () => rm(file, { force: true });
}

/** Whether the process that wrote the pid file still runs: that pid, started when the file says (where known). */
async function isRunning(pid: number, started: string | undefined): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const now = await startTimeOf(pid);
  if (now === undefined) return true;
  if (started !== undefined) return now === started;
  // A pid file of before start times were written: a Node process may be its owner, nothing else is.
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return path.basename(command.split('\0')[0]).startsWith('node');
}

/** When a process started, in clock ticks since boot (/proc/<pid>/stat field 22); undefined without /proc. */
async function startTimeOf(pid: number): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}
