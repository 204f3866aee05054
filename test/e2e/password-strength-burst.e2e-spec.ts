import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectBusyRefusals, outcome, signUpsAtOnce } from '../support/bursts.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;
const BURST = 40;

const registration = (email: string, password: string, organizationNameEn?: string) => ({
  input: {
    email,
    password,
    displayName: 'Burst',
    organization: {
      name: `突发注册 ${email}`,
      nameEn: organizationNameEn,
      kind: 'STARTUP',
      province: '32',
      city: '无锡',
    },
  },
});

/** 180 characters of words and digits, different each time: zxcvbn's longest work (it scores the first 100). */
const longPassword = () =>
  Array.from({ length: 12 }, () => `${randomBytes(6).toString('base64url')}-${randomBytes(2).readUInt16BE()}`).join(
    ' ',
  );

/**
 * Probe 16, finding 1 (what remained): each sign-up's password was scored by zxcvbn-ts on the API's own thread during
 * validation, before any throttle, so a burst of sign-ups held every other request. Scores now run on a worker thread
 * behind a bounded queue: with one thread and one waiting (far below the defaults, so that 40 sign-ups at once exceed
 * it on any machine; the hash queue is the tests' unbounded one), the burst past the queue is refused as busy, typed,
 * and a bystander's reads are all answered meanwhile. The verdicts and their words are the ones zxcvbn gave on the
 * API's thread.
 */
describe('a burst of password scores', () => {
  let t: TestApp;
  let bystander: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'loopback',
      PASSWORD_STRENGTH_THREADS: '1',
      PASSWORD_STRENGTH_QUEUE: '1',
      PASSWORD_STRENGTH_WAIT_MS: '2000',
    });
    bystander = await registerUser(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses sign-ups past the scoring queue with SERVICE_UNAVAILABLE, blaming no field, and serves a bystander', async () => {
    const { burst, bystander: reads } = await signUpsAtOnce(
      t,
      bystander.token,
      Array.from({ length: BURST }, longPassword),
    );
    expectBusyRefusals(burst, 'OK');
    expect(reads.map(outcome)).toEqual(reads.map(() => 'OK'));
  });

  it.each([
    [
      'aaaaaaaaaa',
      'password is too easy to guess: Repeated characters like "aaa" are easy to guess. Add more words that are less common. Avoid repeated words and characters.',
    ],
    [
      'password123!',
      'password is too easy to guess: This is similar to a commonly used password. Add more words that are less common.',
    ],
    // Weak only with the account's own words (its organization's English name): they reach the worker.
    [
      'zhuolanbio!2031',
      'password is too easy to guess: There should not be any personal or page related data. Add more words that are less common.',
    ],
  ])('refuses %j with the words zxcvbn gave on the API thread', async (password, message) => {
    const res = await t.gql(
      REGISTER,
      registration(`zhuolan.${randomUUID().slice(0, 8)}@example.com`, password, 'Zhuolanbio Labs'),
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'password', message }]);
  });

  it('accepts a strong password, and the same words without the account that they name', async () => {
    for (const password of ['correct-horse-battery', 'zhuolanbio!2031', longPassword()]) {
      const res = await t.gql(REGISTER, registration(`${randomUUID().slice(0, 8)}@example.com`, password));
      expect(res.errors).toBeUndefined();
    }
  });
});
