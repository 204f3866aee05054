import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DATE_TIME_EXAMPLE, DATE_TIME_YEARS, DateTimeError, parseDateTime as parseCoreDateTime } from '#core';

/**
 * Core's strict RFC 3339 parsing (`parseDateTime` in libs/core/src/time/date-time.ts) for a GraphQL value: its refusal
 * becomes a GraphQLError, which graphql-js reports as bad input naming the field.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string')
    throw new GraphQLError(
      `DateTime must be a string ${DATE_TIME_EXAMPLE}, not a ${value === null ? 'null' : typeof value}`,
    );
  try {
    return parseCoreDateTime(value);
  } catch (error) {
    throw error instanceof DateTimeError ? new GraphQLError(`DateTime ${error.message}`) : error;
  }
}

/** Replaces the DateTime scalar of the generated schema (see graphql.options.ts): same name, strict parsing. */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: `A date-time with a time zone (RFC 3339), ${DATE_TIME_EXAMPLE}; years ${DATE_TIME_YEARS.min}–${DATE_TIME_YEARS.max}.`,
  serialize(value: unknown) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string') return parseDateTime(value).toISOString();
    throw new GraphQLError('DateTime cannot serialize a value that is not a date');
  },
  parseValue: parseDateTime,
  // graphql-js reports a GraphQLError thrown here as it is: it must point at the literal (`nodes`), so that the
  // error can name the field the literal was written for (input-errors.ts, literalFieldErrors).
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(`DateTime must be a string ${DATE_TIME_EXAMPLE}`, { nodes: ast });
    try {
      return parseDateTime(ast.value);
    } catch (error) {
      throw error instanceof GraphQLError ? new GraphQLError(error.message, { nodes: ast }) : error;
    }
  },
});
