/**
 * Why the database could not serve a request, when that is the reason: the statement ran past statement_timeout (or
 * was cancelled), or the server is unreachable, shutting down, starting up or out of connections. Neither is the
 * caller's fault and both pass: the caller is told to retry (SERVICE_UNAVAILABLE), never shown an internal error.
 */
export type DatabaseTrouble = 'STATEMENT_TIMEOUT' | 'DATABASE_UNAVAILABLE';

/** What the caller is told. */
export const DATABASE_TROUBLE_MESSAGES: Record<DatabaseTrouble, string> = {
  STATEMENT_TIMEOUT: 'The database took too long to answer; try again, or ask for less.',
  DATABASE_UNAVAILABLE: 'The database is not available at the moment; try again shortly.',
};

/** query_canceled: statement_timeout, or a cancel request. */
const CANCELLED = '57014';
/** admin_shutdown, crash_shutdown, cannot_connect_now (starting or recovering), too_many_connections. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** A socket that could not reach the server or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** node-postgres says these without a code: a connection lost mid-query, a pool that could not connect in time. */
const LOST_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;

/**
 * TypeORM releases a transaction's connection the moment that connection fails, and refuses the transaction's next
 * statement (or its COMMIT) with one of these (a programming error would too, but it is logged with its stack anyway).
 */
const RELEASED_ON_FAILURE = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

/** The trouble behind `exception` (looking through TypeORM's driverError, causes and AggregateErrors), if any. */
export function databaseTrouble(exception: unknown, depth = 0): DatabaseTrouble | undefined {
  if (typeof exception !== 'object' || exception === null || depth > 4) return undefined;
  const { name, code, message, driverError, cause, errors } = exception as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (code === CANCELLED) return 'STATEMENT_TIMEOUT';
  if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code)))
    return 'DATABASE_UNAVAILABLE';
  if (
    (typeof name === 'string' && RELEASED_ON_FAILURE.has(name)) ||
    (typeof message === 'string' && LOST_CONNECTION.test(message))
  )
    return 'DATABASE_UNAVAILABLE';
  for (const inner of [driverError, cause, ...(Array.isArray(errors) ? errors : [])]) {
    const trouble = databaseTrouble(inner, depth + 1);
    if (trouble) return trouble;
  }
  return undefined;
}
