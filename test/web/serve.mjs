// Playwright's web server: the real API (built, `node dist/apps/api/src/main.js`) on a fresh embedded database in
// a temporary DATA_DIR, seeded with the demo data, serving the built web app. Removed again when Playwright stops it.
//
// The API runs its PostgreSQL in a process group of its own (a signal to Playwright's group never reaches it) and
// starts it again whenever it exits unasked: only the API stops it. So this harness waits for the API to exit, and
// should the API die or hang without stopping its cluster, stops that cluster itself before removing its directory
// (test/e2e/web-test-server.e2e-spec.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PREFIX = 'pilotmatch-web-';
/** How long the API gets to stop after a stop signal (its own drain is 20 s, then its PostgreSQL stops). */
const API_STOP_MS = 40_000;
/** How long a PostgreSQL gets for a fast shutdown (SIGINT) before it is killed. */
const POSTGRES_STOP_MS = 10_000;
/** A directory younger than this without the API's pid file may be another run's, starting. */
const STARTING_MS = 5 * 60_000;

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** The first number of a file (a postmaster.pid, the API's pilotmatch.pid), if it names a live process. */
const livePid = (file) => {
  try {
    const pid = Number(readFileSync(file, 'utf8').split(/\s/)[0]);
    return pid > 0 && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
};
const postmasterOf = (dir) => livePid(path.join(dir, 'postgres', 'postmaster.pid'));

/** Stops the PostgreSQL of a data directory, if one runs: fast shutdown, then SIGKILL. Returns its pid. */
async function stopPostgres(dir) {
  const pid = postmasterOf(dir);
  if (!pid) return undefined;
  process.kill(pid, 'SIGINT');
  for (const deadline = Date.now() + POSTGRES_STOP_MS; alive(pid) && Date.now() < deadline;) await sleep(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  return pid;
}

// A run killed outright (Playwright's SIGKILL to its group) leaves its directory behind, and its PostgreSQL running:
// stop those whose API is gone, and remove them. Directories of runs still going (their API alive) are left alone.
for (const name of readdirSync(os.tmpdir()).filter((n) => n.startsWith(PREFIX))) {
  const dir = path.join(os.tmpdir(), name);
  const owner = path.join(dir, 'pilotmatch.pid');
  if (livePid(owner)) continue;
  // A run starting beside this one: its API has not claimed the directory yet.
  if (!existsSync(owner) && Date.now() - statSync(dir).mtimeMs < STARTING_MS) continue;
  const left = await stopPostgres(dir);
  if (left) process.stderr.write(`serve.mjs: stopped the PostgreSQL (pid ${left}) an earlier run left in ${dir}\n`);
  rmSync(dir, { recursive: true, force: true });
}
const dataDir = mkdtempSync(path.join(os.tmpdir(), PREFIX));
const api = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: process.env.WEB_TEST_PORT ?? '3199',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    MEILI_URL: '',
    SEED_DEMO: 'true',
    NODE_ENV: 'development',
    LOG_LEVEL: process.env.WEB_TEST_LOG_LEVEL ?? 'warn',
    // Every page test signs up from loopback.
    REGISTRATIONS_PER_ADDRESS: '1000000',
  },
});

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  // Playwright signals the whole group, the API included; a signal to this process alone reaches it only so.
  api.kill(signal);
  setTimeout(() => {
    process.stderr.write(`serve.mjs: the API did not stop within ${API_STOP_MS / 1000} s; killing it\n`);
    api.kill('SIGKILL');
  }, API_STOP_MS).unref();
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
api.on('exit', async (code, signal) => {
  // With the API gone nothing starts its PostgreSQL again: stop it, should the API have left it running.
  const left = await stopPostgres(dataDir);
  if (left) process.stderr.write(`serve.mjs: stopped the PostgreSQL the API left running (pid ${left})\n`);
  rmSync(dataDir, { recursive: true, force: true });
  const clean = stopping && code === 0 && !left;
  if (!clean) process.stderr.write(`serve.mjs: the API exited ${signal ? `on ${signal}` : `with code ${code}`}\n`);
  process.exit(clean ? 0 : 1);
});
