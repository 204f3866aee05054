import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { registerUser, TEST_PASSWORD } from '../support/factories.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;

/**
 * Races real sign-ups over HTTP with the production default of free registrations per address (10); TRUST_PROXY
 * lets X-Forwarded-For stand for distinct client addresses.
 */
describe('registration throttle under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', REGISTRATIONS_PER_ADDRESS: '10' });
  });

  afterAll(async () => {
    await t.close();
  });

  const register = (email: string, address: string) =>
    t.gql<{ register: { token: string } }>(
      REGISTER,
      {
        input: {
          email,
          password: TEST_PASSWORD,
          displayName: 'Sign-up',
          organization: { name: `注册测试 ${email}`, kind: 'STARTUP', province: '32', city: '苏州' },
        },
      },
      { headers: { 'x-forwarded-for': address } },
    );
  const outcome = (res: GraphqlResponse) => (res.errors ? String(res.errors[0].extensions?.code) : 'REGISTERED');
  const tally = (results: GraphqlResponse[]) =>
    results.map(outcome).reduce<Record<string, number>>((counts, o) => ({ ...counts, [o]: (counts[o] ?? 0) + 1 }), {});
  const organizations = async (): Promise<number> =>
    Number((await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM organization'))[0].n);

  it('creates at most 10 accounts of 100 parallel sign-ups from one address; the others change nothing', async () => {
    const before = await organizations();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        register(`flood-${i}-${randomUUID().slice(0, 6)}@example.com`, '198.51.100.7'),
      ),
    );
    const counts = tally(results);
    expect(counts.REGISTERED).toBe(10);
    expect(counts.TOO_MANY_REQUESTS).toBe(90);
    expect(await organizations()).toBe(before + 10);
    const refused = results.find((r) => outcome(r) === 'TOO_MANY_REQUESTS');
    expect(refused?.errors?.[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_REGISTRATIONS',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('slows probing which e-mail addresses have accounts: taken and free addresses count alike', async () => {
    const known = await registerUser(t);
    const address = '198.51.100.8';
    const results = [];
    for (let i = 0; i < 12; i += 1)
      results.push(outcome(await register(i % 2 ? known.email : `probe-${randomUUID()}@example.com`, address)));
    // Ten answered (five of them "taken"), then the address waits whatever it asks about.
    expect(results.slice(0, 10).filter((o) => o === 'CONFLICT')).toHaveLength(5);
    expect(results.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  it('does not slow sign-ups from other addresses', async () => {
    for (let i = 0; i < 15; i += 1) await register(`busy-${i}-${randomUUID().slice(0, 6)}@example.com`, '198.51.100.9');
    const elsewhere = await register(`elsewhere-${randomUUID().slice(0, 6)}@example.com`, '192.0.2.77');
    expect(outcome(elsewhere)).toBe('REGISTERED');
  });

  it('refuses nothing for input mistakes: a form corrected ten times still registers', async () => {
    const address = '198.51.100.11';
    for (let i = 0; i < 12; i += 1) {
      const res = await t.gql(
        REGISTER,
        {
          input: {
            email: `typo-${i}@example.com`,
            password: 'short',
            displayName: 'Sign-up',
            organization: { name: '注册测试', kind: 'STARTUP', province: '32', city: '苏州' },
          },
        },
        { headers: { 'x-forwarded-for': address } },
      );
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(outcome(await register(`fixed-${randomUUID().slice(0, 6)}@example.com`, address))).toBe('REGISTERED');
  });

  it('grows the delay after each sign-up past the free ones (30 s, then 60 s)', async () => {
    const address = '198.51.100.12';
    for (let i = 0; i < 10; i += 1)
      expect(outcome(await register(`grow-${i}-${randomUUID().slice(0, 6)}@example.com`, address))).toBe('REGISTERED');
    const first = await register(`grow-a-${randomUUID().slice(0, 6)}@example.com`, address);
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(25);
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(30);
    await t.app
      .get(DataSource)
      .query(
        `UPDATE login_attempt SET next_attempt_at = now() - interval '1 second' WHERE key LIKE 'register-%' AND attempts = 10`,
      );
    expect(outcome(await register(`grow-b-${randomUUID().slice(0, 6)}@example.com`, address))).toBe('REGISTERED');
    const second = await register(`grow-c-${randomUUID().slice(0, 6)}@example.com`, address);
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(55);
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
