import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres } from '#core/testing';
import { registerUser } from '../support/factories.js';
import { waitFor } from '../support/recovery-checks.js';
import {
  graphqlClient,
  killServerProcess,
  spawnServerProcess,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.js';

/**
 * What a killed start or a killed PostgreSQL leaves under DATA_DIR, and what the next `npm start` must get past with
 * no one cleaning by hand: backends orphaned by their killed postmaster, a cluster cut short in initdb, a pid file
 * naming a process that is no PilotMatch, a secret file cut short.
 */
describe('starting again over what a crash left behind', () => {
  let dir: string;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-restart-'));
  });

  afterAll(async () => {
    servers.forEach(killServerProcess);
    await rm(dir, { recursive: true, force: true });
  });

  it('starts beside backends that were busy when their postmaster was killed, and stops them', async () => {
    const clusterDir = path.join(dir, 'orphans');
    const first = await startEmbeddedPostgres({ clusterDir });
    const client = new pg.Client({ connectionString: first.adminUrl });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)');
    const [{ pid: backend }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    // A statement that checks on its postmaster only when it ends: its backend outlives a killed postmaster.
    const busy = client.query('SELECT count(*) FROM generate_series(1, 10000000000)').catch(() => 'ended');
    await waitFor('the statement to run', async () => (await activeStatements(clusterDir)) > 0);
    process.kill(await postmasterPid(clusterDir), 'SIGKILL');

    const second = await startEmbeddedPostgres({ clusterDir });
    try {
      expect(isAlive(backend)).toBe(false);
      const again = new pg.Client({ connectionString: second.adminUrl });
      await again.connect();
      try {
        expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 1 }]);
      } finally {
        await again.end();
      }
    } finally {
      await second.stop();
      await busy;
    }
  }, 60_000);

  it('starts after a start killed during initdb', async () => {
    const dataDir = path.join(dir, 'data');
    const starting = await spawnServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    servers.push(starting);
    // Kill the whole group (initdb with it) once initdb has begun writing the cluster.
    await waitFor('initdb to write the cluster', async () => !!(await initdbWriting(dataDir)));
    const initdb = await initdbWriting(dataDir);
    starting.signalGroup('SIGKILL');
    await starting.exited;
    if (initdb) expect(isAlive(initdb)).toBe(false);

    const server = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    servers.push(server);
    expect((await registerUser(graphqlClient(server.port))).token).toEqual(expect.any(String));
    server.signalGroup('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 90_000);

  it('starts over a pid file naming another live process and a secret file cut short', async () => {
    const dataDir = path.join(dir, 'data');
    // A killed server's pid, since given to a process that is no PilotMatch (here a `sleep`).
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(dataDir, 'pilotmatch.pid'), String(stranger.pid));
      await writeFile(path.join(dataDir, 'jwt-secret'), '');
      const server = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
      servers.push(server);
      const api = graphqlClient(server.port);
      const user = await registerUser(api);
      const me = await api.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: user.token });
      expect(me.data?.me.id).toBe(user.userId);
      expect((await readFile(path.join(dataDir, 'jwt-secret'), 'utf8')).length).toBeGreaterThanOrEqual(32);
      server.signalGroup('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      stranger.kill('SIGKILL');
    }
  }, 90_000);
});

async function postmasterPid(clusterDir: string): Promise<number> {
  return Number((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

async function activeStatements(clusterDir: string): Promise<number> {
  const port = (await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[3];
  const password = (await readFile(`${clusterDir}.password`, 'utf8')).trim();
  const client = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%generate_series%' AND pid <> pg_backend_pid()`,
    );
    return rows.length;
  } finally {
    await client.end();
  }
}

/** The pid of an initdb writing a cluster under `dataDir` that holds PG_VERSION already, if there is one. */
async function initdbWriting(dataDir: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    const command = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const pgdata = command
      .split('\0')
      .find((arg) => arg.startsWith('--pgdata='))
      ?.slice('--pgdata='.length);
    if (!command.includes('initdb') || !pgdata?.startsWith(dataDir)) continue;
    if (await stat(path.join(pgdata, 'PG_VERSION')).catch(() => undefined)) return Number(entry);
  }
  return undefined;
}

/** Running: a zombie (killed, its parent gone, not reaped yet) is not. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
