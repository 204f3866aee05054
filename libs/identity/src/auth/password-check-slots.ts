import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { BoundedSemaphore, type SemaphoreLimits } from './bounded-semaphore.js';

/**
 * Password work that must not pile up (hashes, strength scores): at most `concurrency` at once, a short queue waiting
 * in JS, and the rest refused at once with SERVICE_UNAVAILABLE (`PASSWORD_CHECKS_BUSY`, `retryAfterSeconds`), while
 * the client is still there to be told.
 */
export class PasswordCheckSlots {
  private readonly slots: BoundedSemaphore;
  private readonly retryAfterSeconds: number;

  constructor(limits: SemaphoreLimits) {
    this.slots = new BoundedSemaphore(limits);
    // By then every caller queued now has been served or refused.
    this.retryAfterSeconds = Math.max(1, Math.ceil(limits.queueWaitMs / 1000));
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (!(await this.slots.acquire()))
      throw new IdentityError(
        IdentityErrorCode.PASSWORD_CHECKS_BUSY,
        `The server is checking too many passwords at once; try again in ${this.retryAfterSeconds} s`,
        { retryAfterSeconds: this.retryAfterSeconds },
      );
    try {
      return await work();
    } finally {
      this.slots.release();
    }
  }
}
