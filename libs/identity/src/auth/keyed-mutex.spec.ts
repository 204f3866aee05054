import { describe, expect, it } from '@jest/globals';
import { KeyedMutex } from './keyed-mutex.js';

/** A task that records when it starts and ends, and ends when told to. */
function task(log: string[], name: string) {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return {
    finish,
    work: async () => {
      log.push(`${name} start`);
      await finished;
      log.push(`${name} end`);
    },
  };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedMutex', () => {
  it('runs the holders of one key one after another, in arrival order', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((n) => task(log, n));
    const runs = [a, b, c].map((t) => mutex.run(['address'], t.work));
    await turn();
    expect(log).toEqual(['a start']);
    a.finish();
    b.finish();
    c.finish();
    await Promise.all(runs);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(mutex.size).toBe(0);
  });

  /** Two callers of `run` with these keys: what had started after one turn, and the whole log once both finished. */
  async function two(keysA: string[], keysB: string[]): Promise<{ started: string[]; log: string[] }> {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const [a, b] = ['a', 'b'].map((n) => task(log, n));
    const runs = [mutex.run(keysA, a.work), mutex.run(keysB, b.work)];
    await turn();
    const started = [...log];
    a.finish();
    b.finish();
    await Promise.all(runs);
    return { started, log };
  }

  it('lets callers with disjoint keys run at once', async () => {
    expect((await two(['pair:1', 'address:1'], ['pair:2', 'address:2'])).started).toEqual(['a start', 'b start']);
  });

  it('never deadlocks callers taking overlapping keys in different orders', async () => {
    const { started, log } = await two(['x', 'y'], ['y', 'x']);
    expect(started).toEqual(['a start']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('releases a key whose work failed', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run(['k'], () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await mutex.run(['k'], async () => 'next')).toBe('next');
    expect(mutex.size).toBe(0);
  });
});
