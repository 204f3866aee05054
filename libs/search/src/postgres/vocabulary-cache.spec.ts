import { describe, expect, it } from '@jest/globals';
import { placeKey, type Vocabulary, type VocabularyRequest } from './pg-query-plan.js';
import { VOCABULARY_TTL_MS, VocabularyCache } from './vocabulary-cache.js';

/** A vocabulary that knows a few words, recording what it is asked for. */
function source() {
  const asked: VocabularyRequest[] = [];
  const counts: Record<string, number> = {
    锂电池: 50,
    '~锂电池': 5,
    '^锂电池': 20,
    cathode: 30,
    cath: 40,
    lithium: 20,
  };
  const fetch = async (request: VocabularyRequest): Promise<Vocabulary> => {
    asked.push(request);
    const known = [...request.counted, ...request.prefixes].filter((t) => t in counts);
    return {
      neighbours: new Map(request.fuzzy.map((word) => [word, ['lithium']])),
      counts: new Map([...known.map((t): [string, number] => [t, counts[t]]), ['lithium', 20]]),
      documents: 1000,
    };
  };
  return { asked, fetch };
}

describe('VocabularyCache', () => {
  it('asks only for what it does not know yet, and answers a repeated query without asking', async () => {
    let now = 0;
    const cache = new VocabularyCache(() => now);
    const { asked, fetch } = source();
    const first = await cache.lookup(
      { fuzzy: ['lithum'], counted: ['锂电池', '~锂电池', 'zzz'], prefixes: ['cath'] },
      fetch,
    );
    expect(first.counts).toEqual(
      new Map([
        ['lithium', 20],
        ['锂电池', 50],
        ['~锂电池', 5],
        ['zzz', 0],
        ['cath', 40],
      ]),
    );
    expect(first.neighbours.get('lithum')).toEqual(['lithium']);
    expect(first.documents).toBe(1000);
    now = 1000;
    const again = await cache.lookup({ fuzzy: ['lithum'], counted: ['锂电池', 'cathode'], prefixes: ['cath'] }, fetch);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatchObject({ fuzzy: [], counted: ['cathode'], prefixes: [] });
    expect(again.counts.get('锂电池')).toBe(50);
    expect(again.counts.get('cathode')).toBe(30);
    await cache.lookup({ fuzzy: [], counted: ['锂电池'], prefixes: [] }, fetch);
    expect(asked).toHaveLength(2);
    // A word that matched nothing is asked for again: it may have been indexed since. A string inside words is not,
    // nor a word as a location (it only weighs the word).
    await cache.lookup({ fuzzy: [], counted: ['zzz', '~zzz', '@zzz'], prefixes: [] }, fetch);
    await cache.lookup({ fuzzy: [], counted: ['zzz', '~zzz', '@zzz'], prefixes: [] }, fetch);
    expect(asked.at(-1)?.counted).toEqual(['zzz']);
  });

  it('asks for the place counts only beside the others, and keeps none of their zeros', async () => {
    const cache = new VocabularyCache(() => 0);
    const { asked, fetch } = source();
    const placed = { counted: ['=锂电池', '^锂电池'], prefixes: ['=cath'], probes: [] };
    const first = await cache.lookup({ fuzzy: [], counted: ['锂电池', 'zzz'], prefixes: [], placed }, fetch);
    expect(asked[0]).toMatchObject({
      fuzzy: [],
      counted: ['锂电池', 'zzz', '=锂电池', '^锂电池'],
      prefixes: ['=cath'],
    });
    // Answered without a row: 0, known.
    expect(first.counts.get('^锂电池')).toBe(20);
    expect(first.counts.get('=锂电池')).toBe(0);
    expect(first.counts.get('=cath')).toBe(0);
    // Every other count kept: no round trip for the place counts alone, which are then not known (no 0 claimed).
    const cached = await cache.lookup({ fuzzy: [], counted: ['锂电池'], prefixes: [], placed }, fetch);
    expect(asked).toHaveLength(1);
    expect(cached.counts.get('^锂电池')).toBe(20);
    expect(cached.counts.has('=锂电池')).toBe(false);
    expect(cached.counts.has('=cath')).toBe(false);
    // With a round trip again (zzz is asked for anew), the zeros are asked for anew; a kept count is not.
    await cache.lookup({ fuzzy: [], counted: ['锂电池', 'zzz'], prefixes: [], placed }, fetch);
    expect(asked[1]).toMatchObject({ fuzzy: [], counted: ['zzz', '=锂电池'], prefixes: ['=cath'] });
  });

  it('asks the probes only beside the others and keeps none of their answers', async () => {
    const cache = new VocabularyCache(() => 0);
    const asked: VocabularyRequest[] = [];
    const fetch = async (request: VocabularyRequest): Promise<Vocabulary> => {
      asked.push(request);
      const absent = new Set(request.placed?.probes.map((probe) => probe.key));
      return { neighbours: new Map(), counts: new Map([['锂电池', 50]]), documents: 1000, absent };
    };
    const probe = {
      key: placeKey('headline', '锂电池'),
      singles: ['=锂电池'],
      postings: ['=lithium', '=battery'],
      query: "( '=lithium' & '=battery' )",
    };
    const request = {
      fuzzy: [],
      counted: ['锂电池'],
      prefixes: [],
      placed: { counted: [], prefixes: [], probes: [probe] },
    };
    expect((await cache.lookup(request, fetch)).absent).toEqual(new Set([probe.key]));
    expect(asked[0].placed?.probes).toEqual([probe]);
    // The counts kept, no round trip: the probe is not asked, and its answer of before is not served.
    expect((await cache.lookup(request, fetch)).absent).toBeUndefined();
    expect(asked).toHaveLength(1);
  });

  it('asks again once an item is older than the TTL', async () => {
    let now = 0;
    const cache = new VocabularyCache(() => now);
    const { asked, fetch } = source();
    await cache.lookup({ fuzzy: [], counted: ['锂电池'], prefixes: [] }, fetch);
    now = VOCABULARY_TTL_MS + 1;
    await cache.lookup({ fuzzy: [], counted: ['锂电池'], prefixes: [] }, fetch);
    expect(asked.map((r) => r.counted)).toEqual([['锂电池'], ['锂电池']]);
  });
});
