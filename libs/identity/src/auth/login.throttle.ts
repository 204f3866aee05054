import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '#core';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { KeyedMutex } from './keyed-mutex.js';
import { LoginAttemptRepository, type ThrottleRow, type ThrottleUpdate } from './login-attempt.repository.js';

/**
 * The sign-in throttle policy (README, "Security"). Following OWASP's authentication guidance there is no hard
 * account lock-out an attacker could renew forever: every key allows a few free attempts, then one attempt per
 * growing delay (30 s, 1 min, 2 min … at most 15 min), and forgets after an hour without attempts.
 * - `pair`: one account from one address, the owner's own typos and a single attacker's guesses;
 * - `address`: one address over all accounts (credential stuffing), failures only (a sign-in that succeeds is taken
 *   back) and many more of them, for shared NATs;
 * - `account`: one account over every address (a distributed guess).
 * The address-wide and account-wide limits apply only to addresses that have not signed up or signed in to the
 * account in the last 30 days (a trusted pair): one person's failures behind a campus NAT, or an attacker elsewhere,
 * never delay the owner where the owner signs in, while a guess at an account from where it was never used still
 * waits with the address (a password cannot be the exemption: credential stuffing guesses right ones).
 */
export const THROTTLE_POLICY = {
  free: { pair: 5, address: 100, account: 50 },
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
  trustDays: 30,
} as const;

type Scope = keyof typeof THROTTLE_POLICY.free;

export interface ThrottleKeys {
  pair: string;
  address: string;
  account: string;
}

const digest = (scope: Scope, value: string) => `${scope}:${createHash('sha256').update(value).digest('hex')}`;

/** Stored keys are digests: the table holds no e-mail address or IP address. */
export function throttleKeys(email: string, address: string): ThrottleKeys {
  return {
    pair: digest('pair', `${email}\n${address}`),
    address: digest('address', address),
    account: digest('account', email),
  };
}

/** Seconds to wait after the n-th counted attempt of a key allowing `free` attempts. */
export function delayAfter(attempts: number, free: number): number {
  if (attempts < free) return 0;
  const { firstDelaySeconds, maxDelaySeconds } = THROTTLE_POLICY;
  return Math.min(firstDelaySeconds * 2 ** Math.min(attempts - free, 20), maxDelaySeconds);
}

/**
 * Pure, for throttles with plain counters (invitations, registrations): whether the action may go ahead now, and the
 * counts to write if so. Each key allows `free[scope]` actions, then one per growing delay (`delayAfter`), and forgets
 * after an hour without one; a refused action counts nowhere.
 */
export function decideCounted<Scope extends string>(
  keys: Record<Scope, string>,
  free: Record<Scope, number>,
  rows: Map<string, ThrottleRow>,
  now: Date,
): { updates: ThrottleUpdate[]; retryAfterSeconds: number } {
  const forgetBefore = now.getTime() - THROTTLE_POLICY.forgetAfterSeconds * 1000;
  let waitMs = 0;
  const updates = (Object.keys(free) as Scope[]).map((scope) => {
    const row = rows.get(keys[scope]);
    const counted = !row || row.lastAttemptAt.getTime() < forgetBefore ? 0 : row.attempts;
    if (row && counted > 0) waitMs = Math.max(waitMs, row.nextAttemptAt.getTime() - now.getTime());
    const attempts = counted + 1;
    const delay = delayAfter(attempts, free[scope]);
    return { key: keys[scope], attempts, nextAttemptAt: new Date(now.getTime() + delay * 1000) };
  });
  return waitMs > 0 ? { updates: [], retryAfterSeconds: Math.ceil(waitMs / 1000) } : { updates, retryAfterSeconds: 0 };
}

/** "30 seconds", "2 minutes": how long to wait, for an error message. */
export function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Pure: whether a password may be checked now, and the counts to write if so. A refused attempt counts nowhere,
 * so hammering one key neither lengthens the delays of the others nor the owner's.
 */
export function decide(
  keys: ThrottleKeys,
  rows: Map<string, ThrottleRow>,
  now: Date,
): { updates: ThrottleUpdate[]; result: ThrottleDecision } {
  const trusted = (rows.get(keys.pair)?.trustedUntil?.getTime() ?? 0) > now.getTime();
  const forgetBefore = now.getTime() - THROTTLE_POLICY.forgetAfterSeconds * 1000;
  let waitMs = 0;
  const updates: ThrottleUpdate[] = [];
  for (const scope of ['pair', 'address', 'account'] as const) {
    const row = rows.get(keys[scope]);
    const counted = !row || row.lastAttemptAt.getTime() < forgetBefore ? 0 : row.attempts;
    const checked = scope === 'pair' || !trusted;
    if (checked && counted > 0 && row) waitMs = Math.max(waitMs, row.nextAttemptAt.getTime() - now.getTime());
    const attempts = counted + 1;
    updates.push({
      key: keys[scope],
      attempts,
      nextAttemptAt: new Date(now.getTime() + delayAfter(attempts, THROTTLE_POLICY.free[scope]) * 1000),
    });
  }
  if (waitMs > 0) return { updates: [], result: { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } };
  return { updates, result: { allowed: true } };
}

/**
 * Pure: a sign-in that succeeded was no failure. `decide` counted it on every key before its password was checked;
 * this takes it back from the address-wide and account-wide counts (the pair is forgiven whole), so colleagues behind
 * one NAT, or an owner on ever-new addresses, never wait for having signed in. The delay follows the count left.
 */
export function uncount(keys: ThrottleKeys, rows: Map<string, ThrottleRow>): ThrottleUpdate[] {
  return (['address', 'account'] as const).flatMap((scope) => {
    const row = rows.get(keys[scope]);
    if (!row || row.attempts === 0) return [];
    const attempts = row.attempts - 1;
    const delay = delayAfter(attempts, THROTTLE_POLICY.free[scope]);
    return [{ key: keys[scope], attempts, nextAttemptAt: new Date(row.lastAttemptAt.getTime() + delay * 1000) }];
  });
}

/**
 * Counts a sign-in attempt before its password is checked, atomically (row locks in one transaction), so however
 * many guesses arrive at once, at most the policy's number of passwords is ever checked. Kept in PostgreSQL, not
 * in memory: every API instance shares one count.
 */
@Injectable()
export class LoginThrottle {
  /** Sign-ins for keys being counted wait here, not on a pool connection (see KeyedMutex). */
  private readonly keyLocks = new KeyedMutex();

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly attempts: LoginAttemptRepository,
  ) {}

  /** Counts this attempt, or refuses it with TOO_MANY_REQUESTS and the seconds to wait. */
  async admit(email: string, address: string): Promise<void> {
    const keys = throttleKeys(email, address);
    // Concurrent sign-ins for the same keys queue on the row locks, so each sees the attempts counted before it.
    const decision = await this.keyLocks.run(Object.values(keys), () =>
      this.transactions.run(async (manager) => {
        const { rows, now } = await this.attempts.lock(manager, Object.values(keys));
        const { updates, result } = decide(keys, rows, now);
        await this.attempts.save(manager, updates, now);
        return result;
      }),
    );
    if (decision.allowed) return;
    const seconds = decision.retryAfterSeconds;
    throw new IdentityError(
      IdentityErrorCode.TOO_MANY_LOGIN_FAILURES,
      `Too many failed sign-in attempts; try again in ${waitText(seconds)}`,
      { retryAfterSeconds: seconds },
    );
  }

  /**
   * The right password: this account forgives this address and trusts it for the address-wide and account-wide
   * limits, and the attempt no longer counts against the address or the account (`uncount`).
   */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = throttleKeys(email, address);
    const trustedUntil = new Date(Date.now() + THROTTLE_POLICY.trustDays * 24 * 3600 * 1000);
    await this.keyLocks.run(Object.values(keys), () =>
      this.transactions.run(async (manager) => {
        const { rows } = await this.attempts.lock(manager, Object.values(keys));
        await this.attempts.restore(manager, uncount(keys, rows));
        await this.attempts.forgive(manager, keys.pair, trustedUntil);
      }),
    );
  }

  /** A sign-up: the account trusts the address it was created from, as after a sign-in. */
  async signedUp(email: string, address: string): Promise<void> {
    const keys = throttleKeys(email, address);
    const trustedUntil = new Date(Date.now() + THROTTLE_POLICY.trustDays * 24 * 3600 * 1000);
    await this.keyLocks.run([keys.pair], () =>
      this.transactions.run(async (manager) => {
        await this.attempts.lock(manager, [keys.pair]);
        await this.attempts.forgive(manager, keys.pair, trustedUntil);
      }),
    );
  }

  /** Hourly job: drops keys with no recent attempt and no trust in force. */
  cleanup(): Promise<number> {
    return this.attempts.deleteForgotten(new Date(Date.now() - THROTTLE_POLICY.forgetAfterSeconds * 1000));
  }
}
