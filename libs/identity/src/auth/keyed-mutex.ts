/**
 * In-process mutexes by key, taken before a throttle's transaction: callers for a key already being counted wait here,
 * in JS, instead of each taking a pool connection to wait for the key's row lock in PostgreSQL. Unguarded, one
 * address's burst of sign-ups held most of the pool while it waited and everyone else's requests queued behind it
 * (probe 16, finding 1). The row locks stay: they are what orders API processes among themselves.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `work` holding every key, taken in sorted order (two callers with overlapping keys never deadlock). */
  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const releases: Array<() => void> = [];
    try {
      for (const key of [...new Set(keys)].sort()) releases.push(await this.take(key));
      return await work();
    } finally {
      for (const release of releases) release();
    }
  }

  /** Keys held or awaited (a map entry lives only while someone holds or waits for its key). */
  get size(): number {
    return this.tails.size;
  }

  private async take(key: string): Promise<() => void> {
    const previous = this.tails.get(key);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous ? previous.then(() => mine) : mine;
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
