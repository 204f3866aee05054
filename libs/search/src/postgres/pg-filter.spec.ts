import { describe, expect, it } from '@jest/globals';
import { Accreditation, PlatformLevel, ServiceType } from '#core';
import type { SearchQuery } from '../search-document.js';
import { buildDocumentFilter, isEmptyFilter, MAX_WINDOW_DAY_TOKENS } from './pg-filter.js';

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

  it('lists the Shanghai days of a window as day tokens, across the UTC day boundary', () => {
    const filter = buildDocumentFilter(
      query({ availableFrom: new Date('2026-03-01T16:30:00Z'), availableTo: new Date('2026-03-05T16:00:00Z') }),
    );
    expect(filter.anyOf).toEqual([['d:20260302', 'd:20260303', 'd:20260304', 'd:20260305']]);
    expect(filter.dayRange).toBeUndefined();
  });

  it('compares day strings for open-ended or very long windows', () => {
    expect(buildDocumentFilter(query({ availableFrom: new Date('2026-03-01T16:30:00Z') })).dayRange).toEqual({
      from: '2026-03-02',
      to: '9999-12-31',
    });
    expect(buildDocumentFilter(query({ availableTo: new Date('2026-03-01T16:30:00Z') })).dayRange).toEqual({
      from: '0000-01-01',
      to: '2026-03-02',
    });
    const long = buildDocumentFilter(
      query({
        availableFrom: new Date('2026-01-01T00:00:00Z'),
        availableTo: new Date(Date.UTC(2026, 0, MAX_WINDOW_DAY_TOKENS + 10)),
      }),
    );
    expect(long.anyOf).toEqual([]);
    expect(long.dayRange?.from).toBe('2026-01-01');
  });

  it('keeps the price cap and a radius with its box and the cells covering it', () => {
    const filter = buildDocumentFilter(query({ maxPrice: 5000, near: { lat: 31.2304, lng: 121.4737, radiusKm: 50 } }));
    expect(filter.maxPrice).toBe(5000);
    expect(filter.near?.radiusKm).toBe(50);
    expect(filter.anyOf[0]).toContain('g1:62:242');
    expect(() => buildDocumentFilter(query({ near: { lat: 31, lng: 121, radiusKm: 0 } }))).toThrow(RangeError);
  });
});
