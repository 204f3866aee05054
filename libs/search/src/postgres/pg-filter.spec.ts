import { describe, expect, it } from '@jest/globals';
import { Accreditation, PlatformLevel, ServiceType } from '#core';
import { bookableDays } from '../bookable-days.js';
import type { SearchQuery } from '../search-document.js';
import { addDays } from '../shanghai-days.js';
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
