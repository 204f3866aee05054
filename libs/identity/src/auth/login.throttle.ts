import { Injectable } from '@nestjs/common';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { LoginAttemptRepository } from './login-attempt.repository.js';

const WINDOW_SECONDS = 15 * 60;
const BLOCK_SECONDS = 15 * 60;
const LIMITS = { email: 5, address: 20 } as const;

/**
 * Slows password guessing: 5 failures for one e-mail, or 20 from one address, within 15 minutes block sign-in
 * for 15 minutes. Counted in PostgreSQL rather than @nestjs/throttler's memory store: every API instance sees one
 * count, and that package (CommonJS requiring the ESM-only @nestjs/common) cannot load under jest on Node 20.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly attempts: LoginAttemptRepository) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const until = await this.attempts.blockedUntil([`email:${email}`, `address:${address}`]);
    if (!until) return;
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    throw new IdentityError(
      IdentityErrorCode.TOO_MANY_LOGIN_FAILURES,
      `Too many failed sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      {
        retryAfterSeconds: seconds,
      },
    );
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await this.attempts.recordFailure(`email:${email}`, WINDOW_SECONDS, LIMITS.email, BLOCK_SECONDS);
    await this.attempts.recordFailure(`address:${address}`, WINDOW_SECONDS, LIMITS.address, BLOCK_SECONDS);
  }

  /** A successful sign-in forgives the e-mail's earlier failures (not the address's). */
  recordSuccess(email: string): Promise<void> {
    return this.attempts.clear(`email:${email}`);
  }
}
