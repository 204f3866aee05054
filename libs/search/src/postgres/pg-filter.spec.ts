import { describe, expect, it } from '@jest/globals';
import { Accreditation, IndustryDirection, PlatformLevel, ServiceType } from '#core';
import { bookableDays } from '../bookable-days.js';
import type { SearchQuery } from '../search-document.js';
import { addDays } from '../shanghai-days.js';
import { searchDocument } from '../testing/search-document.fixture.js';
import { buildDocumentFilter, facetColumnGroup, isEmptyFilter, MAX_WINDOW_DAY_TOKENS } from './pg-filter.js';
import { toPgSearchRow, type PgSearchRow } from './pg-search-row.js';

const base: SearchQuery = { sort: 'RELEVANCE', limit: 20, offset: 0 };
const query = (overrides: Partial<SearchQuery>): SearchQuery => ({ ...base, ...overrides });

describe('buildDocumentFilter', () => {
  it('is empty without filters', () => {
    expect(isEmptyFilter(buildDocumentFilter(base))).toBe(true);
    expect(isEmptyFilter(buildDocumentFilter(query({ provinces: [], openAccessOnly: false })))).toBe(true);
  });

  it('ORs the values of a field in one group and ANDs the groups', () => {
    expect(
      buildDocumentFilter(
        query({
          serviceTypes: [ServiceType.SCALE_UP, ServiceType.TYPE_TESTING],
          provinces: ['32', '32'],
          levels: [PlatformLevel.NATIONAL],
          accreditations: [Accreditation.CMA],
          openAccessOnly: true,
        }),
      ).anyOf,
    ).toEqual([['st:SCALE_UP', 'st:TYPE_TESTING'], ['pv:32'], ['lv:NATIONAL'], ['ac:CMA'], ['oa:1']]);
  });

  const now = new Date('2026-03-01T17:00:00Z'); // 2 March in Shanghai

  it('lists the bookable days of a short window as day tokens, across the UTC day boundary', () => {
    const window = { availableFrom: new Date('2026-03-01T16:30:00Z'), availableTo: new Date('2026-03-05T16:00:00Z') };
    const filter = buildDocumentFilter(query(window), bookableDays(window, now) ?? undefined);
    expect(filter.anyOf).toEqual([['d:20260302', 'd:20260303', 'd:20260304', 'd:20260305']]);
    expect(filter.openDays).toBeUndefined();
  });

  it('tests the open_days column for windows longer than MAX_WINDOW_DAY_TOKENS days, open ends closed', () => {
    const from = { availableFrom: new Date('2026-03-09T16:30:00Z') };
    expect(buildDocumentFilter(query(from), bookableDays(from, now) ?? undefined)).toEqual({
      anyOf: [],
      openDays: { firstDay: '2026-03-10', lastDay: '2028-03-01' },
    });
    const long = { availableFrom: now, availableTo: new Date(Date.UTC(2026, 2, 2 + MAX_WINDOW_DAY_TOKENS)) };
    const filter = buildDocumentFilter(query(long), bookableDays(long, now) ?? undefined);
    expect(filter.anyOf).toEqual([]);
    expect(filter.openDays).toEqual({ firstDay: '2026-03-02', lastDay: addDays('2026-03-02', MAX_WINDOW_DAY_TOKENS) });
    expect(isEmptyFilter(filter)).toBe(false);
    // Up to the longest listed window, tokens: the same days either way.
    const listed = { availableFrom: now, availableTo: new Date(Date.UTC(2026, 2, 1 + MAX_WINDOW_DAY_TOKENS, 16)) };
    expect(buildDocumentFilter(query(listed), bookableDays(listed, now) ?? undefined).anyOf[0]).toHaveLength(
      MAX_WINDOW_DAY_TOKENS,
    );
  });

  it('refuses a window without its bookable days', () => {
    expect(() => buildDocumentFilter(query({ availableTo: now }))).toThrow(RangeError);
  });

  it('keeps the price cap and a radius with its box and the cells covering it', () => {
    const filter = buildDocumentFilter(query({ maxPrice: 5000, near: { lat: 31.2304, lng: 121.4737, radiusKm: 50 } }));
    expect(filter.maxPrice).toBe(5000);
    expect(filter.near?.radiusKm).toBe(50);
    expect(filter.anyOf[0]).toContain('g1:62:242');
    expect(() => buildDocumentFilter(query({ near: { lat: 31, lng: 121, radiusKm: 0 } }))).toThrow(RangeError);
  });
});

describe('facetColumnGroup', () => {
  const columnOf = (row: PgSearchRow, field: string) =>
    ({
      serviceType: row.serviceType,
      industryDirection: row.industryDirection,
      province: row.province,
      level: row.platformLevel,
      accreditation: row.accreditations,
    })[field];

  it('keeps on a facet column exactly the documents the group tokens keep', () => {
    const filter = buildDocumentFilter(
      query({
        serviceTypes: [ServiceType.SCALE_UP, ServiceType.TYPE_TESTING],
        industryDirections: [IndustryDirection.RAW_MATERIALS],
        provinces: ['32', '44'],
        levels: [PlatformLevel.NATIONAL, PlatformLevel.PROVINCIAL],
        accreditations: [Accreditation.CNAS, Accreditation.GMP],
      }),
    );
    const documents = [
      searchDocument(),
      searchDocument({ serviceType: ServiceType.TYPE_TESTING, province: '44', accreditations: [Accreditation.GMP] }),
      searchDocument({
        serviceType: ServiceType.EQUIPMENT_SHARING,
        industryDirection: IndustryDirection.CONSUMER_GOODS,
        province: '11',
        platformLevel: PlatformLevel.NONE,
        accreditations: [],
      }),
    ];
    let kept = 0;
    for (const group of filter.anyOf) {
      const columns = facetColumnGroup(group);
      expect(columns).not.toBeNull();
      for (const document of documents) {
        const row = toPgSearchRow(document);
        const byTokens = group.some((token) => row.tokens.includes(token));
        const code = columnOf(row, columns?.field ?? '') ?? -1;
        const byColumn =
          columns?.field === 'accreditation'
            ? columns.codes.some((bit) => (code & bit) !== 0)
            : (columns?.codes ?? []).includes(code);
        expect(byColumn).toBe(byTokens);
        if (byColumn) kept += 1;
      }
    }
    // Both outcomes are exercised.
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(filter.anyOf.length * documents.length);
  });

  it('leaves key domains, open access, days, cells and unknown values to the tokens', () => {
    expect(facetColumnGroup(['kd:NEW_ENERGY'])).toBeNull();
    expect(facetColumnGroup(['oa:1'])).toBeNull();
    expect(facetColumnGroup(['d:20261203'])).toBeNull();
    expect(facetColumnGroup(['g5:5:23'])).toBeNull();
    expect(facetColumnGroup(['st:NOT_A_TYPE'])).toBeNull();
    expect(facetColumnGroup(['pv:3'])).toBeNull();
    expect(facetColumnGroup(['st:SCALE_UP', 'pv:32'])).toBeNull();
    expect(facetColumnGroup([])).toBeNull();
    expect(facetColumnGroup(['pv:32', 'pv:44'])).toEqual({ field: 'province', codes: [32, 44] });
  });
});
