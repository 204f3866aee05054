import { describe, expect, it } from '@jest/globals';
import type { ThrottleRow } from './login-attempt.repository.js';
import {
  decide,
  decideCounted,
  delayAfter,
  THROTTLE_POLICY,
  throttleKeys,
  uncount,
  waitText,
} from './login.throttle.js';
import { registrationKeys } from './registration.throttle.js';

const now = new Date('2026-06-01T08:00:00Z');
const keys = throttleKeys('owner@example.com', '203.0.113.7');
const row = (key: string, attempts: number, nextInSeconds: number, extra: Partial<ThrottleRow> = {}): ThrottleRow => ({
  key,
  attempts,
  lastAttemptAt: new Date(now.getTime() - 1000),
  nextAttemptAt: new Date(now.getTime() + nextInSeconds * 1000),
  trustedUntil: null,
  ...extra,
});

describe('sign-in throttle policy', () => {
  it('allows the free attempts, then doubles the delay up to 15 minutes', () => {
    expect([1, 4].map((n) => delayAfter(n, 5))).toEqual([0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => delayAfter(n, 5))).toEqual([30, 60, 120, 240, 480]);
    expect(delayAfter(10, 5)).toBe(THROTTLE_POLICY.maxDelaySeconds);
    expect(delayAfter(500, 5)).toBe(THROTTLE_POLICY.maxDelaySeconds);
  });

  it('keeps no e-mail address or IP address in its keys', () => {
    expect(Object.values(keys).join(' ')).not.toMatch(/owner|example|203\.0/);
    expect(throttleKeys('owner@example.com', '198.51.100.1').account).toBe(keys.account);
    expect(throttleKeys('owner@example.com', '198.51.100.1').pair).not.toBe(keys.pair);
  });

  it('counts an allowed attempt on every key, and the fifth one starts the first delay', () => {
    const rows = new Map([[keys.pair, row(keys.pair, 4, 0)]]);
    const { result, updates } = decide(keys, rows, now);
    expect(result).toEqual({ allowed: true });
    const pair = updates.find((u) => u.key === keys.pair);
    expect(pair).toEqual({ key: keys.pair, attempts: 5, nextAttemptAt: new Date(now.getTime() + 30_000) });
    expect(updates.map((u) => u.attempts).sort()).toEqual([1, 1, 5]);
  });

  it('refuses while any key waits, and counts the refused attempt nowhere', () => {
    const rows = new Map([[keys.address, row(keys.address, 100, 42)]]);
    expect(decide(keys, rows, now)).toEqual({ updates: [], result: { allowed: false, retryAfterSeconds: 42 } });
  });

  it('lets an account that signed in from the address before pass the address-wide delay others’ failures set', () => {
    const address = row(keys.address, 140, 600);
    const trusted = row(keys.pair, 0, 0, { trustedUntil: new Date(now.getTime() + 86_400_000) });
    const { result, updates } = decide(
      keys,
      new Map([
        [keys.address, address],
        [keys.pair, trusted],
      ]),
      now,
    );
    expect(result).toEqual({ allowed: true });
    // Still counted on the address (a typo of the trusted owner is a failure like any), then taken back if right.
    expect(updates.find((u) => u.key === keys.address)?.attempts).toBe(141);
    // The pair's own limit binds a trusted address as any other: 5 wrong guesses from there wait.
    const guessed = row(keys.pair, 5, 30, { trustedUntil: new Date(now.getTime() + 86_400_000) });
    expect(decide(keys, new Map([[keys.pair, guessed]]), now).result).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
  });

  it('allows an address 100 failures over all accounts before it waits', () => {
    expect(THROTTLE_POLICY.free.address).toBe(100);
    expect(decide(keys, new Map([[keys.address, row(keys.address, 98, 0)]]), now).result).toEqual({ allowed: true });
    expect(
      decide(keys, new Map([[keys.address, row(keys.address, 99, 0)]]), now).updates.find(
        (u) => u.key === keys.address,
      ),
    ).toEqual({ key: keys.address, attempts: 100, nextAttemptAt: new Date(now.getTime() + 30_000) });
  });

  it('forgets a key after an hour without attempts', () => {
    const quiet = row(keys.pair, 12, 600, { lastAttemptAt: new Date(now.getTime() - 3_601_000) });
    const { result, updates } = decide(keys, new Map([[keys.pair, quiet]]), now);
    expect(result).toEqual({ allowed: true });
    expect(updates.find((u) => u.key === keys.pair)?.attempts).toBe(1);
  });

  it('lets an address that signed in to the account before pass the account-wide delay, not a new one', () => {
    const account = row(keys.account, 80, 300);
    const trusted = row(keys.pair, 0, 0, { trustedUntil: new Date(now.getTime() + 86_400_000) });
    expect(decide(keys, new Map([[keys.account, account]]), now).result).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
    });
    expect(
      decide(
        keys,
        new Map([
          [keys.account, account],
          [keys.pair, trusted],
        ]),
        now,
      ).result,
    ).toEqual({ allowed: true });
  });

  it('takes a successful sign-in back from the address and account counts, with the delay of what is left', () => {
    const admitted = decide(keys, new Map([[keys.address, row(keys.address, 100, 0)]]), now).updates;
    // The 101st attempt of the address was counted (and would make the next one wait 60 s) …
    expect(admitted.find((u) => u.key === keys.address)).toMatchObject({ attempts: 101 });
    const rows = new Map(admitted.map((u) => [u.key, { ...u, lastAttemptAt: now, trustedUntil: null }]));
    // … it succeeded: 100 counted, still at the first delay after the last attempt; the account back to none.
    expect(uncount(keys, rows)).toEqual([
      { key: keys.address, attempts: 100, nextAttemptAt: new Date(now.getTime() + 30_000) },
      { key: keys.account, attempts: 0, nextAttemptAt: now },
    ]);
    expect(uncount(keys, new Map())).toEqual([]);
  });
});

describe('plain counted throttles (invitations, registrations)', () => {
  const keys = registrationKeys('203.0.113.7');

  it('keeps no IP address in its key', () => {
    expect(keys.address).toMatch(/^register-address:[0-9a-f]{64}$/);
  });

  it('counts the free actions, starts the delay with the last free one, and refuses while it runs', () => {
    const free = { address: 10 };
    expect(decideCounted(keys, free, new Map(), now)).toEqual({
      updates: [{ key: keys.address, attempts: 1, nextAttemptAt: now }],
      retryAfterSeconds: 0,
    });
    const ninth = decideCounted(keys, free, new Map([[keys.address, row(keys.address, 9, 0)]]), now);
    expect(ninth.updates).toEqual([
      { key: keys.address, attempts: 10, nextAttemptAt: new Date(now.getTime() + 30_000) },
    ]);
    const waiting = new Map([[keys.address, row(keys.address, 10, 30)]]);
    expect(decideCounted(keys, free, waiting, now)).toEqual({ updates: [], retryAfterSeconds: 30 });
  });

  it('forgets a key after an hour without actions', () => {
    const quiet = row(keys.address, 40, 900, { lastAttemptAt: new Date(now.getTime() - 3_601_000) });
    expect(decideCounted(keys, { address: 10 }, new Map([[keys.address, quiet]]), now).updates[0].attempts).toBe(1);
  });

  it('says how long to wait in seconds or whole minutes', () => {
    expect([1, 30, 59, 60, 61, 900].map(waitText)).toEqual([
      '1 second',
      '30 seconds',
      '59 seconds',
      '1 minute',
      '2 minutes',
      '15 minutes',
    ]);
  });
});
