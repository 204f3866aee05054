import { Weekday } from '../booking.enums.js';

export interface WeeklyPattern {
  /** First and last calendar day (Asia/Shanghai) as YYYY-MM-DD. */
  fromDay: string;
  toDay: string;
  weekdays: readonly Weekday[];
  /** Local start of the first run, HH:MM in Asia/Shanghai. */
  startTime: string;
  /** A whole number of minutes, in hours. */
  durationHours: number;
  runsPerDay: number;
  /** Changeover / cleaning time between two runs of the same day. */
  changeoverMinutes: number;
  /** Days left out (YYYY-MM-DD, Asia/Shanghai): holidays, maintenance. */
  exceptDays?: readonly string[];
}

export const MAX_GENERATED_SLOTS = 2000;

// China has had no daylight saving time since 1991: Shanghai is always UTC+8.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const WEEKDAY_BY_UTC_DAY: Weekday[] = [
  Weekday.SUN,
  Weekday.MON,
  Weekday.TUE,
  Weekday.WED,
  Weekday.THU,
  Weekday.FRI,
  Weekday.SAT,
];

/** A pattern that cannot be laid out; `field` names the input to change. */
export class PatternError extends RangeError {
  constructor(
    readonly field: 'weekdays' | 'runsPerDay',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The runs of a weekly pattern between two days, in time order. Throws PatternError past MAX_GENERATED_SLOTS, or when
 * the runs overlap one another (a day's runs last past the next chosen day's first run).
 */
export function expandWeeklyPattern(pattern: WeeklyPattern): Array<{ startsAt: Date; endsAt: Date }> {
  const [hours, minutes] = pattern.startTime.split(':').map(Number);
  const first = Date.parse(`${pattern.fromDay}T00:00:00Z`);
  const last = Date.parse(`${pattern.toDay}T00:00:00Z`);
  // Whole minutes (the input is validated so): 1 / 3 h is 20 minutes, not 20 minutes less a rounding error.
  const durationMs = Math.round(pattern.durationHours * 60) * 60 * 1000;
  const stepMs = durationMs + pattern.changeoverMinutes * 60 * 1000;
  const runs: Array<{ startsAt: Date; endsAt: Date }> = [];
  const except = new Set(pattern.exceptDays ?? []);
  for (let day = first; day <= last; day += DAY_MS) {
    if (!pattern.weekdays.includes(WEEKDAY_BY_UTC_DAY[new Date(day).getUTCDay()])) continue;
    if (except.has(new Date(day).toISOString().slice(0, 10))) continue;
    const dayStart = day - SHANGHAI_OFFSET_MS + (hours * 60 + minutes) * 60 * 1000;
    for (let run = 0; run < pattern.runsPerDay; run += 1) {
      const startsAt = dayStart + run * stepMs;
      const previous = runs.at(-1);
      if (previous && startsAt < previous.endsAt.getTime())
        throw new PatternError(
          'runsPerDay',
          `the runs overlap one another: the run starting ${new Date(previous.startsAt.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16)} (Shanghai) has not ended when the next starts`,
        );
      runs.push({ startsAt: new Date(startsAt), endsAt: new Date(startsAt + durationMs) });
      if (runs.length > MAX_GENERATED_SLOTS)
        throw new PatternError('weekdays', `the pattern makes more than ${MAX_GENERATED_SLOTS} slots`);
    }
  }
  return runs;
}

/** The same calendar day a year later (YYYY-MM-DD); 29 February gives 28 February, so a span never exceeds a year. */
export function oneYearAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year + 1, month - 1, date));
  // 29 February has no counterpart in a common year: Date.UTC rolls over to 1 March, step back to the 28th.
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}
