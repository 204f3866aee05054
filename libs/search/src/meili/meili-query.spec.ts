import { describe, expect, it } from '@jest/globals';
import { Accreditation, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';
import { bookableDays } from '../bookable-days.js';
import type { SearchQuery, SearchSort } from '../search-document.js';
import {
  buildFilter,
  buildSearchParams,
  buildSuggestionSearch,
  buildSort,
  escapeFilterValue,
  formatFilterNumber,
  matchingStrategyFor,
  queryLocales,
} from './meili-query.js';
import { buildIndexSettings, SEARCHABLE_ATTRIBUTES } from './meili-settings.js';
import { completionKey } from './meili-completion.js';

const base: SearchQuery = { sort: 'RELEVANCE', limit: 20, offset: 0 };
const query = (overrides: Partial<SearchQuery>): SearchQuery => ({ ...base, ...overrides });

/**
 * Reads one double-quoted value the way Meilisearch's filter parser does (crates/filter-parser/src/value.rs:
 * `quoted_by` ends the value at the first `"` not preceded by `\`, a `\` always takes the next character with it;
 * then `\"` is unescaped and the `unescaper` crate resolves the remaining backslash sequences). Returns the value
 * and whatever follows the closing quote: for a safe literal, nothing.
 */
function readQuotedValue(input: string): { value: string; rest: string } {
  if (!input.startsWith('"')) throw new Error('not a quoted value');
  let i = 1;
  let escapedQuote = false;
  while (i < input.length && input[i] !== '"') {
    if (input[i] === '\\') {
      if (i + 1 >= input.length) throw new Error('malformed value: trailing backslash');
      escapedQuote ||= input[i + 1] === '"';
      i += 2;
    } else {
      i += 1;
    }
  }
  if (i >= input.length) throw new Error('missing closing quote');
  let raw = input.slice(1, i);
  if (escapedQuote) raw = raw.replaceAll('\\"', '"');
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', '\\': '\\', '"': '"', "'": "'" };
  const value = raw.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|[\s\S])/g, (_, sequence: string) => {
    if (sequence.startsWith('u{')) return String.fromCodePoint(parseInt(sequence.slice(2, -1), 16));
    const resolved = simple[sequence];
    if (resolved === undefined) throw new Error(`invalid escape \\${sequence}`);
    return resolved;
  });
  return { value, rest: input.slice(i + 1) };
}

describe('escapeFilterValue', () => {
  it('quotes a plain value', () => {
    expect(escapeFilterValue('32')).toBe('"32"');
    expect(escapeFilterValue('江苏')).toBe('"江苏"');
    expect(escapeFilterValue('')).toBe('""');
  });

  it('escapes quotes so an injected condition stays inside the literal', () => {
    expect(escapeFilterValue('32" OR province = "44')).toBe('"32\\" OR province = \\"44"');
  });

  it('escapes backslashes before quotes, so a trailing backslash cannot swallow the closing quote', () => {
    expect(escapeFilterValue('a\\')).toBe('"a\\\\"');
    expect(escapeFilterValue('\\"')).toBe('"\\\\\\""');
    expect(escapeFilterValue('x\\" OR 1 = 1')).toBe('"x\\\\\\" OR 1 = 1"');
  });

  it('leaves newlines and single quotes as they are: inert inside double quotes', () => {
    expect(escapeFilterValue('a\nb" OR province = "44')).toBe('"a\nb\\" OR province = \\"44"');
    expect(escapeFilterValue("it's")).toBe('"it\'s"');
  });

  it('reads back, as Meilisearch parses it, as exactly the original value with nothing after it', () => {
    const hostile = [
      '32" OR province = "44',
      'a\\',
      '\\',
      '"',
      '\\"',
      '\\\\"',
      'x\\" OR 1 = 1',
      'line\nbreak" OR province = "44',
      'a\\nb',
      '\\u{41}',
      '中文"引号\'',
      '',
    ];
    for (const value of hostile) expect(readQuotedValue(escapeFilterValue(value))).toEqual({ value, rest: '' });
  });

  it('would not be safe without escaping (the reader above does catch a break-out)', () => {
    expect(readQuotedValue('"32" OR province = "44"').rest).toBe(' OR province = "44"');
  });
});

describe('formatFilterNumber', () => {
  it('writes plain decimal numbers, never exponents', () => {
    expect(formatFilterNumber(5000)).toBe('5000');
    expect(formatFilterNumber(12.5)).toBe('12.5');
    expect(formatFilterNumber(-33.8688)).toBe('-33.8688');
    expect(formatFilterNumber(1e21)).toBe('1000000000000000000000');
    expect(formatFilterNumber(1e-7)).toBe('0.0000001');
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatFilterNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatFilterNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('buildFilter', () => {
  it('adds no condition for a query without filters or with empty lists', () => {
    expect(buildFilter(base)).toEqual([]);
    expect(buildFilter(query({ serviceTypes: [], provinces: [], openAccessOnly: false }))).toEqual([]);
  });

  it('ORs the values of one field', () => {
    expect(buildFilter(query({ serviceTypes: [ServiceType.SCALE_UP, ServiceType.TYPE_TESTING] }))).toEqual([
      ['serviceType = "SCALE_UP"', 'serviceType = "TYPE_TESTING"'],
    ]);
  });

  it('maps every list filter to its index attribute', () => {
    expect(buildFilter(query({ industryDirections: [IndustryDirection.RAW_MATERIALS] }))).toEqual([
      ['industryDirection = "RAW_MATERIALS"'],
    ]);
    expect(buildFilter(query({ keyDomains: [KeyDomain.PHARMACEUTICALS, KeyDomain.MEDICAL_EQUIPMENT] }))).toEqual([
      ['keyDomains = "PHARMACEUTICALS"', 'keyDomains = "MEDICAL_EQUIPMENT"'],
    ]);
    expect(buildFilter(query({ provinces: ['32', '44'] }))).toEqual([['province = "32"', 'province = "44"']]);
    expect(buildFilter(query({ levels: [PlatformLevel.NATIONAL] }))).toEqual([['platformLevel = "NATIONAL"']]);
    expect(buildFilter(query({ accreditations: [Accreditation.CMA, Accreditation.CNAS] }))).toEqual([
      ['accreditations = "CMA"', 'accreditations = "CNAS"'],
    ]);
  });

  it('drops repeated values', () => {
    expect(buildFilter(query({ provinces: ['32', '32'] }))).toEqual([['province = "32"']]);
  });

  it('keeps a hostile value inside one quoted literal', () => {
    expect(buildFilter(query({ provinces: ['32" OR province = "44'] }))).toEqual([
      ['province = "32\\" OR province = \\"44"'],
    ]);
    expect(buildFilter(query({ provinces: ['32\\', '44'] }))).toEqual([['province = "32\\\\"', 'province = "44"']]);
  });

  it('filters open access only when asked', () => {
    expect(buildFilter(query({ openAccessOnly: true }))).toEqual([['openAccess = true']]);
  });

  it('caps the price (fen) and so leaves out QUOTE offerings (null price)', () => {
    expect(buildFilter(query({ maxPrice: 500_000 }))).toEqual([['priceAmount <= 500000']]);
    expect(buildFilter(query({ maxPrice: 0 }))).toEqual([['priceAmount <= 0']]);
  });

  it('caps and sorts by the caller’s tier price when the caller has one', () => {
    expect(buildFilter(query({ maxPrice: 500_000, priceTier: 'STARTUP' }))).toEqual([['tierPrices.STARTUP <= 500000']]);
    expect(buildSort(query({ sort: 'PRICE_ASC', priceTier: 'SME' }))).toEqual(['tierPrices.SME:asc']);
    expect(buildSort(query({ sort: 'PRICE_DESC', priceTier: 'UNIVERSITY' }))).toEqual(['tierPrices.UNIVERSITY:desc']);
  });

  it('limits to a radius in whole metres, rounded up', () => {
    expect(buildFilter(query({ near: { lat: 31.2304, lng: 121.4737, radiusKm: 50 } }))).toEqual([
      ['_geoRadius(31.2304, 121.4737, 50000)'],
    ]);
    expect(buildFilter(query({ near: { lat: 31.2304, lng: 121.4737, radiusKm: 1.1 } }))).toEqual([
      ['_geoRadius(31.2304, 121.4737, 1100)'],
    ]);
    expect(buildFilter(query({ near: { lat: -33.8688, lng: 151.2093, radiusKm: 0.0004 } }))).toEqual([
      ['_geoRadius(-33.8688, 151.2093, 1)'],
    ]);
    expect(() => buildFilter(query({ near: { lat: 31, lng: 121, radiusKm: 0 } }))).toThrow(RangeError);
  });

  // 2026-03-01T16:30Z is 2 March in Shanghai; 2026-03-05T16:00Z is midnight starting 6 March, excluded.
  const availableFrom = new Date('2026-03-01T16:30:00Z');
  const availableTo = new Date('2026-03-05T16:00:00Z');
  const now = new Date('2026-03-01T17:00:00Z');
  const days = (q: Pick<SearchQuery, 'availableFrom' | 'availableTo'>) => bookableDays(q, now) ?? undefined;

  it('turns an availability window into one range over Shanghai day keys, across the UTC day boundary', () => {
    expect(buildFilter(query({ availableFrom, availableTo }), days({ availableFrom, availableTo }))).toEqual([
      ['openSlotDayKeys 20260302 TO 20260305'],
    ]);
  });

  it('closes an open end at today or at the booking horizon: one range either way', () => {
    // Today is 2 March in Shanghai; the horizon MAX_ADVANCE_DAYS_LIMIT (730) days later is 1 March 2028 (a leap year).
    const later = new Date('2026-03-09T16:30:00Z');
    expect(buildFilter(query({ availableFrom: later }), days({ availableFrom: later }))).toEqual([
      ['openSlotDayKeys 20260310 TO 20280301'],
    ]);
    expect(buildFilter(query({ availableTo }), days({ availableTo }))).toEqual([
      ['openSlotDayKeys 20260302 TO 20260305'],
    ]);
  });

  it('needs no cap for a long window: the range is two numbers whatever its length, clipped to the horizon', () => {
    const twoYears = { availableFrom, availableTo: new Date('2029-03-01T16:00:00Z') };
    expect(buildFilter(query(twoYears), days(twoYears))).toEqual([['openSlotDayKeys 20260302 TO 20280301']]);
  });

  it('refuses a window without its bookable days, and one that ends before it starts', () => {
    expect(() => buildFilter(query({ availableFrom }))).toThrow(RangeError);
    expect(() => days({ availableFrom: availableTo, availableTo: availableFrom })).toThrow(RangeError);
  });

  it('ANDs fields: one inner group per field, in a fixed order', () => {
    expect(
      buildFilter(
        query({
          serviceTypes: [ServiceType.TYPE_TESTING],
          industryDirections: [IndustryDirection.INFORMATION_TECHNOLOGY],
          keyDomains: [KeyDomain.COMMUNICATION_EQUIPMENT],
          provinces: ['44', '32'],
          levels: [PlatformLevel.NATIONAL, PlatformLevel.PROVINCIAL],
          accreditations: [Accreditation.CNAS],
          openAccessOnly: true,
          availableFrom: new Date('2026-03-01T16:30:00Z'),
          availableTo: new Date('2026-03-10T16:00:00Z'),
          maxPrice: 20000,
          near: { lat: 22.5431, lng: 114.0579, radiusKm: 30 },
        }),
        { firstDay: '2026-03-02', lastDay: '2026-03-10' },
      ),
    ).toEqual([
      ['serviceType = "TYPE_TESTING"'],
      ['industryDirection = "INFORMATION_TECHNOLOGY"'],
      ['keyDomains = "COMMUNICATION_EQUIPMENT"'],
      ['province = "44"', 'province = "32"'],
      ['platformLevel = "NATIONAL"', 'platformLevel = "PROVINCIAL"'],
      ['accreditations = "CNAS"'],
      ['openAccess = true'],
      ['openSlotDayKeys 20260302 TO 20260310'],
      ['priceAmount <= 20000'],
      ['_geoRadius(22.5431, 114.0579, 30000)'],
    ]);
  });

  it('only filters on attributes the index declares filterable', () => {
    const filterable = buildIndexSettings().filterableAttributes ?? [];
    const groups = buildFilter(
      query({
        serviceTypes: [ServiceType.SCALE_UP],
        industryDirections: [IndustryDirection.RAW_MATERIALS],
        keyDomains: [KeyDomain.PETROCHEMICAL],
        provinces: ['32'],
        levels: [PlatformLevel.NATIONAL],
        accreditations: [Accreditation.GMP],
        openAccessOnly: true,
        availableFrom: new Date('2026-03-01T00:00:00Z'),
        maxPrice: 1,
        near: { lat: 30, lng: 120, radiusKm: 1 },
      }),
      { firstDay: '2026-03-01', lastDay: '2028-03-01' },
    );
    expect(groups).toHaveLength(10);
    for (const condition of groups.flat()) {
      if (condition.startsWith('_geoRadius(')) {
        expect(filterable).toContain('_geo');
        continue;
      }
      const [attribute, operator] = condition.split(' ');
      const entry = filterable.find((e) => typeof e !== 'string' && e.attributePatterns.includes(attribute));
      if (!entry || typeof entry === 'string') throw new Error(`${attribute} is not filterable`);
      // Equality for `=`, comparison for ranges (`A TO B`, `>=`, `<=`).
      expect(operator === '=' ? entry.features.filter.equality : entry.features.filter.comparison).toBe(true);
    }
  });
});

describe('buildSort', () => {
  const near = { lat: 31.2304, lng: 121.4737, radiusKm: 50 };
  const cases: [SearchSort, string[] | undefined][] = [
    ['RELEVANCE', undefined],
    ['PRICE_ASC', ['priceAmount:asc']],
    ['PRICE_DESC', ['priceAmount:desc']],
    ['EARLIEST_AVAILABLE', ['earliestOpenSlotTs:asc']],
    ['RATING', ['ratingAverage:desc']],
    ['DISTANCE', ['_geoPoint(31.2304, 121.4737):asc']],
  ];

  it.each(cases)('maps %s', (sort, expected) => {
    expect(buildSort(query({ sort, near }))).toEqual(expected);
  });

  it('refuses DISTANCE without near', () => {
    expect(() => buildSort(query({ sort: 'DISTANCE' }))).toThrow(RangeError);
  });

  it('only sorts on attributes the index declares sortable', () => {
    const sortable = buildIndexSettings().sortableAttributes ?? [];
    for (const [sort] of cases) {
      for (const rule of buildSort(query({ sort, near })) ?? []) {
        const attribute = rule.startsWith('_geoPoint(') ? '_geo' : rule.slice(0, rule.lastIndexOf(':'));
        expect(sortable).toContain(attribute);
      }
    }
  });
});

describe('queryLocales', () => {
  it('says Mandarin for Chinese, English for Latin, both for mixed, nothing otherwise', () => {
    expect(queryLocales('锂电池 放大')).toEqual(['cmn']);
    expect(queryLocales('lithum cathode scale up')).toEqual(['eng']);
    expect(queryLocales('ＮＣＭ')).toEqual(['eng']);
    expect(queryLocales('NCM811 正极')).toEqual(['cmn', 'eng']);
    expect(queryLocales('16949')).toBeUndefined();
    expect(queryLocales(undefined)).toBeUndefined();
  });
});

describe('matchingStrategyFor', () => {
  it("uses 'frequency' for relevance and 'all' under an explicit sort", () => {
    expect(matchingStrategyFor(base)).toBe('frequency');
    expect(matchingStrategyFor(query({ sort: 'PRICE_ASC' }))).toBe('all');
    expect(matchingStrategyFor(query({ sort: 'RATING' }))).toBe('all');
  });
});

describe('buildSearchParams', () => {
  it('builds the whole request', () => {
    expect(
      buildSearchParams(query({ query: '锂电池 放大', provinces: ['32'], sort: 'PRICE_ASC', limit: 10, offset: 30 })),
    ).toEqual({
      q: '锂电\u200c池 放大 ',
      filter: [['province = "32"']],
      sort: ['priceAmount:asc'],
      facets: ['serviceType', 'industryDirection', 'province', 'platformLevel', 'accreditations'],
      limit: 10,
      offset: 30,
      // The searchable attributes but the completion keys, which only completions search; the hit's fields read.
      attributesToSearchOn: SEARCHABLE_ATTRIBUTES,
      attributesToRetrieve: ['id', '_geo', ...SEARCHABLE_ATTRIBUTES],
      // What the API shows; where each hit matched, in every attribute, tells which words the page matched.
      attributesToHighlight: ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn'],
      highlightPreTag: '<em>',
      highlightPostTag: '</em>',
      attributesToCrop: ['descriptionZh', 'descriptionEn'],
      cropLength: 40,
      showRankingScore: true,
      showMatchesPosition: true,
      matchingStrategy: 'all',
      locales: ['cmn'],
    });
  });

  it('never searches the completion keys, which a word typed like one would otherwise match (zq…)', () => {
    const params = buildSearchParams(query({ query: 'zq' }));
    expect(params.attributesToSearchOn).not.toContain('completionKeys');
    expect(buildIndexSettings().searchableAttributes).toContain('completionKeys');
    expect(params.attributesToRetrieve).not.toContain('completionKeys');
  });

  it('keeps a trailing space (it ends the prefix word) and leaves out what is not needed', () => {
    const params = buildSearchParams(query({ query: 'cathode ' }));
    expect(params.q).toBe('cathode ');
    expect(params.locales).toEqual(['eng']);
    expect(params.matchingStrategy).toBe('frequency');
    expect('filter' in params).toBe(false);
    expect('sort' in params).toBe(false);
  });

  it('sends a term typed with characters of the same sound as the term, as the PostgreSQL engine reads it', () => {
    expect(buildSearchParams(query({ query: '热压灌租用' })).q).toBe('热压罐\u200c租用 ');
  });

  it('sends a misspelt term of the synonym list as the term, and leaves refused words out, as PostgreSQL reads them', () => {
    expect(buildSearchParams(query({ query: 'sillicon carbide inverter' })).q).toBe('silicon carbide inverter');
    expect(buildSearchParams(query({ query: '正极材料放大 不要钠电' })).q).toBe('正极\u200c材料\u200c放大 ');
  });

  it('sends a placeholder search for an empty or blank query', () => {
    for (const blank of [undefined, '', '   ']) {
      const params = buildSearchParams(query({ query: blank }));
      expect('q' in params).toBe(false);
      expect('locales' in params).toBe(false);
    }
  });
});

describe('buildSuggestionSearch', () => {
  it('searches the completion keys only, for the key of the text as typed, the fields completions come from', () => {
    expect(buildSuggestionSearch('冻干', 100)).toEqual({
      q: completionKey('冻干'),
      attributesToSearchOn: ['completionKeys'],
      limit: 100,
      attributesToRetrieve: ['titleZh', 'titleEn', 'keywords', 'platformNameZh', 'platformNameEn'],
      matchingStrategy: 'all',
    });
  });

  it('keys the typed text normalized as entries are (spaces by Chinese, width, case, traditional characters)', () => {
    expect(buildSuggestionSearch(' PI 薄 ', 10).q).toBe(completionKey('pi薄'));
    expect(buildSuggestionSearch('ＮＣＭ８', 10).q).toBe(completionKey('ncm8'));
    expect(buildSuggestionSearch('熱壓', 10).q).toBe(completionKey('热压'));
    expect(buildSuggestionSearch('电\u200b磁', 10).q).toBe(completionKey('电磁'));
  });

  it('sends the key as the last word with nothing after it: Meilisearch completes it as a prefix', () => {
    expect(buildSuggestionSearch('cathode ', 10).q).toMatch(/^zq[a-z]+$/);
  });
});
