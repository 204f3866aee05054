/** The years a date-time may name: what PostgreSQL stores and people plan, without JavaScript's ±275 760. */
export const DATE_TIME_YEARS = { min: 1900, max: 9999 } as const;

export const DATE_TIME_EXAMPLE = 'such as 2026-03-01T09:00:00+08:00 or 2026-03-01T01:00:00Z';

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** A text that is no date-time this service takes; the message says why, for the caller to name the field. */
export class DateTimeError extends Error {}

/**
 * Parses an RFC 3339 date-time with a time zone, refusing what `new Date()` would quietly accept: numbers,
 * impossible days (2027-02-30 is not 2 March), hours past 23, missing zones, and years outside DATE_TIME_YEARS.
 */
export function parseDateTime(value: string): Date {
  const match = FORMAT.exec(value);
  if (!match) throw new DateTimeError(`must be an ISO 8601 date-time with a time zone, ${DATE_TIME_EXAMPLE}`);
  const [, y, mo, d, h, mi, s = '0', , , , zh = '0', zm = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (year < DATE_TIME_YEARS.min || year > DATE_TIME_YEARS.max)
    throw new DateTimeError(`year must be between ${DATE_TIME_YEARS.min} and ${DATE_TIME_YEARS.max}`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new DateTimeError(`names a day that does not exist: ${y}-${mo}-${d}`);
  if (hour > 23 || minute > 59 || second > 59 || Number(zh) > 23 || Number(zm) > 59)
    throw new DateTimeError(`names a time that does not exist: ${value}`);
  const date = new Date(value.replace(/[tz]/g, (c) => c.toUpperCase()));
  if (Number.isNaN(date.getTime()))
    throw new DateTimeError(`must be an ISO 8601 date-time with a time zone, ${DATE_TIME_EXAMPLE}`);
  // The instant, too: 9999-12-31T23:59:59-01:00 is in year 10000 UTC, which would be written back as "+010000-…".
  if (date.getUTCFullYear() < DATE_TIME_YEARS.min || date.getUTCFullYear() > DATE_TIME_YEARS.max)
    throw new DateTimeError(`year must be between ${DATE_TIME_YEARS.min} and ${DATE_TIME_YEARS.max} in UTC`);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
