/** PostgreSQL's SQLSTATE for a unique index refusing a row. */
const UNIQUE_VIOLATION = '23505';

/**
 * Whether a write failed because a unique index (the one named, when given) already holds its key: the loser of two
 * concurrent writes of one key, told as the domain's refusal, not as an internal error.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const failure = error as { code?: string; constraint?: string } | null;
  return failure?.code === UNIQUE_VIOLATION && (constraint === undefined || failure.constraint === constraint);
}
