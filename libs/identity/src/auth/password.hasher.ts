import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { APP_CONFIG, type AppConfig } from '#core';
import { PasswordCheckSlots } from './password-check-slots.js';

// OWASP's argon2id baseline (19 MiB, 2 passes): strong, and fast enough for tests that register many users.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Every hash and check runs on libuv's thread pool (4 threads by default), which database connects (pg's SCRAM),
 * DNS look-ups, file reads and compression share: unbounded, a burst of sign-ups or sign-ins filled it and everyone's
 * connects timed out (probe 16, finding 1). So at most `PASSWORD_HASH_CONCURRENCY` run at once, a short queue waits
 * in JS, and the rest is refused at once with SERVICE_UNAVAILABLE (`PASSWORD_CHECKS_BUSY`, `retryAfterSeconds`).
 */
@Injectable()
export class PasswordHasher {
  private readonly dummyHash = argon2.hash('pilotmatch-dummy-password', OPTIONS);
  private readonly slots: PasswordCheckSlots;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.slots = new PasswordCheckSlots(config.auth.passwordHashing);
  }

  hash(password: string): Promise<string> {
    return this.slots.run(() => argon2.hash(password, OPTIONS));
  }

  /**
   * Verifies against a dummy hash when there is no user, so a wrong e-mail costs as long as a wrong password and
   * waits in the same queue.
   */
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    const ok = await this.slots.run(async () => argon2.verify(hash ?? (await this.dummyHash), password));
    return hash !== undefined && ok;
  }
}
