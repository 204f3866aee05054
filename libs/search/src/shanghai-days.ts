/**
 * Calendar days in Asia/Shanghai, the time zone every platform works in: slot availability is indexed and
 * filtered per Shanghai day ('YYYY-MM-DD'), whatever the caller's or the server's zone.
 */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

/** Longest run of days one slot contributes: a year ahead is the booking horizon, longer slots are data errors. */
export const MAX_SLOT_DAYS = 370;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter for the process: constructing Intl formatters is the expensive part.
const shanghaiFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: SHANGHAI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai calendar day of an instant, 'YYYY-MM-DD'. */
export function shanghaiDay(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('shanghaiDay: invalid date');
  const parts = shanghaiFormatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** 'YYYY-MM-DD' as the number YYYYMMDD: Meilisearch range-filters numbers, not strings. */
export function dayKey(day: string): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`dayKey: not a YYYY-MM-DD day: ${day}`);
  return Number(`${match[1]}${match[2]}${match[3]}`);
}

/** The calendar day `count` days after `day` (pure date arithmetic, no time zone involved). */
export function addDays(day: string, count: number): string {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`addDays: not a YYYY-MM-DD day: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + count));
  return date.toISOString().slice(0, 10);
}

/**
 * First and last Shanghai day touched by the half-open window [from, to): a window ending exactly at a
 * Shanghai midnight does not reach into the next day. Either bound may be open (null).
 */
export function shanghaiDayWindow(from?: Date, to?: Date): { firstDay: string | null; lastDay: string | null } {
  if (from && to && to.getTime() < from.getTime())
    throw new RangeError('shanghaiDayWindow: window ends before it starts');
  const firstDay = from ? shanghaiDay(from) : null;
  let lastDay: string | null = null;
  if (to) {
    const endsAfterStart = !from || to.getTime() > from.getTime();
    lastDay = shanghaiDay(endsAfterStart ? new Date(to.getTime() - 1) : to);
  }
  return { firstDay, lastDay };
}

/**
 * Every Shanghai day the half-open interval [start, end) overlaps, sorted, for a slot's `openSlotDays`.
 * Capped at MAX_SLOT_DAYS days from the start: beyond that the slot is truncated rather than refused, so one bad
 * slot cannot block indexing of its offering.
 */
export function shanghaiDaysOverlapping(start: Date, end: Date): string[] {
  const { firstDay, lastDay } = shanghaiDayWindow(start, end);
  const days: string[] = [];
  if (firstDay === null || lastDay === null) return days;
  for (let day = firstDay; day <= lastDay && days.length < MAX_SLOT_DAYS; day = addDays(day, 1)) days.push(day);
  return days;
}
