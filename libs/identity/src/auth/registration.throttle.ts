import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, TransactionRunner, type AppConfig } from '#core';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { KeyedMutex } from './keyed-mutex.js';
import { LoginAttemptRepository } from './login-attempt.repository.js';
import { decideCounted, waitText } from './login.throttle.js';

/** Stored keys are digests: the table holds no IP address. */
export function registrationKeys(address: string): { address: string } {
  return { address: `register-address:${createHash('sha256').update(address).digest('hex')}` };
}

/**
 * Sign-ups per client address (README, "Security"): each creates an account and an organization, and answers whether
 * an e-mail address already has an account (EMAIL_TAKEN), so unthrottled they would fill the database with
 * organizations and tell a script which addresses are customers. Every sign-up that reaches the e-mail check counts,
 * successful or not (success is what a flood wants); form mistakes refused before it do not. An address signs up
 * `REGISTRATIONS_PER_ADDRESS` times freely, then once per growing delay, as sign-ins are throttled (30 s, 1 min … at
 * most 15 min; forgotten after an hour without one). No count spans all addresses: it would let one attacker close
 * sign-ups for everyone.
 */
@Injectable()
export class RegistrationThrottle {
  private readonly keyLocks = new KeyedMutex();

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly attempts: LoginAttemptRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts this sign-up in a transaction of its own, committed before the sign-up runs (a sign-up that fails still
   * counted); parallel sign-ups from one address queue on the row lock, so each sees the ones counted before it —
   * in this process first in JS (`KeyedMutex`), so that they wait without holding pool connections.
   */
  async admit(address: string): Promise<void> {
    const keys = registrationKeys(address);
    const free = { address: this.config.auth.registrationsPerAddress };
    const retryAfterSeconds = await this.keyLocks.run(Object.values(keys), () =>
      this.transactions.run(async (manager) => {
        const { rows, now } = await this.attempts.lock(manager, Object.values(keys));
        const decision = decideCounted(keys, free, rows, now);
        await this.attempts.save(manager, decision.updates, now);
        return decision.retryAfterSeconds;
      }),
    );
    if (retryAfterSeconds > 0)
      throw new IdentityError(
        IdentityErrorCode.TOO_MANY_REGISTRATIONS,
        `Too many sign-ups from this address; try again in ${waitText(retryAfterSeconds)}`,
        { retryAfterSeconds },
      );
  }
}
