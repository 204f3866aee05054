import { dayCount, type DayRange } from '../bookable-days.js';
import { boundingBox, geoCellsCovering } from '../geo.js';
import type { SearchQuery } from '../search-document.js';
import { addDays } from '../shanghai-days.js';
import { dayToken, filterToken, OPEN_ACCESS_TOKEN, type FILTER_PREFIX } from './pg-search-row.js';
import type { DocumentFilter } from './search-criteria.js';

/**
 * Longest window listed as day tokens, one key of ix_search_document_terms per day in the tsquery with the words and
 * the other filters: the index then finds only offerings open in the window, which a short window on sparse
 * calendars needs. A longer window (or one open at an end, closed at today or the booking horizon) is tested on each
 * candidate's `open_days` instead (a multirange: one binary search, ≈ 0.6 µs), whose cost does not grow with the
 * window: at 100 000 offerings with open days nearly everywhere, a filter-only search of 31 days took 132 ms as day
 * tokens and 69 ms by the column, 8 days 79 ms and 63 ms, two years 100 ms by the column (docs/benchmarks.md).
 */
export const MAX_WINDOW_DAY_TOKENS = 14;

function group(field: keyof typeof FILTER_PREFIX, values: readonly string[] | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  return [...new Set(values)].map((value) => filterToken(field, value));
}

/**
 * The filter side of a search, with the semantics of the Meilisearch filter (meili-query.ts buildFilter): AND across
 * fields, OR within one; availability per Shanghai day (some OPEN slot day among `days`, the window's bookable days:
 * bookableDays()); maxPrice leaves QUOTE offerings out; `near` keeps located offerings within the radius.
 */
export function buildDocumentFilter(q: SearchQuery, days?: DayRange): DocumentFilter {
  const anyOf = [
    group('serviceType', q.serviceTypes),
    group('industryDirection', q.industryDirections),
    group('keyDomain', q.keyDomains),
    group('province', q.provinces),
    group('level', q.levels),
    group('accreditation', q.accreditations),
  ].filter((g): g is string[] => g !== null);
  if (q.openAccessOnly === true) anyOf.push([OPEN_ACCESS_TOKEN]);
  const filter: DocumentFilter = { anyOf };
  if ((q.availableFrom || q.availableTo) && !days)
    throw new RangeError('buildDocumentFilter: an availability window needs its bookable days');
  if (days) {
    const count = dayCount(days);
    if (count <= MAX_WINDOW_DAY_TOKENS)
      anyOf.push(Array.from({ length: count }, (_, index) => dayToken(addDays(days.firstDay, index))));
    else filter.openDays = days;
  }
  if (q.maxPrice !== undefined) filter.maxPrice = q.maxPrice;
  if (q.priceTier !== undefined) filter.priceTier = q.priceTier;
  if (q.near) {
    if (!(q.near.radiusKm > 0)) throw new RangeError('buildDocumentFilter: near.radiusKm must be positive');
    const box = boundingBox(q.near, q.near.radiusKm);
    const cells = geoCellsCovering(box);
    if (cells) anyOf.push(cells);
    filter.near = { lat: q.near.lat, lng: q.near.lng, radiusKm: q.near.radiusKm, box };
  }
  return filter;
}

/** A filter that keeps every document (the index-wide facet counts then answer without a scan). */
export function isEmptyFilter(filter: DocumentFilter): boolean {
  return filter.anyOf.length === 0 && !filter.openDays && filter.maxPrice === undefined && !filter.near;
}
