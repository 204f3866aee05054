export interface SemaphoreLimits {
  /** Tasks holding a permit at once. */
  concurrency: number;
  /** Callers waiting for a permit at most; one more is refused at once. */
  queue: number;
  /** A caller still waiting after this long is refused. */
  queueWaitMs: number;
}

interface Waiter {
  grant(): void;
  timer: NodeJS.Timeout;
}

/**
 * Counting semaphore with a bounded FIFO queue and a bounded wait, for work that must not pile up (password hashes).
 * `acquire` answers false instead of queueing without limit, so the caller can refuse the request while the client is
 * still there to be told; every `true` must be followed by one `release`.
 */
export class BoundedSemaphore {
  private held = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: SemaphoreLimits) {}

  get queued(): number {
    return this.waiting.length;
  }

  acquire(): Promise<boolean> {
    if (this.held < this.limits.concurrency) {
      this.held += 1;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.limits.queue) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        // The permit passes from the releasing task to this one: `held` does not change.
        grant: () => {
          clearTimeout(waiter.timer);
          resolve(true);
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          resolve(false);
        }, this.limits.queueWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next.grant();
    else this.held -= 1;
  }
}
