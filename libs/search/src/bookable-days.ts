import { MAX_ADVANCE_DAYS_LIMIT } from '#booking';
import type { SearchQuery } from './search-document.js';
import { addDays, shanghaiDay, shanghaiDayWindow } from './shanghai-days.js';

const DAY_MS = 86_400_000;

/** Shanghai days ('YYYY-MM-DD'), both ends included. */
export interface DayRange {
  firstDay: string;
  lastDay: string;
}

/**
 * The days of a search's availability window on which a slot can still be booked, in Asia/Shanghai:
 * [max(first day, today), min(last day, today + MAX_ADVANCE_DAYS_LIMIT)], either end of the window optional. An open
 * slot lies between today and the booking horizon (no equipment publishes or books further ahead than its
 * maxAdvanceDays, at most MAX_ADVANCE_DAYS_LIMIT), so the clipped window finds exactly the offerings the whole one
 * would, and a day already past that an indexed document still lists (it was indexed on an earlier day) is never
 * asked for. `undefined`: no window asked; `null`: nothing in the window can be booked (it lies entirely in the past
 * or beyond the horizon), so no offering matches.
 */
export function bookableDays(
  q: Pick<SearchQuery, 'availableFrom' | 'availableTo'>,
  now: Date,
): DayRange | null | undefined {
  if (!q.availableFrom && !q.availableTo) return undefined;
  // Instants are clipped before they become day strings: those compare as text only while years have four digits,
  // and 9999-12-31T23:59:59Z, a common "no end", is already 10000-01-01 in Shanghai.
  const beyond = new Date(now.getTime() + (MAX_ADVANCE_DAYS_LIMIT + 2) * DAY_MS);
  if (q.availableFrom && q.availableFrom > beyond) return null;
  const to = q.availableTo && q.availableTo > beyond ? beyond : q.availableTo;
  const { firstDay, lastDay } = shanghaiDayWindow(q.availableFrom, to);
  const today = shanghaiDay(now);
  const horizon = addDays(today, MAX_ADVANCE_DAYS_LIMIT);
  const first = firstDay === null || firstDay < today ? today : firstDay;
  const last = lastDay === null || lastDay > horizon ? horizon : lastDay;
  return first <= last ? { firstDay: first, lastDay: last } : null;
}

/** The number of days of a range (1 for a single day). */
export function dayCount(range: DayRange): number {
  return Math.round((Date.parse(range.lastDay) - Date.parse(range.firstDay)) / DAY_MS) + 1;
}
