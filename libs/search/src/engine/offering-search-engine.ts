import { requestedFacets, type FacetField, type OfferingSearchDocument, type SearchQuery } from '../search-document.js';
import type { SuggestionSource } from '../text/suggestions.js';
import { queryWords } from '../text/tokenize.js';
import { typedQuery, unmatchedWords } from './unmatched-words.js';

/** Which engine answers searches: PostgreSQL in the embedded default, Meilisearch when MEILI_URL is set. */
export type SearchEngineName = 'postgres' | 'meilisearch';

export interface EngineHealth {
  up: boolean;
  detail?: string;
}

export interface SearchHighlight {
  /** Document field: titleZh, titleEn, descriptionZh or descriptionEn. */
  field: string;
  /** The field's text with matches wrapped in <em>…</em>, descriptions cropped around the first match. */
  snippet: string;
}

export interface SearchHit {
  /** Offering id. */
  id: string;
  /** Relevance in [0, 1]; 1 for a search without words. */
  score: number;
  /** Great-circle distance from `near`, when the search has one and the offering a location. */
  distanceKm: number | null;
  highlights: SearchHighlight[];
  /**
   * The query's words the offering matched (by any synonym, alternative or typo), each with how many offerings of the
   * index hold it at most: what a caller weighs the match by (a word every offering holds says little). Places named
   * (江苏, 苏州) are left out: they say where, not what. Only the PostgreSQL engine knows them; Meilisearch leaves it
   * undefined.
   */
  matchedWords?: MatchedWord[];
}

export interface MatchedWord {
  /** The query's word as analysed (lower case, simplified). */
  word: string;
  /** Offerings of the index that hold it, at most (the vocabulary's count). */
  offerings: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FacetResult {
  field: FacetField;
  /** Values present in the filtered result, most frequent first. */
  values: FacetCount[];
}

export interface SearchResult {
  /** Every offering the search matches (filters applied), not just this page; null when the query did not ask. */
  total: number | null;
  hits: SearchHit[];
  /** The facets the query asked for, in FACET_FIELDS order. */
  facets: FacetResult[];
  /**
   * The query's words after stop words that no hit of this page matched (by any synonym, alternative or typo), as the
   * user typed them (`unmatchedWords`): every word for a page without hits, none for a blank query.
   */
  unmatchedWords: string[];
}

/** What a caller may hear of a search before its result is complete (OfferingSearchEngine.search). */
export interface SearchProgress {
  /**
   * The page's offering ids, in order, as soon as the engine knows them: PostgreSQL calls it when the page is read,
   * while the total and facets may still be counted; Meilisearch when its response arrives. Called at most once,
   * before the search settles, and not for a search that fails first; a hit whose document disappears in between may
   * be missing from the result. Lets the caller start reading the hits' offerings meanwhile; it must not throw.
   */
  onHits?(ids: readonly string[]): void;
}

export interface Suggestion {
  text: string;
  source: SuggestionSource;
}

/**
 * Everything a full re-index needs: the ids of all offerings in pages, and their documents (null for those not
 * searchable), so that an engine can stream a rebuild without holding 100 000 documents in memory.
 */
export interface ReindexSource {
  documents(): AsyncIterable<OfferingSearchDocument[]>;
}

/**
 * The port every search engine implements; both obey the semantics pinned by test/contract. Writes are idempotent
 * (the outbox may deliver a batch twice) and throw when the engine cannot take them, so the outbox retries.
 */
export interface OfferingSearchEngine {
  readonly name: SearchEngineName;
  /** Inserts or replaces these documents. */
  upsert(documents: readonly OfferingSearchDocument[]): Promise<void>;
  /** Removes these offerings; ids not in the index are ignored. */
  remove(offeringIds: readonly string[]): Promise<void>;
  search(query: SearchQuery, progress?: SearchProgress): Promise<SearchResult>;
  /** Completions of what a user is typing, from titles, keywords and platform names in both languages. */
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
  /** Rebuilds the whole index from `source` beside the live one and swaps it in: searches never see it empty. */
  reindex(source: ReindexSource): Promise<{ documents: number }>;
  health(): Promise<EngineHealth>;
}

export const OFFERING_SEARCH_ENGINE = Symbol('OFFERING_SEARCH_ENGINE');

/** Facet values sorted the same way for every engine: most frequent first, then by value. */
export function sortFacetValues(values: FacetCount[]): FacetCount[] {
  return values
    .filter((v) => v.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Highest position a search pages to, as Meilisearch's `pagination.maxTotalHits`: the API refuses offset > 10 000. */
export const MAX_HIT_POSITION = 10_000;

/**
 * Does the query leave a word to match, or is it blank (a search without words, which lists everything)? Text made
 * only of stop words or punctuation does not: both engines answer it with an empty result, not with everything.
 */
export function hasSearchableText(query: string | undefined): boolean {
  if (!query?.trim()) return true;
  const { words, models } = queryWords(query);
  return words.length > 0 || models.length > 0;
}

/** No match: total 0 (when asked), no hits, every asked facet without values, every word unmatched. */
export function emptyResult(query: Pick<SearchQuery, 'facets' | 'total'> & { query?: string }): SearchResult {
  return {
    total: query.total === false ? null : 0,
    hits: [],
    facets: requestedFacets(query).map((field) => ({ field, values: [] })),
    unmatchedWords: unmatchedWords(typedQuery(query.query), new Set()),
  };
}
