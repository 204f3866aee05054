import { describe, expect, it } from '@jest/globals';
import { MAX_ADVANCE_DAYS_LIMIT } from '#booking';
import { bookableDays, dayCount } from './bookable-days.js';
import { addDays } from './shanghai-days.js';

// 17:00 UTC on 1 March is 01:00 on 2 March in Shanghai: today is 2 March there.
const now = new Date('2026-03-01T17:00:00Z');
const today = '2026-03-02';
const horizon = addDays(today, MAX_ADVANCE_DAYS_LIMIT);
const at = (iso: string) => new Date(iso);

describe('bookableDays', () => {
  it('asks for nothing without a window', () => {
    expect(bookableDays({}, now)).toBeUndefined();
  });

  it('keeps a window between today and the horizon as its Shanghai days', () => {
    expect(
      bookableDays({ availableFrom: at('2026-03-04T16:00:00Z'), availableTo: at('2026-03-09T16:00:00Z') }, now),
    ).toEqual({
      firstDay: '2026-03-05',
      lastDay: '2026-03-09',
    });
  });

  it('closes an open end at today or at the booking horizon', () => {
    expect(horizon).toBe('2028-03-01'); // 2028 is a leap year
    expect(bookableDays({ availableFrom: at('2026-03-10T00:00:00Z') }, now)).toEqual({
      firstDay: '2026-03-10',
      lastDay: horizon,
    });
    expect(bookableDays({ availableTo: at('2026-03-10T00:00:00Z') }, now)).toEqual({
      firstDay: today,
      lastDay: '2026-03-10',
    });
  });

  it('clips a window that began in the past to today, and a long one to the horizon', () => {
    const twoYears = { availableFrom: at('2026-02-01T00:00:00Z'), availableTo: at('2029-01-01T00:00:00Z') };
    const days = bookableDays(twoYears, now);
    expect(days).toEqual({ firstDay: today, lastDay: horizon });
    expect(days && dayCount(days)).toBe(MAX_ADVANCE_DAYS_LIMIT + 1);
  });

  it('finds no bookable day in a window entirely past or entirely beyond the horizon', () => {
    // Ends at the Shanghai midnight that starts today: yesterday was its last day.
    expect(
      bookableDays({ availableFrom: at('2026-01-01T00:00:00Z'), availableTo: at('2026-03-01T16:00:00Z') }, now),
    ).toBeNull();
    expect(bookableDays({ availableTo: at('2026-02-20T00:00:00Z') }, now)).toBeNull();
    expect(bookableDays({ availableFrom: at('2028-03-01T16:00:00Z') }, now)).toBeNull();
    // Today and the horizon day themselves still count.
    expect(bookableDays({ availableTo: at('2026-03-01T16:00:01Z') }, now)).toEqual({ firstDay: today, lastDay: today });
    expect(bookableDays({ availableFrom: at('2028-02-29T16:00:00Z') }, now)).toEqual({
      firstDay: horizon,
      lastDay: horizon,
    });
  });

  it('reads a window ending at the last instant of 9999 (year 10000 in Shanghai) as ending at the horizon', () => {
    const noEnd = at('9999-12-31T23:59:59Z');
    expect(bookableDays({ availableFrom: at('2026-03-04T16:00:00Z'), availableTo: noEnd }, now)).toEqual({
      firstDay: '2026-03-05',
      lastDay: horizon,
    });
    expect(bookableDays({ availableTo: noEnd }, now)).toEqual({ firstDay: today, lastDay: horizon });
    // Starting in Shanghai's year 10000 is far beyond the horizon, not "before today".
    expect(bookableDays({ availableFrom: at('9999-12-31T20:00:00Z') }, now)).toBeNull();
    expect(bookableDays({ availableFrom: at('9999-12-31T20:00:00Z'), availableTo: noEnd }, now)).toBeNull();
  });

  it('moves with today: the same open window asks for later days on a later day', () => {
    const window = { availableTo: at('2026-06-01T00:00:00Z') };
    expect(bookableDays(window, at('2026-04-30T16:00:00Z'))?.firstDay).toBe('2026-05-01');
  });
});

describe('dayCount', () => {
  it('counts both ends, across a leap day', () => {
    expect(dayCount({ firstDay: '2028-02-28', lastDay: '2028-02-28' })).toBe(1);
    expect(dayCount({ firstDay: '2028-02-28', lastDay: '2028-03-01' })).toBe(3);
  });
});
