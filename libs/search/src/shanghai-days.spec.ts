import { describe, expect, it } from '@jest/globals';
import {
  MAX_SLOT_DAYS,
  addDays,
  dayKey,
  shanghaiDay,
  shanghaiDayWindow,
  shanghaiDaysOverlapping,
} from './shanghai-days.js';

describe('shanghaiDay', () => {
  it('gives the Shanghai calendar day, which starts at 16:00 UTC the day before', () => {
    expect(shanghaiDay(new Date('2026-03-01T15:59:59.999Z'))).toBe('2026-03-01');
    expect(shanghaiDay(new Date('2026-03-01T16:00:00.000Z'))).toBe('2026-03-02');
    expect(shanghaiDay(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
  });

  it('refuses an invalid date', () => {
    expect(() => shanghaiDay(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('dayKey and addDays', () => {
  it('turns a day into the number YYYYMMDD', () => {
    expect(dayKey('2026-03-02')).toBe(20260302);
    expect(() => dayKey('2026-3-2')).toThrow(RangeError);
  });

  it('adds calendar days across month, leap day and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-02', -2)).toBe('2026-02-28');
  });
});

describe('shanghaiDayWindow', () => {
  it('maps a window to its first and last Shanghai day, across the UTC day boundary', () => {
    // 2026-03-01T16:30Z is 00:30 on 2 March in Shanghai; 2026-03-05T03:00Z is 11:00 on 5 March.
    expect(shanghaiDayWindow(new Date('2026-03-01T16:30:00Z'), new Date('2026-03-05T03:00:00Z'))).toEqual({
      firstDay: '2026-03-02',
      lastDay: '2026-03-05',
    });
  });

  it('does not reach into the day that starts exactly when the window ends', () => {
    // 2026-03-05T16:00Z is midnight of 6 March in Shanghai: the half-open window stops just before it.
    const from = new Date('2026-03-01T16:30:00Z');
    expect(shanghaiDayWindow(from, new Date('2026-03-05T16:00:00Z')).lastDay).toBe('2026-03-05');
    expect(shanghaiDayWindow(from, new Date('2026-03-05T16:00:00.001Z')).lastDay).toBe('2026-03-06');
  });

  it('keeps open bounds open', () => {
    expect(shanghaiDayWindow(new Date('2026-03-01T16:30:00Z'), undefined)).toEqual({
      firstDay: '2026-03-02',
      lastDay: null,
    });
    expect(shanghaiDayWindow(undefined, new Date('2026-03-01T16:30:00Z'))).toEqual({
      firstDay: null,
      lastDay: '2026-03-02',
    });
  });

  it('treats an empty window as its single instant and refuses one that ends before it starts', () => {
    const instant = new Date('2026-03-01T16:00:00Z');
    expect(shanghaiDayWindow(instant, instant)).toEqual({ firstDay: '2026-03-02', lastDay: '2026-03-02' });
    expect(() => shanghaiDayWindow(new Date('2026-03-02T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toThrow(
      RangeError,
    );
  });
});

describe('shanghaiDaysOverlapping', () => {
  it('lists every Shanghai day a slot overlaps, including one that runs past midnight', () => {
    // 23:00 on 2 March to 01:00 on 3 March, Shanghai time.
    expect(shanghaiDaysOverlapping(new Date('2026-03-02T15:00:00Z'), new Date('2026-03-02T17:00:00Z'))).toEqual([
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('lists one day for a slot within a day', () => {
    expect(shanghaiDaysOverlapping(new Date('2026-03-02T01:00:00Z'), new Date('2026-03-02T09:00:00Z'))).toEqual([
      '2026-03-02',
    ]);
  });

  it('truncates an absurdly long slot at MAX_SLOT_DAYS days', () => {
    const days = shanghaiDaysOverlapping(new Date('2026-03-02T01:00:00Z'), new Date('2028-03-02T01:00:00Z'));
    expect(days).toHaveLength(MAX_SLOT_DAYS);
    expect(days[0]).toBe('2026-03-02');
    expect(days.at(-1)).toBe(addDays('2026-03-02', MAX_SLOT_DAYS - 1));
  });
});
