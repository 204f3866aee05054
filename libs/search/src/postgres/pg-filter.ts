import { boundingBox, geoCellsCovering } from '../geo.js';
import type { SearchQuery } from '../search-document.js';
import { addDays, shanghaiDayWindow } from '../shanghai-days.js';
import { dayToken, filterToken, OPEN_ACCESS_TOKEN, type FILTER_PREFIX } from './pg-search-row.js';
import type { DocumentFilter } from './search-criteria.js';

/** Longest window listed as day tokens (one GIN key per day); longer ones compare day keys row by row. */
export const MAX_WINDOW_DAY_TOKENS = 400;
// Open ends of a window: days compare as YYYY-MM-DD strings.
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

function group(field: keyof typeof FILTER_PREFIX, values: readonly string[] | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  return [...new Set(values)].map((value) => filterToken(field, value));
}

/**
 * The filter side of a search, with the semantics of the Meilisearch filter (meili-query.ts buildFilter): AND across
 * fields, OR within one; availability per Shanghai day (some OPEN slot day in the window); maxPrice leaves QUOTE
 * offerings out; `near` keeps located offerings within the radius.
 */
export function buildDocumentFilter(q: SearchQuery): DocumentFilter {
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
  if (q.availableFrom || q.availableTo) {
    const { firstDay, lastDay } = shanghaiDayWindow(q.availableFrom, q.availableTo);
    const days: string[] = [];
    if (firstDay !== null && lastDay !== null) {
      for (let day = firstDay; day <= lastDay && days.length <= MAX_WINDOW_DAY_TOKENS; day = addDays(day, 1))
        days.push(day);
    }
    if (days.length > 0 && days.length <= MAX_WINDOW_DAY_TOKENS) anyOf.push(days.map(dayToken));
    else filter.dayRange = { from: firstDay ?? FIRST_DAY, to: lastDay ?? LAST_DAY };
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
  return filter.anyOf.length === 0 && !filter.dayRange && filter.maxPrice === undefined && !filter.near;
}
