import { dayCount, type DayRange } from '../bookable-days.js';
import { boundingBox, geoCellsCovering } from '../geo.js';
import type { FacetField, SearchQuery } from '../search-document.js';
import { addDays } from '../shanghai-days.js';
import {
  ACCREDITATION_BITS,
  dayToken,
  FACET_CODES,
  FILTER_PREFIX,
  filterToken,
  OPEN_ACCESS_TOKEN,
  provinceCode,
} from './pg-search-row.js';
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

/** A filter group on one facet as the codes of its search_document column (accreditation: a bit mask). */
export interface FacetColumnGroup {
  field: FacetField;
  codes: number[];
}

const FACET_OF_PREFIX = new Map<string, FacetField>([
  [FILTER_PREFIX.serviceType, 'serviceType'],
  [FILTER_PREFIX.industryDirection, 'industryDirection'],
  [FILTER_PREFIX.province, 'province'],
  [FILTER_PREFIX.level, 'level'],
  [FILTER_PREFIX.accreditation, 'accreditation'],
]);

function facetCode(field: FacetField, value: string): number | undefined {
  switch (field) {
    case 'serviceType':
    case 'industryDirection':
    case 'level':
      return (FACET_CODES[field] as Readonly<Record<string, number>>)[value];
    case 'province':
      return /^\d{2}$/.test(value) ? provinceCode(value) : undefined;
    case 'accreditation':
      return (ACCREDITATION_BITS as Readonly<Record<string, number>>)[value];
  }
}

/**
 * A filter group on one facet as codes of that facet's column, which a row holds without its `terms` being read: the
 * same documents as the group's tokens, since documentTokens writes a facet's token from the value toPgSearchRow codes
 * into its column. Null for any other group (key domains, open access, days, cells) or a value without a code.
 */
export function facetColumnGroup(group: readonly string[]): FacetColumnGroup | null {
  let field: FacetField | undefined;
  const codes: number[] = [];
  for (const token of group) {
    const colon = token.indexOf(':');
    const facet = FACET_OF_PREFIX.get(token.slice(0, colon));
    if (colon < 0 || facet === undefined || (field !== undefined && facet !== field)) return null;
    field = facet;
    const code = facetCode(facet, token.slice(colon + 1));
    if (code === undefined) return null;
    codes.push(code);
  }
  return field === undefined ? null : { field, codes };
}
