// The fixed query mix of `npm run bench:search` (sequential latency, CPU per search) and of the engine profile
// (search-profile.ts): Chinese, English, typos, prefixes, synonyms, filters, facets, distance, availability.

import type { SearchQuery } from '#search';

const DAY_MS = 86_400_000;
const FACETS = ['serviceType', 'industryDirection', 'province', 'level', 'accreditation'] as const;

/** A search of the mix as the engine takes it in process (no GraphQL): page of 20, the total and every facet. */
export function engineQuery(input: Record<string, unknown>): SearchQuery {
  return {
    ...(input as Partial<SearchQuery>),
    availableFrom: typeof input.availableFrom === 'string' ? new Date(input.availableFrom) : undefined,
    availableTo: typeof input.availableTo === 'string' ? new Date(input.availableTo) : undefined,
    sort: (input.sort as SearchQuery['sort'] | undefined) ?? 'RELEVANCE',
    limit: 20,
    offset: 0,
    facets: FACETS,
    total: true,
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The GraphQL search every request of the mix sends: hits with their offerings, highlights, the total, all facets. */
export const SEARCH = `query Search($input: SearchOfferingsInput!) {
  searchOfferings(input: $input) {
    total engine tookMs
    hits { score distanceKm highlights { field snippet } offering { id title titleEn serviceType pricing { model amount } } }
    facets { field values { value count } }
  }
}`;

/**
 * The fixed cost of a search around the engine, cheapest first: an empty GraphQL request, then searches with no words
 * or filters asking for more and more of the result. Each step's time over the step before is what that part costs
 * (the engine's own share is small and the same in the last three).
 */
export const FLOOR: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  { name: '{ __typename }', query: '{ __typename }' },
  { name: 'searchOfferings(input: {}) { total }', query: '{ searchOfferings(input: {}) { total } }' },
  {
    name: '… { total hits { score offering { id title } } }',
    query: '{ searchOfferings(input: {}) { total hits { score offering { id title } } } }',
  },
  { name: 'the SEARCH query, no words', query: SEARCH, variables: { input: {} } },
];

/** The fixed mixed query set: Chinese, English, typos, prefixes, synonyms, filters, facets, distance, availability. */
export function querySet(now: number): Array<{ name: string; input: Record<string, unknown> }> {
  const day = (n: number) => new Date(now + n * DAY_MS).toISOString();
  const shanghai = { lat: 31.2304, lng: 121.4737 };
  return [
    { name: 'zh word 锂电池', input: { query: '锂电池' } },
    { name: 'zh two words 锂电池 放大', input: { query: '锂电池 放大' } },
    { name: 'zh phrase 型式试验', input: { query: '型式试验' } },
    { name: 'en words cathode scale up', input: { query: 'cathode scale up' } },
    { name: 'en typos lithum cathdoe', input: { query: 'lithum cathdoe' } },
    { name: 'en prefix semicond', input: { query: 'semicond' } },
    { name: 'synonym CDMO', input: { query: 'CDMO' } },
    { name: 'mixed EMC 电磁兼容 测试', input: { query: 'EMC 电磁兼容 测试' } },
    { name: 'broad testing (synonyms 检测/测试)', input: { query: 'testing' } },
    {
      name: 'filters: 2 service types × 2 provinces',
      input: { serviceTypes: ['TYPE_TESTING', 'PERFORMANCE_TESTING'], provinces: ['32', '44'] },
    },
    {
      name: 'word + level + accreditation filters',
      input: { query: '检测', levels: ['NATIONAL', 'PROVINCIAL'], accreditations: ['CNAS'] },
    },
    {
      name: 'distance: 注射剂 within 200 km, by distance',
      input: { query: '注射剂', near: { ...shanghai, radiusKm: 200 }, sort: 'DISTANCE' },
    },
    {
      name: 'availability: reactor, days 3–10',
      input: { query: 'reactor', availableFrom: day(3), availableTo: day(10) },
    },
    {
      name: 'price: 碳纤维 ≤ 100 000, cheapest first',
      input: { query: '碳纤维', maxPrice: 100_000, sort: 'PRICE_ASC' },
    },
    { name: 'open access, raw materials', input: { openAccessOnly: true, industryDirections: ['RAW_MATERIALS'] } },
    { name: 'no words, no filters (facets of all)', input: {} },
    // Chinese as typed: several words in one run, filler around the need, and the longest query accepted.
    { name: 'zh run 锂电池正极材料放大', input: { query: '锂电池正极材料放大' } },
    { name: 'zh filler 找一家能做光伏组件型式试验的机构', input: { query: '找一家能做光伏组件型式试验的机构' } },
    { name: 'zh 500 characters', input: { query: LONG_CHINESE_QUERY } },
  ];
}

/** 500 characters of Chinese, a need described at length (the input's limit). */
const LONG_CHINESE_QUERY =
  '我们是一家新能源初创企业，需要把高镍正极材料从公斤级放大到百公斤级，并做扣式与软包电池的循环寿命测试，希望平台有共沉淀反应釜和辊道窑，'
    .repeat(10)
    .slice(0, 500);
