/**
 * Results and facet counts the PostgreSQL engine has computed, per process, keyed by the index generation they were
 * computed at (`search_index_state.generation`, which every index write bumps in the transaction of its change). A
 * search reads the current generation in its first statement and asks for entries of that generation only: once a
 * change has committed, and so is searchable, no entry from before it can be returned. A newer generation empties
 * the cache. Least recently used entries go first once `capacity` entries of a kind are held; capacity 0 keeps none.
 */
export class SearchCache<R, F> {
  private generation: string | null = null;
  private readonly results = new Map<string, R>();
  private readonly facets = new Map<string, F>();
  private counters = { lookups: 0, hits: 0 };

  constructor(private readonly capacity: number) {}

  get enabled(): boolean {
    return this.capacity > 0;
  }

  /** Lookups and hits since start (results and facets alike): what the benchmark reports as the hit rate. */
  get stats(): { lookups: number; hits: number } {
    return { ...this.counters };
  }

  result(generation: string, key: string): R | undefined {
    return this.get(this.results, generation, key);
  }

  /** Whether a result is held for `key` (of the newest generation seen; a lookup may still find it outdated). */
  holdsResult(key: string): boolean {
    return this.results.has(key);
  }

  storeResult(generation: string, key: string, value: R): void {
    this.set(this.results, generation, key, value);
  }

  facetCounts(generation: string, key: string): F | undefined {
    return this.get(this.facets, generation, key);
  }

  storeFacetCounts(generation: string, key: string, value: F): void {
    this.set(this.facets, generation, key, value);
  }

  private get<V>(map: Map<string, V>, generation: string, key: string): V | undefined {
    if (!this.enabled) return undefined;
    this.counters.lookups += 1;
    this.advance(generation);
    if (generation !== this.generation) return undefined;
    const value = map.get(key);
    if (value === undefined) return undefined;
    this.counters.hits += 1;
    // Most recently used last: Map keeps insertion order.
    map.delete(key);
    map.set(key, value);
    return value;
  }

  private set<V>(map: Map<string, V>, generation: string, key: string, value: V): void {
    if (!this.enabled) return;
    this.advance(generation);
    // Computed at an older generation than the one now known (a write committed meanwhile): not worth keeping.
    if (generation !== this.generation) return;
    map.delete(key);
    map.set(key, value);
    if (map.size > this.capacity) map.delete(map.keys().next().value as string);
  }

  /** Generations only grow (a bigint, compared as a number of digits first). */
  private advance(generation: string): void {
    if (this.generation !== null && !isNewer(generation, this.generation)) return;
    this.generation = generation;
    this.results.clear();
    this.facets.clear();
  }
}

function isNewer(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a > b;
}
