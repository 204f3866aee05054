import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { registerUser, TEST_PASSWORD } from '../support/factories.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

/** Races real sign-ins over HTTP; TRUST_PROXY=loopback lets X-Forwarded-For stand for distinct client addresses. */
describe('sign-in throttle under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
  });

  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string, address: string) =>
    t.gql<{ login: { token: string } }>(
      LOGIN,
      { input: { email, password } },
      { headers: { 'x-forwarded-for': address } },
    );
  const outcome = (res: GraphqlResponse) => (res.errors ? String(res.errors[0].extensions?.code) : 'SIGNED_IN');
  const tally = (results: GraphqlResponse[]) =>
    results.map(outcome).reduce<Record<string, number>>((counts, o) => ({ ...counts, [o]: (counts[o] ?? 0) + 1 }), {});

  it('checks at most 5 of 100 parallel guesses from one address at one account, the right password among them', async () => {
    const user = await registerUser(t);
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 50 ? TEST_PASSWORD : `wrong-password-${i}`));
    const results = await Promise.all(guesses.map((password) => login(user.email, password, '198.51.100.10')));
    const counts = tally(results);
    const checked = (counts.UNAUTHENTICATED ?? 0) + (counts.SIGNED_IN ?? 0);
    expect(checked).toBeLessThanOrEqual(5);
    expect(checked + (counts.TOO_MANY_REQUESTS ?? 0)).toBe(100);
    const refused = results.find((r) => outcome(r) === 'TOO_MANY_REQUESTS');
    expect(refused?.errors?.[0].extensions?.retryAfterSeconds).toEqual(expect.any(Number));
    // The right password, if it was refused, is refused like the others: nothing tells the guesser it was right.
    if (outcome(results[50]) !== 'SIGNED_IN') expect(outcome(results[50])).toMatch(/UNAUTHENTICATED|TOO_MANY_REQUESTS/);
  });

  it('checks at most 100 of 130 parallel guesses from one address spread over many accounts', async () => {
    const results = await Promise.all(
      Array.from({ length: 130 }, (_, i) => login(`nobody-${i}@example.com`, 'wrong-password', '198.51.100.20')),
    );
    const counts = tally(results);
    expect(counts.UNAUTHENTICATED).toBeLessThanOrEqual(100);
    expect(counts.TOO_MANY_REQUESTS).toBeGreaterThanOrEqual(30);
    expect((counts.UNAUTHENTICATED ?? 0) + (counts.TOO_MANY_REQUESTS ?? 0)).toBe(130);
  });

  it('does not delay a correct sign-in to account B from an address where account A and many others failed', async () => {
    const campus = '198.51.100.60';
    const [a, b, stranger] = await Promise.all([registerUser(t), registerUser(t), registerUser(t)]);
    // B signed in from the campus before; C signs up there.
    expect(outcome(await login(b.email, TEST_PASSWORD, campus))).toBe('SIGNED_IN');
    const c = `campus-${Date.now()}@example.com`;
    const signUp = await t.gql(
      `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
      {
        input: {
          email: c,
          password: TEST_PASSWORD,
          displayName: 'Campus Newcomer',
          organization: { name: '校园新来的', kind: 'UNIVERSITY', province: '32', city: '南京' },
        },
      },
      { headers: { 'x-forwarded-for': campus } },
    );
    expect(signUp.errors).toBeUndefined();

    // One person behind the campus NAT: wrong passwords at A, then at 110 addresses of others.
    for (let i = 0; i < 6; i += 1) await login(a.email, `guess-${i}`, campus);
    expect(outcome(await login(a.email, 'guess-again', campus))).toBe('TOO_MANY_REQUESTS');
    const stuffing = await Promise.all(
      Array.from({ length: 110 }, (_, i) => login(`campus-victim-${i}@example.com`, 'leaked-password', campus)),
    );
    expect(tally(stuffing).TOO_MANY_REQUESTS).toBeGreaterThan(0);

    // B and C, whose own keys hold no failure, sign in at once: A's and the others' failures do not delay them.
    expect(outcome(await login(b.email, TEST_PASSWORD, campus))).toBe('SIGNED_IN');
    expect(outcome(await login(c, TEST_PASSWORD, campus))).toBe('SIGNED_IN');
    // An account never used from the campus waits with the rest: what bounds credential stuffing from one address.
    expect(outcome(await login(stranger.email, TEST_PASSWORD, campus))).toBe('TOO_MANY_REQUESTS');
  });

  it('does not let an attacker elsewhere keep the owner out', async () => {
    const owner = await registerUser(t);
    const home = '192.0.2.1';
    await expect(login(owner.email, TEST_PASSWORD, home)).resolves.toMatchObject({ errors: undefined });

    // A distributed guess: 70 wrong passwords from 14 addresses, 5 each (each under its own pair limit).
    const attack = await Promise.all(
      Array.from({ length: 70 }, (_, i) => login(owner.email, `guess-${i}`, `203.0.113.${Math.floor(i / 5) + 1}`)),
    );
    // Each address stays under its own limit of 5: the account-wide limit (50 counted attempts) is what binds.
    expect(tally(attack).UNAUTHENTICATED).toBeGreaterThanOrEqual(45);
    expect(tally(attack).UNAUTHENTICATED).toBeLessThanOrEqual(50);

    // The owner's own address, where the account signed in before, is not slowed by the account-wide count …
    const owner1 = await login(owner.email, TEST_PASSWORD, home);
    expect(owner1.errors).toBeUndefined();
    // … while a new address now waits: the account-wide delay applies to addresses the account does not know.
    const newcomer = await login(owner.email, 'guess-from-elsewhere', '198.51.100.99');
    expect(newcomer.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('lets the owner in from their own address after a single attacker address has been refused', async () => {
    const owner = await registerUser(t);
    await Promise.all(Array.from({ length: 30 }, (_, i) => login(owner.email, `guess-${i}`, '203.0.113.200')));
    const res = await login(owner.email, TEST_PASSWORD, '192.0.2.50');
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.token).toEqual(expect.any(String));
  });

  it('never slows colleagues behind one address for having signed in, nor an owner on changing addresses', async () => {
    const office = '198.51.100.40';
    const colleagues = await Promise.all(Array.from({ length: 30 }, () => registerUser(t)));
    // Thirty people of one office NAT sign in during the morning, more than the address's 20 free attempts: none waits.
    for (const c of colleagues) expect(outcome(await login(c.email, TEST_PASSWORD, office))).toBe('SIGNED_IN');
    // The address's free attempts are all still there for someone's typo.
    expect(outcome(await login(colleagues[0].email, 'a-typo-of-mine', office))).toBe('UNAUTHENTICATED');

    // One owner signing in from 60 addresses it never used (a phone on the move), more than the account-wide 50.
    const owner = colleagues[1];
    for (let i = 0; i < 60; i += 1)
      expect(outcome(await login(owner.email, TEST_PASSWORD, `203.0.113.${i + 100}`))).toBe('SIGNED_IN');
    expect(outcome(await login(owner.email, 'a-typo-elsewhere', '198.51.100.41'))).toBe('UNAUTHENTICATED');
    // 30 sign-ups and 92 sign-ins one after another, each hashing a password: longer than the default on a busy host.
  }, 90_000);

  it('grows the delay after each attempt past the free ones (30 s, then 60 s)', async () => {
    const user = await registerUser(t);
    const address = '198.51.100.30';
    for (let i = 0; i < 5; i += 1) await login(user.email, 'wrong-password', address);
    const first = await login(user.email, 'wrong-password', address);
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(25);
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(30);
    // Let the 30 s pass (in the database's clock), then one more attempt is checked and doubles the delay.
    await t.app
      .get(DataSource)
      .query(`UPDATE login_attempt SET next_attempt_at = now() - interval '1 second' WHERE attempts = 5`);
    expect((await login(user.email, 'wrong-password', address)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const second = await login(user.email, 'wrong-password', address);
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(55);
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
