import { INNER_MARK } from '../text/tokenize.js';
import type { Vocabulary, VocabularyRequest } from './pg-query-plan.js';
import { LOCATION_MARK } from './pg-search-row.js';

/** How long a looked-up count or typo candidate list is reused: counts move slowly, and common words recur. */
export const VOCABULARY_TTL_MS = 30_000;
const MAX_ENTRIES = 20_000;

/**
 * The PostgreSQL engine's vocabulary lookups (document counts of words and prefixes, typo candidates, the number of
 * documents) for VOCABULARY_TTL_MS, per item: a query whose items are all known skips the round trip, one with new
 * items asks only for those. Counts weigh and order a query's words; a count a few seconds old ranks the same. A
 * word's count of 0 is never kept, so a word indexed a moment after it was first searched for is found at once. The
 * `placed` counts (place-marked tokens) and probes are asked for only when a round trip is made anyway, and known only
 * when asked then or kept: a 0 among the counts, or a probe's answer, proves a ranking bucket empty, so neither is kept.
 */
export class VocabularyCache {
  private readonly entries = new Map<string, { value: number | string[]; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async lookup(
    request: VocabularyRequest,
    fetch: (missing: VocabularyRequest) => Promise<Vocabulary>,
  ): Promise<Vocabulary> {
    const time = this.now();
    const cached = (key: string) => {
      const entry = this.entries.get(key);
      return entry && entry.expires > time ? entry.value : undefined;
    };
    const missing: VocabularyRequest = {
      fuzzy: request.fuzzy.filter((word) => cached(`n:${word}`) === undefined),
      counted: request.counted.filter((token) => cached(`c:${token}`) === undefined),
      prefixes: request.prefixes.filter((prefix) => cached(`p:${prefix}`) === undefined),
    };
    // Counts asked for in this round trip: one not kept is a 0.
    const asked = new Set<string>();
    let absent: ReadonlySet<string> | undefined;
    if (missing.fuzzy.length + missing.counted.length + missing.prefixes.length > 0 || cached('d') === undefined) {
      missing.counted.push(...(request.placed?.counted ?? []).filter((token) => cached(`c:${token}`) === undefined));
      missing.prefixes.push(
        ...(request.placed?.prefixes ?? []).filter((prefix) => cached(`p:${prefix}`) === undefined),
      );
      for (const token of missing.counted) asked.add(`c:${token}`);
      for (const prefix of missing.prefixes) asked.add(`p:${prefix}`);
      const fetched = await fetch({
        ...missing,
        placed: { counted: [], prefixes: [], probes: request.placed?.probes ?? [] },
      });
      absent = fetched.absent;
      if (this.entries.size > MAX_ENTRIES) this.entries.clear();
      const expires = time + VOCABULARY_TTL_MS;
      // A count of 0 is kept only for a string inside words (~x) and a word as a location (@x): a word indexed a
      // moment later must be found at once, and its own count decides that; a word's location count only weighs it.
      const store = (key: string, value: number | string[]) => {
        if (value === 0 && !key.startsWith(`c:${INNER_MARK}`) && !key.startsWith(`c:${LOCATION_MARK}`))
          this.entries.delete(key);
        else this.entries.set(key, { value, expires });
      };
      for (const word of missing.fuzzy) {
        const neighbours = [...(fetched.neighbours.get(word) ?? [])];
        store(`n:${word}`, neighbours);
        for (const neighbour of neighbours) store(`c:${neighbour}`, fetched.counts.get(neighbour) ?? 0);
      }
      for (const token of missing.counted) store(`c:${token}`, fetched.counts.get(token) ?? 0);
      for (const prefix of missing.prefixes) store(`p:${prefix}`, fetched.counts.get(prefix) ?? 0);
      store('d', fetched.documents);
    }
    const neighbours = new Map<string, string[]>();
    const counts = new Map<string, number>();
    const count = (key: string, name: string, known = true) => {
      const value = this.entries.get(key)?.value ?? (known || asked.has(key) ? 0 : undefined);
      if (typeof value === 'number') counts.set(name, value);
    };
    for (const word of request.fuzzy) {
      const list = this.entries.get(`n:${word}`)?.value;
      const words = Array.isArray(list) ? list : [];
      neighbours.set(word, words);
      for (const neighbour of words) count(`c:${neighbour}`, neighbour);
    }
    for (const token of request.counted) count(`c:${token}`, token);
    for (const prefix of request.prefixes) count(`p:${prefix}`, prefix);
    for (const token of request.placed?.counted ?? []) count(`c:${token}`, token, false);
    for (const prefix of request.placed?.prefixes ?? []) count(`p:${prefix}`, prefix, false);
    const documents = this.entries.get('d')?.value;
    return { neighbours, counts, documents: typeof documents === 'number' ? documents : 0, absent };
  }
}
