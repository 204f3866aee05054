import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** The years a DateTime may name: what PostgreSQL stores and people plan, without JavaScript's ±275 760. */
export const DATE_TIME_YEARS = { min: 1900, max: 9999 } as const;

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

const EXAMPLE = 'such as 2026-03-01T09:00:00+08:00 or 2026-03-01T01:00:00Z';

/**
 * Parses an RFC 3339 date-time with a time zone, refusing what `new Date()` would quietly accept: numbers,
 * impossible days (2027-02-30 is not 2 March), hours past 23, missing zones, and years outside DATE_TIME_YEARS.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string')
    throw new GraphQLError(`DateTime must be a string ${EXAMPLE}, not a ${value === null ? 'null' : typeof value}`);
  const match = FORMAT.exec(value);
  if (!match) throw new GraphQLError(`DateTime must be an ISO 8601 date-time with a time zone, ${EXAMPLE}`);
  const [, y, mo, d, h, mi, s = '0', , zone, sign, zh = '0', zm = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (year < DATE_TIME_YEARS.min || year > DATE_TIME_YEARS.max)
    throw new GraphQLError(`DateTime year must be between ${DATE_TIME_YEARS.min} and ${DATE_TIME_YEARS.max}`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new GraphQLError(`DateTime names a day that does not exist: ${y}-${mo}-${d}`);
  if (hour > 23 || minute > 59 || second > 59 || Number(zh) > 23 || Number(zm) > 59)
    throw new GraphQLError(`DateTime names a time that does not exist: ${value}`);
  const date = new Date(value.replace(/[tz]/g, (c) => c.toUpperCase()));
  if (Number.isNaN(date.getTime()) || (zone.toUpperCase() !== 'Z' && !sign))
    throw new GraphQLError(`DateTime must be an ISO 8601 date-time with a time zone, ${EXAMPLE}`);
  // The instant, too: 9999-12-31T23:59:59-01:00 is in year 10000 UTC, which would be written back as "+010000-…".
  if (date.getUTCFullYear() < DATE_TIME_YEARS.min || date.getUTCFullYear() > DATE_TIME_YEARS.max)
    throw new GraphQLError(`DateTime year must be between ${DATE_TIME_YEARS.min} and ${DATE_TIME_YEARS.max} in UTC`);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Replaces the DateTime scalar of the generated schema (see graphql.options.ts): same name, strict parsing. */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: `A date-time with a time zone (RFC 3339), ${EXAMPLE}; years ${DATE_TIME_YEARS.min}–${DATE_TIME_YEARS.max}.`,
  serialize(value: unknown) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string') return parseDateTime(value).toISOString();
    throw new GraphQLError('DateTime cannot serialize a value that is not a date');
  },
  parseValue: parseDateTime,
  // graphql-js reports a GraphQLError thrown here as it is: it must point at the literal (`nodes`), so that the
  // error can name the field the literal was written for (input-errors.ts, literalFieldErrors).
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`DateTime must be a string ${EXAMPLE}`, { nodes: ast });
    try {
      return parseDateTime(ast.value);
    } catch (error) {
      throw error instanceof GraphQLError ? new GraphQLError(error.message, { nodes: ast }) : error;
    }
  },
});
