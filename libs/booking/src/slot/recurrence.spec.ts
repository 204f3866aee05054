import { describe, expect, it } from '@jest/globals';
import { Weekday } from '../booking.enums.js';
import { expandWeeklyPattern, MAX_GENERATED_SLOTS, oneYearAfter, PatternError } from './recurrence.js';

describe('expandWeeklyPattern', () => {
  it('places runs on the chosen weekdays at the Shanghai start time, with the changeover between runs', () => {
    const runs = expandWeeklyPattern({
      fromDay: '2026-03-02', // a Monday
      toDay: '2026-03-08',
      weekdays: [Weekday.MON, Weekday.WED],
      startTime: '08:00',
      durationHours: 4,
      runsPerDay: 2,
      changeoverMinutes: 60,
    });
    expect(runs.map((r) => [r.startsAt.toISOString(), r.endsAt.toISOString()])).toEqual([
      ['2026-03-02T00:00:00.000Z', '2026-03-02T04:00:00.000Z'],
      ['2026-03-02T05:00:00.000Z', '2026-03-02T09:00:00.000Z'],
      ['2026-03-04T00:00:00.000Z', '2026-03-04T04:00:00.000Z'],
      ['2026-03-04T05:00:00.000Z', '2026-03-04T09:00:00.000Z'],
    ]);
  });

  it('leaves out the excepted days (Shanghai calendar days), keeping the rest of the week', () => {
    const runs = expandWeeklyPattern({
      fromDay: '2026-03-02',
      toDay: '2026-03-08',
      weekdays: [Weekday.MON, Weekday.TUE, Weekday.WED],
      startTime: '06:30',
      durationHours: 4,
      runsPerDay: 1,
      changeoverMinutes: 0,
      exceptDays: ['2026-03-03'],
    });
    // 06:30 Shanghai is the previous UTC day: the exception is judged by the Shanghai day, not the UTC one.
    expect(runs.map((r) => r.startsAt.toISOString())).toEqual(['2026-03-01T22:30:00.000Z', '2026-03-03T22:30:00.000Z']);
  });

  it('handles a start before 08:00 Shanghai, which falls on the previous UTC day', () => {
    const [run] = expandWeeklyPattern({
      fromDay: '2026-03-03',
      toDay: '2026-03-03',
      weekdays: [Weekday.TUE],
      startTime: '06:30',
      durationHours: 48,
      runsPerDay: 1,
      changeoverMinutes: 0,
    });
    expect(run.startsAt.toISOString()).toBe('2026-03-02T22:30:00.000Z');
    expect(run.endsAt.toISOString()).toBe('2026-03-04T22:30:00.000Z');
  });

  it('refuses patterns that would flood the calendar', () => {
    expect(() =>
      expandWeeklyPattern({
        fromDay: '2026-01-01',
        toDay: '2026-12-31',
        weekdays: Object.values(Weekday),
        startTime: '00:00',
        durationHours: 1,
        runsPerDay: 10,
        changeoverMinutes: 0,
      }),
    ).toThrow(`more than ${MAX_GENERATED_SLOTS} slots`);
  });

  it('refuses runs that overlap one another, naming runsPerDay, and allows long runs that end before the next day chosen', () => {
    const pattern = {
      fromDay: '2027-03-01',
      toDay: '2027-03-14',
      startTime: '08:00',
      changeoverMinutes: 0,
    };
    // 3 × 10 h from 08:00 Monday: the third run (Tuesday 04:00–14:00) is still running at Tuesday's 08:00.
    let thrown: unknown;
    try {
      expandWeeklyPattern({ ...pattern, weekdays: [Weekday.MON, Weekday.TUE], durationHours: 10, runsPerDay: 3 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PatternError);
    expect(thrown).toMatchObject({ field: 'runsPerDay', message: expect.stringContaining('2027-03-02T04:00') });
    // 48 h runs on Mondays only never meet.
    const runs = expandWeeklyPattern({ ...pattern, weekdays: [Weekday.MON], durationHours: 48, runsPerDay: 1 });
    expect(runs.map((r) => r.startsAt.toISOString())).toEqual(['2027-03-01T00:00:00.000Z', '2027-03-08T00:00:00.000Z']);
  });
});

describe('oneYearAfter', () => {
  it('counts a year as the same calendar day a year later, 29 February as 28 February', () => {
    expect(oneYearAfter('2027-01-10')).toBe('2028-01-10');
    expect(oneYearAfter('2027-12-31')).toBe('2028-12-31');
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
    expect(oneYearAfter('2027-02-28')).toBe('2028-02-28');
  });
});
