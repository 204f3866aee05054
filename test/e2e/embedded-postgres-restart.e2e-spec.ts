import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres } from '#core/testing';
import { waitFor } from '../support/recovery-checks.js';

/**
 * The embedded PostgreSQL started again after its postmaster was killed while backends were busy (the rest of what a
 * crash leaves under DATA_DIR: crash-recovery.e2e-spec.ts): the next `npm start` must not need anyone to stop them.
 */
describe('the embedded PostgreSQL started again after its postmaster was killed', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-restart-'));
  });

  afterAll(async () => {
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

/** Running: a zombie (killed, its parent gone, not reaped yet) is not. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
