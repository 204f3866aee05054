import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres } from '#core/testing';
import {
  killServerProcess,
  postGraphql,
  startServerProcess,
  startWorkerProcess,
  type HttpOutcome,
  type ServerProcess,
} from '../support/server-process.js';
import { waitFor } from '../support/recovery-checks.js';

interface Registered {
  register?: { user: { email: string } };
}
type Outcome = HttpOutcome<Registered>;

/**
 * A real server process (`node dist/apps/api/src/main.js`, embedded PostgreSQL) under load gets SIGINT on its whole
 * process group, as Ctrl-C in a terminal sends it: the requests it accepted are answered, later ones are refused at
 * the connection, PostgreSQL stops after the app (it is not in the group), and what was answered is what is stored.
 */
describe('stop signal to the process group', () => {
  let dataDir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-signal-'));
    // The load it stops under includes sign-ups, all from loopback: not the registration throttle's to refuse.
    server = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
  }, 90_000);

  afterAll(async () => {
    killServerProcess(server);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers every accepted request, refuses the rest cleanly, stops PostgreSQL after the app, keeps the data consistent', async () => {
    const register = (email: string) =>
      postGraphql<Registered>(server.port, {
        query: `mutation($input: RegisterInput!) { register(input: $input) { user { email } } }`,
        variables: {
          input: {
            email,
            password: 'correct-horse-battery',
            displayName: '并发用户',
            organization: { name: `信号测试 ${email}`, kind: 'STARTUP', province: '32', city: '苏州' },
          },
        },
      });
    const before = Array.from({ length: 100 }, (_, i) => register(`before-${i}@example.com`));
    // Once every request is on the wire and the server is busy with them (hashing passwords), Ctrl-C the group.
    await Promise.all(before.map((r) => r.sent));
    await Promise.race(before.map((r) => r.outcome));
    server.signalGroup('SIGINT');
    const after = Array.from({ length: 20 }, (_, i) => register(`after-${i}@example.com`));

    const accepted = await Promise.all(before.map((r) => r.outcome));
    const late = await Promise.all(after.map((r) => r.outcome));
    expect(await server.exited).toBe(0);

    // Every request sent before the signal is answered: in full if the server had admitted it, else with a 503 that
    // says nothing was done (it was still waiting to be accepted); none with an internal error, none reset.
    expect(accepted.map((o) => o.kind)).toEqual(accepted.map(() => 'answered'));
    for (const outcome of accepted) expect(cleanOrShown(outcome)).toBe('clean');
    expect(accepted.filter((o) => o.status === 200).length).toBeGreaterThan(0);
    // Those sent after it are answered the same way, or refused at the connection once the server stopped listening.
    for (const outcome of late) expect(outcome.kind === 'answered' ? cleanOrShown(outcome) : 'clean').toBe('clean');
    expect(server.output()).not.toMatch(
      /Connection terminated|QueryRunnerProviderAlreadyReleased|INTERNAL_SERVER_ERROR/,
    );
    // PostgreSQL shut down cleanly (it removes its pid file) after the app, not under it.
    await expect(stat(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow(/ENOENT/);

    // What the answers say was stored is exactly what is stored.
    const answered = [...accepted, ...late]
      .map((o) => o.body?.data?.register?.user.email)
      .filter((e): e is string => !!e)
      .sort();
    const database = await startEmbeddedPostgres({
      clusterDir: path.join(dataDir, 'postgres'),
      ownProcessGroup: false,
    });
    const client = new pg.Client({ connectionString: database.urlFor('pilotmatch') });
    try {
      await client.connect();
      const { rows } = await client.query<{ email: string }>(`SELECT email FROM app_user ORDER BY email`);
      expect(rows.map((r) => r.email)).toEqual(answered);
      expect(answered.length).toBe(
        accepted.filter((o) => o.status === 200).length + late.filter((o) => o.status === 200).length,
      );
    } finally {
      await client.end();
      await database.stop();
    }
  }, 120_000);
});

/**
 * A supervisor that signals the group and then the process (Playwright's web server does: SIGTERM to its group, and
 * test/web/serve.mjs passes it on to the API), or Ctrl-C pressed twice: the second signal finds the app stopping and
 * changes nothing. Were it to kill the app, the embedded PostgreSQL, in a process group of its own, would be left
 * running with no one to stop it.
 */
describe.each([
  { name: 'app', start: startServerProcess },
  // The worker alone (`apps/worker`, its own embedded PostgreSQL when no DATABASE_URL) obeys the same rule.
  { name: 'worker', start: startWorkerProcess },
])('a second stop signal while the $name stops', ({ name, start }) => {
  let dataDir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), `pilotmatch-${name}-signal-twice-`));
    server = await start({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
  }, 90_000);

  afterAll(async () => {
    killServerProcess(server);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('does not cut the shutdown short: it exits cleanly and its PostgreSQL is stopped', async () => {
    server.signalGroup('SIGTERM');
    await waitFor(`the ${name} to begin stopping`, async () => server.output().includes('SIGTERM received'));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await expect(stat(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow(/ENOENT/);
  }, 60_000);
});

/** 200 with data and no error, or 503 SERVICE_UNAVAILABLE (nothing done): never an internal error. */
/** 'clean', or the outcome itself when it is not, so that a failure shows what came back. */
const cleanOrShown = (outcome: Outcome) =>
  answeredCleanly(outcome) ? 'clean' : JSON.stringify(outcome).slice(0, 2000);

function answeredCleanly(outcome: Outcome): boolean {
  const codes = outcome.body?.errors?.map((e) => e.extensions?.code) ?? [];
  if (outcome.status === 200) return codes.length === 0 && !!outcome.body?.data?.register;
  return outcome.status === 503 && codes.every((c) => c === 'SERVICE_UNAVAILABLE');
}
