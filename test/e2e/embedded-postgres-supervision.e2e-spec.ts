import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registerUser, type SignedIn } from '../support/factories.js';
import { waitFor } from '../support/recovery-checks.js';
import {
  graphqlClient,
  killServerProcess,
  postGraphql,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.js';

/**
 * `npm start` owns its PostgreSQL: when that server dies under it (the OOM killer, a crash), the API, still alive,
 * starts it again on the same port and answers as before, with what was committed (probe 13: it answered
 * SERVICE_UNAVAILABLE for as long as it ran, so nothing restarted it).
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded PostgreSQL killed under a running API', () => {
  let dataDir: string;
  let server: ServerProcess;
  let user: SignedIn;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-supervised-'));
    server = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    user = await registerUser(graphqlClient(server.port));
  }, 90_000);

  // The cluster the API started again runs in a process group of its own (as `npm start`'s does) and is still
  // recovering or checkpointing when the API is killed: stop it too before its files are removed.
  afterAll(async () => {
    const running = await postmaster().catch(() => undefined);
    killServerProcess(server);
    if (running) {
      try {
        process.kill(running, 'SIGQUIT');
        await waitFor('the restarted PostgreSQL to stop', async () => !isAlive(running));
      } catch {
        // Already gone.
      }
    }
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }, 90_000);

  const postmaster = async () =>
    Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

  const me = async () =>
    (
      await postGraphql<{ me: { email: string } | null }>(server.port, { query: '{ me { email } }' }, user.token)
        .outcome
    ).body;

  it('is started again by the API, which then answers as before', async () => {
    const killed = await postmaster();
    process.kill(killed, 'SIGKILL');
    await waitFor('the API to answer from its database again', async () => !!(await me())?.data?.me);
    expect((await me())?.data?.me?.email).toBe(user.email);
    expect(await postmaster()).not.toBe(killed);
    // The same process all along.
    expect(server.child.exitCode).toBeNull();
  }, 120_000);
});
