import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { expectBusyRefusals, outcome, signUpsAtOnce, whileBystanderReads } from '../support/bursts.js';
import { registerUser, TEST_PASSWORD, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const BURST = 40;

/**
 * Probe 16, finding 1: a burst of password hashes from one anonymous client queued without bound on libuv's thread
 * pool, which database connections share, and stalled everyone. With one hash at a time and one waiting (far below
 * the defaults, so that 40 requests at once exceed it on any machine), the burst is refused past the queue with
 * SERVICE_UNAVAILABLE, and a signed-in bystander is served meanwhile. A burst from one address waits for its throttle
 * row in the process, not on pool connections.
 */
describe('a burst of password hashes', () => {
  let t: TestApp;
  let bystander: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'loopback',
      PASSWORD_HASH_CONCURRENCY: '1',
      PASSWORD_HASH_QUEUE: '1',
      PASSWORD_HASH_WAIT_MS: '2000',
    });
    bystander = await registerUser(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses sign-ups past the queue with SERVICE_UNAVAILABLE, creating no account for them, and serves a bystander', async () => {
    const { burst, bystander: reads } = await signUpsAtOnce(
      t,
      bystander.token,
      Array.from({ length: BURST }, () => TEST_PASSWORD),
    );
    expectBusyRefusals(burst, 'OK');
    expect(reads.map(outcome)).toEqual(reads.map(() => 'OK'));
  });

  it('refuses sign-ins at unknown addresses past the queue too: their dummy check waits in the same queue', async () => {
    const { burst, bystander: reads } = await whileBystanderReads(
      t,
      bystander.token,
      Promise.all(
        Array.from({ length: BURST }, (_, i) =>
          t.gql(
            LOGIN,
            { input: { email: `nobody-${i}-${randomUUID().slice(0, 8)}@example.com`, password: 'wrong-password' } },
            { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } },
          ),
        ),
      ),
    );
    expectBusyRefusals(burst, 'UNAUTHENTICATED');
    expect(burst.filter((r) => outcome(r) === 'UNAUTHENTICATED').length).toBeGreaterThan(0);
    expect(reads.map(outcome)).toEqual(reads.map(() => 'OK'));
  });

  it('keeps a one-address burst waiting for its throttle row in the process: no pool connection waits on that lock', async () => {
    // Unguarded, each sign-up and sign-in took a pool connection to wait for the address's login_attempt row, and
    // everyone else's requests queued behind them for a connection (docs/probe16-findings.md, finding 1).
    const observer = new pg.Client({ connectionString: t.database.url });
    await observer.connect();
    try {
      const address = { 'x-forwarded-for': '192.0.2.50' };
      const burst = Promise.all([
        ...Array.from({ length: BURST }, (_, i) => {
          const email = `convoy-${i}-${randomUUID().slice(0, 8)}@example.com`;
          const organization = { name: `突发注册 ${email}`, kind: 'STARTUP', province: '32', city: '无锡' };
          return t.gql(
            REGISTER,
            { input: { email, password: TEST_PASSWORD, displayName: 'Burst', organization } },
            { headers: address },
          );
        }),
        ...Array.from({ length: BURST }, (_, i) =>
          t.gql(
            LOGIN,
            { input: { email: `convoy-nobody-${i}@example.com`, password: 'wrong-password' } },
            { headers: address },
          ),
        ),
      ]);
      let settled = false;
      const done = burst.finally(() => (settled = true));
      const waiting: number[] = [];
      do {
        const [{ n }] = (
          await observer.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%login_attempt%'`,
          )
        ).rows;
        waiting.push(n);
      } while (!settled);
      const results = await done;
      expect(results.map(outcome)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(waiting.length).toBeGreaterThan(0);
      expect(Math.max(...waiting)).toBe(0);
    } finally {
      await observer.end();
    }
  });
});
