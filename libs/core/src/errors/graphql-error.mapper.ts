import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DATABASE_TROUBLE_MESSAGES, databaseTrouble } from './database-trouble.js';
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
  const trouble = databaseTrouble(exception);
  if (trouble) {
    // The server's fault, not the caller's: logged like any unexpected error, answered as a typed, retryable refusal.
    return {
      error: new GraphQLError(DATABASE_TROUBLE_MESSAGES[trouble], {
        extensions: { code: ErrorKind.SERVICE_UNAVAILABLE, reason: trouble, requestId },
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
