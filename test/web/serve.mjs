// Playwright's web server: the real API (built, `node dist/apps/api/src/main.js`) on a fresh embedded database in
// a temporary DATA_DIR, seeded with the demo data, serving the built web app. Removed again when Playwright stops it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PREFIX = 'pilotmatch-web-';
/** Whether the PostgreSQL of a data directory is running (its postmaster.pid names a live process). */
const postgresRunning = (dir) => {
  try {
    const pid = Number(readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
// A run that was killed outright leaves its directory behind: remove those whose PostgreSQL is gone.
for (const name of readdirSync(os.tmpdir()).filter((n) => n.startsWith(PREFIX))) {
  const dir = path.join(os.tmpdir(), name);
  if (!postgresRunning(dir)) rmSync(dir, { recursive: true, force: true });
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
  api.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
api.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
