import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorKind } from './domain-error.js';

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

export type MappedError = { error: GraphQLError; unexpected: boolean };

/** The one mapping from anything a resolver throws to what the caller sees. */
export function toGraphQLError(exception: unknown, requestId: string | undefined): MappedError {
  if (exception instanceof GraphQLError) return { error: exception, unexpected: false };
  if (exception instanceof DomainError) {
    const { fields, ...rest } = exception.details;
    return {
      error: new GraphQLError(exception.message, {
        extensions: { code: exception.kind, reason: exception.code, ...(fields ? { fields } : {}), ...rest },
      }),
      unexpected: false,
    };
  }
  if (exception instanceof HttpException && exception.getStatus() === HttpStatus.TOO_MANY_REQUESTS) {
    return {
      error: new GraphQLError('Too many requests; slow down and retry later.', {
        extensions: { code: ErrorKind.TOO_MANY_REQUESTS },
      }),
      unexpected: false,
    };
  }
  if (isStatementTimeout(exception)) {
    // The server's fault, not the caller's: logged like any unexpected error, answered as a typed, retryable refusal.
    return {
      error: new GraphQLError('The database took too long to answer; try again, or ask for less.', {
        extensions: { code: ErrorKind.SERVICE_UNAVAILABLE, reason: 'STATEMENT_TIMEOUT', requestId },
      }),
      unexpected: true,
    };
  }
  return {
    error: new GraphQLError(`Internal server error${requestId ? ` (request ${requestId})` : ''}`, {
      extensions: { code: INTERNAL_SERVER_ERROR, requestId },
    }),
    unexpected: true,
  };
}

/** PostgreSQL's query_canceled: statement_timeout (or a cancel request) stopped the statement. */
const isStatementTimeout = (exception: unknown): boolean =>
  typeof exception === 'object' &&
  exception !== null &&
  ((exception as { code?: unknown }).code === '57014' ||
    (exception as { driverError?: { code?: unknown } }).driverError?.code === '57014');
