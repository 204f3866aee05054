import { typedQuery, type TypedQuery } from '../engine/unmatched-words.js';
import { parseQuery, vocabularyRequests, type PlanUnit, type VocabularyRequest } from './pg-query-plan.js';

/** Distinct query texts whose analysis is kept: a few hundred kilobytes at most (a unit list is small). */
export const ANALYSIS_CACHE_ENTRIES = 1_000;

/** A query text's analysis: its units and what it asks of the vocabulary (for a RELEVANCE walk or not). */
export interface QueryAnalysis {
  units: readonly PlanUnit[];
  /** The units as JSON: texts analysed alike share it (the result cache's key reads the query so). */
  key(): string;
  requests(buckets: boolean): VocabularyRequest;
  /** The text as the result's unmatchedWords reads it (its units and typed forms). */
  typed: TypedQuery;
}

/**
 * The analysis of a query text (parseQuery: normalization, jieba, sub-word tiling, synonyms; vocabularyRequests; the
 * typed forms of unmatchedWords), kept
 * per distinct text, least recently used first out beyond `capacity`. Not a result cache: the analysis of a text is a
 * pure function of the text and the code's own lists (dictionary, stop words, synonyms), read nowhere from the index,
 * so an entry can never be stale; what the index says (counts, typo candidates) is looked up per search as before. The
 * units and requests handed out are shared between searches and must not be changed (nothing in the engine does:
 * expandPlan builds new objects, the vocabulary cache copies what it asks for).
 */
export class QueryAnalysisCache {
  private readonly entries = new Map<string, QueryAnalysis>();

  constructor(private readonly capacity = ANALYSIS_CACHE_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  analyse(query: string | undefined): QueryAnalysis {
    const key = query ?? '';
    const held = this.entries.get(key);
    if (held) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held;
    }
    const analysis = analyse(query);
    if (this.capacity <= 0) return analysis;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, analysis);
    return analysis;
  }
}

function analyse(query: string | undefined): QueryAnalysis {
  const units = parseQuery(query);
  const requests: Partial<Record<'walk' | 'plain', VocabularyRequest>> = {};
  let key: string | undefined;
  return {
    units,
    key: () => (key ??= JSON.stringify(units)),
    requests: (buckets) => (requests[buckets ? 'walk' : 'plain'] ??= vocabularyRequests(units, buckets)),
    typed: typedQuery(query, units),
  };
}
