import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, TransactionRunner, type AppConfig } from '#core';
import { bookableDays } from '../bookable-days.js';
import { haversineKm } from '../geo.js';
import { buildDocumentFilter, isEmptyFilter } from '../postgres/pg-filter.js';
import {
  compareRanked,
  EMPTY_VOCABULARY,
  emptyBucket,
  expandPlan,
  matchedTokens,
  parseQuery,
  planTokens,
  rankBuckets,
  rankingSets,
  rankKey,
  rankOf,
  scoreOf,
  TokenSet,
  vocabularyRequests,
  withoutUnmatched,
  type ExpandedUnit,
  type SearchPlan,
  type UnitCondition,
} from '../postgres/pg-query-plan.js';
import { counterChanges, mergeCounterChanges, toPgSearchRow, type CounterChanges } from '../postgres/pg-search-row.js';
import type {
  DocumentCriteria,
  DocumentDetails,
  DocumentFilter,
  DocumentOrder,
  FacetRows,
  HighlightedTexts,
  TextCondition,
} from '../postgres/search-criteria.js';
import { QueryAnalysisCache } from '../postgres/query-analysis-cache.js';
import { SearchCache } from '../postgres/search-cache.js';
import { SearchDocumentRepository } from '../postgres/search-document.repository.js';
import { SearchRebuildRepository } from '../postgres/search-rebuild.repository.js';
import { tokenFacetChanges } from '../postgres/token-facet-counts.js';
import { VocabularyCache } from '../postgres/vocabulary-cache.js';
import { requestedFacets, type FacetField, type OfferingSearchDocument, type SearchQuery } from '../search-document.js';
import { highlight, HighlightWords } from '../text/highlight.js';
import { normalizeSuggestion, startsAWord } from '../text/suggestions.js';
import { unmatchedWords, type TypedQuery } from './unmatched-words.js';
import {
  emptyResult,
  MAX_HIT_POSITION,
  sortFacetValues,
  type EngineHealth,
  type OfferingSearchEngine,
  type ReindexSource,
  type SearchHighlight,
  type SearchHit,
  type SearchProgress,
  type SearchResult,
  type Suggestion,
} from './offering-search-engine.js';

const HIGHLIGHTED_FIELDS = ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn'] as const;
const CROPPED_FIELDS: ReadonlySet<string> = new Set(['descriptionZh', 'descriptionEn']);
const CROP_LENGTH = 40;
const NO_FILTER: DocumentFilter = { anyOf: [] };

/** What a search's answer needs besides its plan (PostgresSearchEngine.answer). */
interface AnswerContext {
  days: Exclude<ReturnType<typeof bookableDays>, null>;
  fields: FacetField[];
  wantTotal: boolean;
  generation: string | null;
  resultKey: string;
  documents: number;
  /** The query text's units and typed forms, from its cached analysis (unmatchedWords). */
  typed: TypedQuery;
}

// A result of at most this many documents (by the vocabulary's counts) is ordered in one statement (weightedIds).
const SMALL_RESULT = 500;
// Unit sets paged in a larger result, and queries spent on it; the rest follows by rating.
const RANKING_SETS = 8;
const QUERY_BUDGET = 10;
// A set of at most this many remaining documents is read whole and ranked in memory, probed only when it is expected
// (its units taken as independent) to hold at most PROBE_BELOW (≥ READ_WHOLE) documents: a larger one rarely fits.
const READ_WHOLE = 100;
// A set expected to hold at least this share of the documents is looked for among the best rated first (walkFirstSql),
// among at least WALK_ROWS of them; when nothing but its words restricts it, among WALK_MARGIN times the rank at which
// the last document the page misses is expected, at most MAX_WALK_ROWS (walkRows).
const DENSE_SHARE = 0.05;
const WALK_ROWS = 400;
const WALK_MARGIN = 2;
const MAX_WALK_ROWS = 1_600;
const PROBE_BELOW = 200;

/**
 * Search in the application's own PostgreSQL (the embedded default): an inverted index of tokens (a tsvector with a
 * GIN index; prefixes answered by the index), a typo vocabulary, facet counts kept with every write for searches that
 * restrict nothing, ranking by buckets as Meilisearch's ranking rules do. SQL in search-document.repository.ts;
 * the reading of a query in pg-query-plan.ts; what a stored row holds in pg-search-row.ts.
 */
@Injectable()
export class PostgresSearchEngine implements OfferingSearchEngine {
  readonly name = 'postgres' as const;
  private readonly vocabularyCache = new VocabularyCache();
  private readonly analysis = new QueryAnalysisCache();
  private readonly cache: SearchCache<SearchResult, FacetRows>;

  constructor(
    private readonly repository: SearchDocumentRepository,
    private readonly rebuild: SearchRebuildRepository,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new SearchCache(config.search.cacheEntries);
  }

  /** Lookups and hits of the result and facet cache since start (the benchmark's hit rate). */
  get cacheStats(): { lookups: number; hits: number } {
    return this.cache.stats;
  }

  upsert(documents: readonly OfferingSearchDocument[]): Promise<void> {
    return this.write(documents, []);
  }

  remove(offeringIds: readonly string[]): Promise<void> {
    return this.write([], offeringIds);
  }

  /** One transaction: the rows and the counters derived from them change together or not at all. */
  private async write(documents: readonly OfferingSearchDocument[], removals: readonly string[]): Promise<void> {
    if (documents.length === 0 && removals.length === 0) return;
    const latest = new Map(documents.map((doc) => [doc.id, doc]));
    const rows = [...latest.values()].map(toPgSearchRow);
    const removed = [...new Set(removals)].filter((id) => !latest.has(id));
    await this.transactions.run(async (manager) => {
      const before = await this.repository.lockStored(manager, [...latest.keys(), ...removed]);
      await this.repository.deleteRows(manager, removed);
      await this.repository.upsertRows(manager, rows);
      await this.repository.applyCounters(manager, counterChanges(before, rows));
      await this.repository.applyTokenFacets(manager, tokenFacetChanges(before, rows));
      await this.repository.bumpGeneration(manager);
    });
  }

  async reindex(source: ReindexSource): Promise<{ documents: number }> {
    let documents = 0;
    await this.transactions.run(async (manager) => {
      await this.rebuild.createNextTables(manager);
      const counters: CounterChanges = { terms: new Map(), facets: new Map(), suggestions: new Map() };
      for await (const batch of source.documents()) {
        const rows = batch.map(toPgSearchRow);
        await this.repository.upsertRows(manager, rows, 'next');
        mergeCounterChanges(counters, counterChanges([], rows));
        documents += rows.length;
      }
      await this.rebuild.insertCounters(manager, counters);
      await this.rebuild.swapInNextTables(manager);
      await this.repository.bumpGeneration(manager);
    });
    return { documents };
  }

  async search(query: SearchQuery, progress?: SearchProgress): Promise<SearchResult> {
    // Analysed once per distinct text (query-analysis-cache.ts: a pure function of the text, never stale): no unit but
    // some text is a query of stop words or punctuation only, which finds nothing (hasSearchableText); blank text lists
    // everything.
    const analysis = this.analysis.analyse(query.query);
    const { units } = analysis;
    if (units.length === 0 && query.query?.trim()) return emptyResult(query);
    // The window's bookable days, as of today: none (a window in the past or beyond the booking horizon) finds nothing.
    const days = bookableDays(query, new Date());
    if (days === null) return emptyResult(query);
    const fields = requestedFacets(query);
    const wantTotal = query.total !== false;
    // The query as the engine reads it: text spelled differently but analysed alike shares an entry; a window by the
    // days it asks for today (an entry held over midnight answers for the day it was computed on only).
    const resultKey = JSON.stringify({ ...query, query: analysis.key(), days, facets: fields, total: wantTotal });
    // First statement: what the plan needs of the vocabulary that is not cached, and the index generation. Place counts
    // and probes serve the ranking buckets of a RELEVANCE walk; not when a result of this search is held (most likely
    // served: no index work for it).
    const buckets = query.sort === 'RELEVANCE' && !this.cache.holdsResult(resultKey);
    let generation = null as string | null;
    const vocabulary =
      units.length > 0
        ? await this.vocabularyCache.lookup(analysis.requests(buckets), async (missing) => {
            const fetched = await this.repository.vocabulary(
              missing.fuzzy,
              missing.counted,
              missing.prefixes,
              missing.placed?.probes,
            );
            generation = fetched.generation;
            return fetched;
          })
        : EMPTY_VOCABULARY;
    if (this.cache.enabled && generation === null) generation = await this.repository.generation();
    const cached = generation === null ? undefined : this.cache.result(generation, resultKey);
    if (cached) {
      progress?.onHits?.(cached.hits.map((hit) => hit.id));
      return cached;
    }

    return this.answer(
      query,
      expandPlan(units, vocabulary),
      { days, fields, wantTotal, generation, resultKey, documents: vocabulary.documents, typed: analysis.typed },
      progress,
    );
  }

  /** A search's page and counts by a plan; again without the units found to match nothing (withoutUnmatched). */
  private async answer(
    query: SearchQuery,
    plan: SearchPlan,
    context: AnswerContext,
    progress?: SearchProgress,
  ): Promise<SearchResult> {
    const { days, fields, wantTotal, generation, resultKey, documents, typed } = context;
    const filter = buildDocumentFilter(query, days);
    const relevance = query.sort === 'RELEVANCE';
    const matching = criteriaOf(plan, filter, relevance);
    if (!matching) return emptyResult(query);
    const { conditions, base } = matching;
    const limit = Math.max(0, Math.min(query.limit, MAX_HIT_POSITION - query.offset));
    const planned = planTokens(plan);
    const { words, prefixes } = planned;
    // The counts and the page (its ids with their details, those not read with them after) at once: each statement
    // takes a connection of the search pool for itself and gives it back (Pool.query), so a search never holds one
    // while it waits for another and a pool of any size serves any number of concurrent searches. There is no common
    // snapshot to give up: every statement reads its own, as the page walk's statements always did; a write landing
    // in between can make the total and the page disagree by that write, as in any search engine.
    // No hit asked for (limit 0: a count or facets only): no page, and no statement for it.
    const pageRead = (
      limit === 0
        ? Promise.resolve({ ids: [], details: new Map<string, DocumentDetails>() })
        : relevance && plan.units.length > 0
          ? this.relevancePage(plan, planned, base, limit, query.offset)
          : this.repository
              .idsWithDetails(
                base,
                query.sort as DocumentOrder,
                query.near,
                limit,
                query.offset,
                words,
                prefixes,
                filterWalkRows(query, conditions, filter),
              )
              .then((rows) => ({ ids: rows.map((row) => row.id), details: new Map(rows.map((row) => [row.id, row])) }))
    ).then(async (page) => {
      progress?.onHits?.(page.ids);
      const unread = page.ids.filter((id) => !page.details.has(id));
      for (const row of await this.repository.details(unread, words, prefixes)) page.details.set(row.id, row);
      return page;
    });
    const [counts, { ids, details }] = await settled(
      fields.length > 0 || wantTotal
        ? this.counts(generation, documents, base, conditions, filter, fields)
        : Promise.resolve(null),
      pageRead,
    );
    // Nothing matched the words, nor would without the filter: a unit weighed by its counts matches nothing.
    const empty = ids.length === 0 && (counts ? counts.total === 0 : query.offset === 0 && limit > 0);
    if (relevance && empty && (isEmptyFilter(filter) || !(await this.anyMatch(base)))) {
      const relaxed = withoutUnmatched(plan, documents);
      if (relaxed) return this.answer(query, relaxed, context, progress);
    }
    const hits: SearchHit[] = [];
    // The units some hit of the page matched: the query's other words are its unmatchedWords.
    const matchedUnits = new Set<string>();
    for (const id of ids) {
      const row = details.get(id);
      if (!row) continue;
      const tokens = new TokenSet(row.tokens);
      const location = row.lat === null || row.lng === null ? null : { lat: row.lat, lng: row.lng };
      const rank = rankOf(plan, tokens);
      for (const index of rank.matched) matchedUnits.add(plan.units[index].text);
      hits.push({
        id,
        score: scoreOf(plan, rank),
        distanceKm: query.near && location ? Math.round(haversineKm(query.near, location) * 1000) / 1000 : null,
        highlights: highlightsOf(row.texts, new Set(matchedTokens(plan, tokens))),
        matchedWords: rank.matched
          .map((index) => plan.units[index])
          .filter((unit) => !unit.location)
          .map((unit) => ({ word: unit.text, offerings: unit.frequency })),
      });
    }
    const result: SearchResult = {
      total: wantTotal && counts ? counts.total : null,
      hits,
      facets: fields.map((field) => ({
        field,
        values: sortFacetValues(
          (counts?.facets ?? []).filter((f) => f.field === field).map(({ value, count }) => ({ value, count })),
        ),
      })),
      unmatchedWords: unmatchedWords(typed, matchedUnits),
    };
    if (generation !== null) this.cache.storeResult(generation, resultKey, result);
    return result;
  }

  /** Does any document hold the words of `criteria`, whatever its filter? */
  private async anyMatch(criteria: DocumentCriteria): Promise<boolean> {
    return (await this.repository.ids({ ...criteria, filter: NO_FILTER }, 'RELEVANCE', undefined, 1, 0)).length > 0;
  }

  /**
   * The total and the asked-for facets of the documents matching `base`: from the index-wide counts when nothing
   * restricts the search, from the facet cache when this generation counted them already, else counted.
   */
  private async counts(
    generation: string | null,
    documents: number,
    base: DocumentCriteria,
    conditions: readonly TextCondition[],
    filter: DocumentFilter,
    fields: readonly FacetField[],
  ): Promise<FacetRows> {
    if (conditions.length === 0 && isEmptyFilter(filter)) return this.repository.indexFacets();
    // A single word every document holds (中试 on this site) filters nothing: facets can come from the index-wide counts.
    // Asked only when the vocabulary's counts say it may be so (the statement checks it again in its own snapshot).
    const universal =
      conditions.length === 1 &&
      conditions[0].units.length === 1 &&
      isEmptyFilter(filter) &&
      conditions[0].units[0].frequency >= documents
        ? singleWords(conditions[0].units[0])
        : [];
    const key = JSON.stringify({ base, universal, fields });
    const cached = generation === null ? undefined : this.cache.facetCounts(generation, key);
    if (cached) return cached;
    const counted = await this.repository.facets(base, universal, fields);
    if (generation !== null) this.cache.storeFacetCounts(generation, key, counted);
    return counted;
  }

  /**
   * A RELEVANCE page, in `rankKey` order (pg-query-plan.ts states the rules), then rating and id. A result small
   * enough by the vocabulary's counts is read whole (each document's matching tokens) and ranked in memory. A larger
   * one is paged set by set (the universe's unit sets, heaviest first, minus the documents already placed, which are
   * fewer than `offset + limit`): a set whose documents all fit the page is read and ranked in memory (consecutive
   * sets likely to fit are read in one statement); the set that fills the page is split into `rankBuckets`, one
   * indexed query each, which returns its hits' details too. After RANKING_SETS sets or QUERY_BUDGET queries,
   * whatever is left follows by rating. Most first pages take one to three queries.
   */
  private async relevancePage(
    plan: SearchPlan,
    { words, prefixes }: ReturnType<typeof planTokens>,
    base: DocumentCriteria,
    limit: number,
    offset: number,
  ): Promise<{ ids: string[]; details: Map<string, DocumentDetails> }> {
    const details = new Map<string, DocumentDetails>();
    if (limit <= 0) return { ids: [], details };
    const rank = (rows: readonly RankedRow[]) => rankInMemory(plan, rows);
    const estimate = plan.universe.reduce(
      (sum, set) => sum + Math.min(...set.map((index) => plan.units[index].frequency)),
      0,
    );
    if (estimate <= SMALL_RESULT)
      return {
        ids: rank(await this.repository.candidates(base, words, prefixes, SMALL_RESULT)).slice(offset, offset + limit),
        details,
      };

    const wanted = offset + limit;
    const page: string[] = [];
    const passed: string[] = [];
    let queries = 0;
    const place = (ids: readonly string[]) => {
      page.push(...ids.slice(Math.max(0, offset - passed.length)));
      passed.push(...ids);
    };
    // `expected`: the documents the criteria's words may match (the vocabulary's counts), which sizes the walk.
    const take = async (criteria: DocumentCriteria, expected: number) => {
      queries += 1;
      const excluding = { ...criteria, excludeIds: passed };
      // The hits' details come with their ids when every row found is on the page (no offset left to skip).
      if (passed.length >= offset) {
        const rows = await this.repository.idsWithDetails(
          excluding,
          'RELEVANCE',
          undefined,
          wanted - passed.length,
          0,
          words,
          prefixes,
          walkRows(expected, documents, wanted - passed.length, criteria.filter),
        );
        for (const row of rows) details.set(row.id, row);
        place(rows.map((row) => row.id));
      } else place(await this.repository.ids(excluding, 'RELEVANCE', undefined, wanted - passed.length, 0));
    };
    // Worth reading whole when a set is likely small: as many documents as its units would share if independent.
    const documents = Math.max(1, ...plan.units.map((unit) => unit.frequency), documentsOf(plan));
    const expectedIn = (set: readonly number[], conditions: readonly UnitCondition[] = []) =>
      set.reduce((product, index) => (product * frequencyIn(plan.units[index], conditions)) / documents, documents);
    const sets = rankingSets(plan, RANKING_SETS);
    const inSetOf = (set: readonly number[]): DocumentCriteria => {
      const within = withinSet(base, plan.universe, set);
      return { ...within, text: [...within.text, { units: unitsOf(plan, set), mode: 'any', place: 'anywhere' }] };
    };
    // Sets read whole, by their index in `sets`: their documents not placed when read, complete if fewer than `limit`.
    const readWhole = new Map<number, { rows: readonly RankedRow[]; limit: number }>();
    for (const [i, set] of sets.entries()) {
      if (passed.length >= wanted || queries >= QUERY_BUDGET) break;
      const units = unitsOf(plan, set);
      // Holding a set whole that contains one of the universe's sets implies matching `base`'s text: the index then
      // evaluates only the set's own conditions (each repeated condition costs it the posting lists once more).
      const within = withinSet(base, plan.universe, set);
      const inSet = inSetOf(set);
      const missing = wanted - passed.length;
      if (missing <= READ_WHOLE && expectedIn(set) <= PROBE_BELOW) {
        if (!readWhole.has(i)) {
          // This set and the next ones likely to fit, until they are expected to fill the page, in one statement;
          // one more than missing each: if they all come back, a set's documents all fit.
          const run = [i];
          let expected = expectedIn(set);
          for (let j = i + 1; j < sets.length && expected < missing && expectedIn(sets[j]) <= PROBE_BELOW; j += 1) {
            run.push(j);
            expected += expectedIn(sets[j]);
          }
          queries += 1;
          const lists = await this.repository.candidatesOf(
            run.map((j) => ({ ...inSetOf(sets[j]), excludeIds: [...passed] })),
            words,
            prefixes,
            missing + 1,
          );
          run.forEach((j, k) => readWhole.set(j, { rows: lists[k], limit: missing + 1 }));
        }
        // A set read whole: its documents placed since (by the sets before it) drop out, the rest fit or not. Read
        // incomplete: more than `limit - 1 - placed since` = missing are new, so it does not fit.
        const read = readWhole.get(i);
        const placed = new Set(passed);
        const fresh = read?.rows.filter((row) => !placed.has(row.id)) ?? [];
        if (read && read.rows.length < read.limit && fresh.length <= missing) {
          place(rank(fresh));
          continue;
        }
      }
      for (const conditions of rankBuckets(plan)) {
        if (passed.length >= wanted || queries >= QUERY_BUDGET) break;
        // A bucket the vocabulary's counts prove empty needs no statement: a typo-only word's whole-word and typo-free
        // ones; those asking for words in the headline or title fields that no document holds there. The latter still
        // spend QUERY_BUDGET as the statement they stand for did, so that the page stays the one that statement gave.
        if (emptyBucket(units, conditions)) {
          if (!emptyBucket(units, anywhere(conditions))) queries += 1;
          continue;
        }
        // Any bucket condition on the set's units implies holding the set (a marked token comes with its plain one;
        // exact and loose words are among the `any` ones), so it replaces the set's own condition.
        await take(
          conditions.length === 0
            ? inSet
            : { ...within, text: [...within.text, ...conditions.map((c) => ({ units, ...c }))] },
          expectedIn(set, conditions),
        );
      }
    }
    if (passed.length < wanted) await take(base, estimate);
    return { ids: page.slice(0, limit), details };
  }

  /**
   * Every match of a RELEVANCE search (at most `max`), ranked in memory: the order relevancePage pages a result of any
   * size in. The reference a test holds the paged walk to; not used to answer searches.
   */
  async rankWholeResult(query: SearchQuery, max: number): Promise<string[]> {
    const units = parseQuery(query.query);
    const request = vocabularyRequests(units);
    const plan = expandPlan(units, await this.repository.vocabulary(request.fuzzy, request.counted, request.prefixes));
    const days = bookableDays(query, new Date());
    if (days === null) return [];
    const matching = criteriaOf(plan, buildDocumentFilter(query, days), true);
    if (!matching || plan.units.length === 0) return [];
    const { words, prefixes } = planTokens(plan);
    return rankInMemory(plan, await this.repository.candidates(matching.base, words, prefixes, max));
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const typed = normalizeSuggestion(prefix);
    if (!typed || limit <= 0) return [];
    const rows = await this.repository.suggestions(typed, limit * 5);
    const seen = new Set<string>();
    const suggestions: Suggestion[] = [];
    for (const row of rows) {
      if (!startsAWord(row.norm, typed) || seen.has(row.norm)) continue;
      seen.add(row.norm);
      suggestions.push({ text: row.text, source: row.source });
      if (suggestions.length >= limit) break;
    }
    return suggestions;
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.repository.ping();
      return { up: true };
    } catch (error) {
      return { up: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }
}

type RankedRow = { id: string; rating: number | null; tokens: string[] };

/**
 * Both results once both have settled, or the first one's error: Promise.all would reject with the first failure while
 * the other statement still runs, and a later failure of that one would go unheard; here a search ends only when
 * nothing of it is left running.
 */
async function settled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/**
 * The best-rated documents a first page's walk tests (walkFirstSql), 0 for no walk: none for a set expected to hold
 * less than DENSE_SHARE of the documents; WALK_ROWS for one a filter restricts (the estimate does not know the filters'
 * share: growing those walks would double the cost of the many that find nothing, docs/benchmarks.md); else enough
 * to hold `missing` of its documents WALK_MARGIN times over if they were spread evenly over the rating order
 * (型式试验: 5 430 of 90 110 documents, its 20th at rank 411 where 332 was expected, so 664 rows), within
 * [WALK_ROWS, MAX_WALK_ROWS].
 */
export function walkRows(expected: number, documents: number, missing: number, filter: DocumentFilter): number {
  if (expected < documents * DENSE_SHARE) return 0;
  if (!isEmptyFilter(filter)) return WALK_ROWS;
  return Math.min(MAX_WALK_ROWS, Math.max(WALK_ROWS, Math.ceil((WALK_MARGIN * missing * documents) / expected)));
}

/**
 * The best-rated documents a first page by rating that only filters restrict tests (walkFirstSql: its facet filters on
 * their columns, without reading `terms`), WALK_ROWS; 0 otherwise. A filter-only result is mostly dense: 20 rows among
 * the first few hundred, where the indexed query reads and sorts all of its thousands.
 */
function filterWalkRows(query: SearchQuery, conditions: readonly TextCondition[], filter: DocumentFilter): number {
  const byRating = query.sort === 'RELEVANCE' || query.sort === 'RATING';
  return byRating && query.offset === 0 && conditions.length === 0 && !isEmptyFilter(filter) ? WALK_ROWS : 0;
}

/** Ids in RELEVANCE order: rankKey, then rating and id. */
function rankInMemory(plan: SearchPlan, rows: readonly RankedRow[]): string[] {
  return rows
    .map((row) => ({ ...row, key: rankKey(plan, new TokenSet(row.tokens)) }))
    .sort(compareRanked)
    .map((row) => row.id);
}

/**
 * What matches: RELEVANCE, a document holding one of the universe's unit sets (the other units rank); sorts, every
 * unit. Null when the query has units and none can match.
 */
function criteriaOf(
  plan: SearchPlan,
  filter: DocumentFilter,
  relevance: boolean,
): { conditions: TextCondition[]; base: DocumentCriteria } | null {
  const sets = relevance ? plan.universe : plan.units.length > 0 ? [plan.units.map((_, index) => index)] : [];
  if (plan.units.length > 0 && sets.length === 0) return null;
  const conditions = sets.map((set): TextCondition => ({ units: unitsOf(plan, set), mode: 'any', place: 'anywhere' }));
  const base: DocumentCriteria =
    conditions.length === 1 ? { filter, text: conditions } : { filter, text: [], oneOf: conditions };
  return { conditions, base };
}

/** Documents in the index, as the plan's weights imply (weight = ln(1 + N / frequency)). */
function documentsOf(plan: SearchPlan): number {
  const unit = plan.units.find((u) => u.frequency > 0 && u.weight > 0);
  return unit ? Math.round(unit.frequency * Math.expm1(unit.weight)) : 0;
}

const unitsOf = (plan: SearchPlan, set: readonly number[]): ExpandedUnit[] => set.map((index) => plan.units[index]);

/**
 * Documents holding a unit under a bucket's conditions, at most: its marked counts bound a headline or title bucket (a
 * common word is rarely in the titles of 5 % of the documents: walking the best rated for it read 400 rows for nothing).
 */
const frequencyIn = (unit: ExpandedUnit, conditions: readonly UnitCondition[]) =>
  Math.min(unit.frequency, ...conditions.map(({ mode, place }) => unit.frequencyIn[place][mode]));
const anywhere = (conditions: readonly UnitCondition[]) => conditions.filter((c) => c.place === 'anywhere');

/**
 * `base` for the documents holding `set` whole: its filter alone when the set contains one of the universe's sets
 * (holding it implies base's text condition), else `base` as it is.
 */
export function withinSet(
  base: DocumentCriteria,
  universe: readonly (readonly number[])[],
  set: readonly number[],
): DocumentCriteria {
  const implied = universe.some((required) => required.every((index) => set.includes(index)));
  return implied ? { filter: base.filter, text: [] } : base;
}

/** The words that alone match a unit (alternatives of one exact word): if a document lacks none of them, the unit matches all. */
function singleWords(unit: ExpandedUnit): string[] {
  return unit.alternatives.flatMap((alternative) => {
    const [term, ...others] = alternative.terms;
    return others.length === 0 && term.prefix === null ? term.exact : [];
  });
}

/** Highlighted titles and cropped descriptions, for the fields that contain a match. */
export function highlightsOf(document: HighlightedTexts, tokens: ReadonlySet<string>): SearchHighlight[] {
  const highlights: SearchHighlight[] = [];
  const words = new HighlightWords(tokens);
  for (const field of HIGHLIGHTED_FIELDS) {
    const snippet = highlight(document[field], words, CROPPED_FIELDS.has(field) ? CROP_LENGTH : undefined);
    if (snippet !== null) highlights.push({ field, snippet });
  }
  return highlights;
}
