import { horizonOf } from '../booking/booking.rules.js';
import { hoursBetween } from './slot.mapper.js';
import type { BookingRules } from './slot.repository.js';

/**
 * The longest single slot, 31 days (744 h): a month's campaign on one line is the longest run pilot users book as one
 * piece (a long trial production or an ageing test); anything longer is a typo (a wrong year) or a whole calendar
 * that should be published as slots others can book apart. The same bound as a weekly pattern's durationHours.
 */
export const MAX_SLOT_HOURS = 24 * 31;

/** Which rule a run breaks, and the part of the run it names. */
export interface RunProblem {
  rule: 'ORDER' | 'PAST' | 'TOO_LONG' | 'MAX_RUN' | 'BEYOND_HORIZON';
  part: 'startsAt' | 'endsAt';
  message: string;
}

/**
 * The one set of rules a slot meets to be published, alone (publishSlots) or from a weekly pattern
 * (publishRecurringSlots): it ends after it starts, starts in the future, lasts at most MAX_SLOT_HOURS and the
 * equipment's maxRunHours, and ends by the equipment's horizon (now + maxAdvanceDays), so no published hour lies
 * where the equipment takes no bookings.
 */
export function runProblem(
  run: { startsAt: Date; endsAt: Date },
  rules: Pick<BookingRules, 'maxAdvanceDays' | 'maxRunHours'>,
  now: Date,
): RunProblem | undefined {
  if (run.endsAt.getTime() <= run.startsAt.getTime())
    return { rule: 'ORDER', part: 'endsAt', message: 'endsAt must be after startsAt' };
  if (run.startsAt.getTime() <= now.getTime())
    return { rule: 'PAST', part: 'startsAt', message: 'startsAt must be in the future' };
  const hours = hoursBetween(run.startsAt, run.endsAt);
  if (hours > MAX_SLOT_HOURS)
    return {
      rule: 'TOO_LONG',
      part: 'endsAt',
      message: `a slot may last at most ${MAX_SLOT_HOURS} hours (31 days); publish a longer stretch as several slots`,
    };
  if (rules.maxRunHours !== null && hours > rules.maxRunHours)
    return {
      rule: 'MAX_RUN',
      part: 'endsAt',
      message: `a run of this equipment may last at most ${rules.maxRunHours} hours`,
    };
  // A slot wholly beyond the horizon is named by its start; one that only runs past it, by its end.
  const horizon = horizonOf(rules, now);
  const part = run.startsAt.getTime() > horizon.getTime() ? 'startsAt' : 'endsAt';
  if (run.endsAt.getTime() > horizon.getTime())
    return {
      rule: 'BEYOND_HORIZON',
      part,
      message: `${part} is beyond how far ahead this equipment publishes and takes bookings: ${rules.maxAdvanceDays} days, until ${horizon.toISOString()}`,
    };
  return undefined;
}
