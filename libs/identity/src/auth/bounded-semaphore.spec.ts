import { describe, expect, it } from '@jest/globals';
import { BoundedSemaphore } from './bounded-semaphore.js';

/** Settles what is queued for the next turn of the event loop, so an unresolved acquire shows as pending. */
const state = (p: Promise<boolean>) =>
  Promise.race([
    p.then((granted) => (granted ? 'granted' : 'refused')),
    new Promise((ok) => setImmediate(ok, 'pending')),
  ]);

describe('BoundedSemaphore', () => {
  it('grants up to its concurrency, queues up to its queue, and refuses the next at once', async () => {
    const semaphore = new BoundedSemaphore({ concurrency: 2, queue: 1, queueWaitMs: 60_000 });
    const calls = Array.from({ length: 4 }, () => semaphore.acquire());
    expect(await Promise.all(calls.map(state))).toEqual(['granted', 'granted', 'pending', 'refused']);
    expect(semaphore.queued).toBe(1);
    semaphore.release();
    expect(await state(calls[2])).toBe('granted');
    semaphore.release();
    semaphore.release();
  });

  it('hands permits to waiters first come, first served, and frees them when nobody waits', async () => {
    const semaphore = new BoundedSemaphore({ concurrency: 1, queue: 3, queueWaitMs: 60_000 });
    await semaphore.acquire();
    const order: number[] = [];
    const waiters = [1, 2, 3].map((n) => semaphore.acquire().then(() => order.push(n)));
    for (let i = 0; i < 3; i += 1) semaphore.release();
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3]);
    semaphore.release();
    // Every permit returned: a whole concurrency's worth is granted again without waiting.
    expect(await state(semaphore.acquire())).toBe('granted');
  });

  it('refuses a waiter still queued after queueWaitMs and takes it out of the queue', async () => {
    const semaphore = new BoundedSemaphore({ concurrency: 1, queue: 1, queueWaitMs: 20 });
    await semaphore.acquire();
    expect(await semaphore.acquire()).toBe(false);
    expect(semaphore.queued).toBe(0);
    // Its place is free again, and the release that follows goes to the new waiter, not the refused one.
    const next = semaphore.acquire();
    semaphore.release();
    expect(await next).toBe(true);
  });

  it('refuses everything past the running ones when the queue is 0', async () => {
    const semaphore = new BoundedSemaphore({ concurrency: 1, queue: 0, queueWaitMs: 60_000 });
    expect(await semaphore.acquire()).toBe(true);
    expect(await semaphore.acquire()).toBe(false);
  });
});
