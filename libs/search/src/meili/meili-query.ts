import type { MatchingStrategies, SearchParams } from 'meilisearch';
import { requestedFacets, type SearchQuery } from '../search-document.js';
import type { DayRange } from '../bookable-days.js';
import { dayKey } from '../shanghai-days.js';
import { meiliSegmented } from '../text/chinese-segmenter.js';
import { normalizeSuggestion } from '../text/suggestions.js';
import { isCjk } from '../text/tokenize.js';
import { meiliQueryText } from '../text/synonyms.js';
import { MEILI_ATTRIBUTES, MEILI_FACET_ATTRIBUTES, priceAttribute, SEARCHABLE_ATTRIBUTES } from './meili-settings.js';
import { COMPLETION_KEYS_ATTRIBUTE, completionKey } from './meili-completion.js';

export const HIGHLIGHT_PRE_TAG = '<em>';
export const HIGHLIGHT_POST_TAG = '</em>';
/** The attributes whose highlights the API shows (`highlightsOf`). */
export const HIGHLIGHTED_ATTRIBUTES = ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn'] as const;
const CROPPED_ATTRIBUTES = ['descriptionZh', 'descriptionEn'];
const CROP_LENGTH = 40;
const LATIN = /\p{Script=Latin}/u;

/**
 * A string as one double-quoted filter literal. Meilisearch ends a quoted value at the first `"` not preceded by
 * a backslash and then unescapes backslash sequences, so escaping `\` first and then `"` leaves no way out of the
 * literal: `32" OR province = "44` stays the single value it is. Other characters, newlines included, are inert
 * inside quotes and pass unchanged.
 */
export function escapeFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A number as a filter token. Refuses NaN and infinities, and never writes an exponent ('1e+21' is no token). */
export function formatFilterNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatFilterNumber: not a finite number: ${value}`);
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** `attribute = "a"` for each value: one OR group. Empty or absent lists add no condition. */
function anyOf(attribute: string, values: readonly string[] | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  return [...new Set(values)].map((value) => `${attribute} = ${escapeFilterValue(value)}`);
}

/**
 * The filter in the client's array form: the outer array is AND, each inner array an OR of conditions on one
 * field. So filters AND across fields and OR within one.
 *
 * - availableFrom/availableTo: the window's bookable days (`days`, bookableDays(): the Shanghai days the window
 *   [from, to) touches, clipped to today … today + the booking horizon, so an open end is closed there), as one range
 *   condition `openSlotDayKeys A TO B` on the numeric day keys. On an array, one range condition matches when any
 *   element is in range, which is exactly "at least one open slot day in the window"; it needs no list of days, so no
 *   cap on the window. (Two conditions `>= A` and `<= B` would be wrong: each could match a different element.)
 *   Availability is decided per Shanghai day; a window with no bookable day finds nothing (the engine answers it
 *   without asking Meilisearch).
 * - maxPrice: `priceAmount <= n` (fen), or the caller's tier price `tierPrices.<TIER> <= n`. QUOTE offerings have
 *   no price (null) and are left out: a price cap asks for offerings known to cost at most that much, and a quote may
 *   not.
 * - near: `_geoRadius(lat, lng, metres)`, the radius rounded up to a whole metre so it never shrinks; offerings
 *   without a coordinate are left out.
 */
export function buildFilter(q: SearchQuery, days?: DayRange): string[][] {
  const groups: (string[] | null)[] = [
    anyOf('serviceType', q.serviceTypes),
    anyOf('industryDirection', q.industryDirections),
    anyOf('keyDomains', q.keyDomains),
    anyOf('province', q.provinces),
    anyOf(MEILI_FACET_ATTRIBUTES.level, q.levels),
    anyOf(MEILI_FACET_ATTRIBUTES.accreditation, q.accreditations),
  ];
  if (q.openAccessOnly === true) groups.push([`${MEILI_ATTRIBUTES.openAccess} = true`]);
  if ((q.availableFrom || q.availableTo) && !days)
    throw new RangeError('buildFilter: an availability window needs its bookable days');
  if (days) groups.push([`${MEILI_ATTRIBUTES.openSlotDayKeys} ${dayKey(days.firstDay)} TO ${dayKey(days.lastDay)}`]);
  if (q.maxPrice !== undefined) groups.push([`${priceAttribute(q.priceTier)} <= ${formatFilterNumber(q.maxPrice)}`]);
  if (q.near) {
    const { lat, lng, radiusKm } = q.near;
    if (!(radiusKm > 0)) throw new RangeError('buildFilter: near.radiusKm must be positive');
    // Rounded to millimetres first: 1.1 km * 1000 is 1100.0000000000002, which must not become 1101 m.
    const metres = Math.ceil(Math.round(radiusKm * 1_000_000) / 1000);
    groups.push([`_geoRadius(${formatFilterNumber(lat)}, ${formatFilterNumber(lng)}, ${formatFilterNumber(metres)})`]);
  }
  return groups.filter((group): group is string[] => group !== null);
}

/** The `sort` parameter; none for RELEVANCE, which leaves ranking to the ranking rules. */
export function buildSort(q: SearchQuery): string[] | undefined {
  switch (q.sort) {
    case 'RELEVANCE':
      return undefined;
    case 'PRICE_ASC':
      return [`${priceAttribute(q.priceTier)}:asc`];
    case 'PRICE_DESC':
      return [`${priceAttribute(q.priceTier)}:desc`];
    case 'EARLIEST_AVAILABLE':
      return [`${MEILI_ATTRIBUTES.earliestOpenSlotTs}:asc`];
    case 'RATING':
      return [`${MEILI_ATTRIBUTES.ratingAverage}:desc`];
    case 'DISTANCE': {
      if (!q.near) throw new RangeError('buildSort: DISTANCE needs near');
      return [`_geoPoint(${formatFilterNumber(q.near.lat)}, ${formatFilterNumber(q.near.lng)}):asc`];
    }
  }
}

/**
 * Query languages for Meilisearch's tokenizer, so a short Chinese query is segmented as Mandarin (the
 * localizedAttributes of the Zh fields) and never guessed as Japanese. Mixed queries get both; queries with
 * neither script (digits only, empty) let Meilisearch decide.
 */
export function queryLocales(query: string | undefined): string[] | undefined {
  if (!query) return undefined;
  const cjk = isCjk(query);
  const latin = LATIN.test(query.normalize('NFKC'));
  if (cjk && latin) return ['cmn', 'eng'];
  if (cjk) return ['cmn'];
  if (latin) return ['eng'];
  return undefined;
}

/**
 * 'frequency' for RELEVANCE: when no offering has every word, the words that match nothing are dropped first, then
 * the most frequent (the least informative), so "找一家能做光伏组件型式试验的机构" or a long request title still
 * returns the closest offerings, those with the rarer words first; the PostgreSQL engine follows the same order
 * (pg-query-plan.ts). With an explicit sort, 'all': every hit has every word, so the order is strictly the requested
 * one (otherwise it would hold only within each group of equally many matched words).
 */
export function matchingStrategyFor(q: SearchQuery): MatchingStrategies {
  return q.sort === 'RELEVANCE' ? 'frequency' : 'all';
}

/**
 * The facets to ask Meilisearch for: those the query wants and, when it wants the total, serviceType, whose counts
 * add up to it beyond `maxTotalHits` (totalOf).
 */
export function meiliFacets(q: Pick<SearchQuery, 'facets' | 'total'>) {
  const fields = requestedFacets(q);
  return q.total !== false && !fields.includes('serviceType') ? ['serviceType' as const, ...fields] : fields;
}

/**
 * The full search request for the Meilisearch client. The query's Chinese is sent cut into words as documents are
 * (`meiliSegmented`), so that the words of both are the same.
 */
export function buildSearchParams(q: SearchQuery, days?: DayRange): SearchParams {
  const query = q.query?.trim() ? q.query : undefined;
  const filter = buildFilter(q, days);
  const sort = buildSort(q);
  const locales = queryLocales(query);
  return {
    ...(query !== undefined ? { q: meiliSegmented(meiliQueryText(query)) } : {}),
    ...(filter.length > 0 ? { filter } : {}),
    ...(sort ? { sort } : {}),
    facets: meiliFacets(q).map((field) => MEILI_FACET_ATTRIBUTES[field]),
    limit: q.limit,
    offset: q.offset,
    // Never the completion keys, which a word typed like one (zq…) would match; the fields `toSearchResult` reads.
    attributesToSearchOn: [...SEARCHABLE_ATTRIBUTES],
    attributesToRetrieve: ['id', MEILI_ATTRIBUTES.geo, ...SEARCHABLE_ATTRIBUTES],
    attributesToHighlight: [...HIGHLIGHTED_ATTRIBUTES],
    highlightPreTag: HIGHLIGHT_PRE_TAG,
    highlightPostTag: HIGHLIGHT_POST_TAG,
    attributesToCrop: [...CROPPED_ATTRIBUTES],
    cropLength: CROP_LENGTH,
    showRankingScore: true,
    // Where each hit matched, in every attribute and uncropped: which of the query's words the page matched
    // (unmatchedWords, `matchedUnitsOf`). Not when no word is looked for.
    ...(query !== undefined ? { showMatchesPosition: true } : {}),
    matchingStrategy: matchingStrategyFor(q),
    ...(locales ? { locales } : {}),
  };
}

/** What completions are read from (`suggestionEntries`). */
const SUGGESTION_ATTRIBUTES = ['titleZh', 'titleEn', 'keywords', 'platformNameZh', 'platformNameEn'];

/**
 * The search behind a completion: the key of the typed text (`completionKey`, normalized as entries are) as the prefix
 * of a word of the completion keys alone, every document holding an entry in which the typed text starts where
 * `startsAWord` lets it (its first six characters, for longer text), `hits` of them, with the fields completions come
 * from. `suggestionsFrom` keeps the entries that hold the whole typed text.
 */
export function buildSuggestionSearch(typed: string, hits: number): SearchParams & { q: string } {
  return {
    q: completionKey(normalizeSuggestion(typed)),
    attributesToSearchOn: [COMPLETION_KEYS_ATTRIBUTE],
    limit: hits,
    attributesToRetrieve: [...SUGGESTION_ATTRIBUTES],
    matchingStrategy: 'all',
  };
}
