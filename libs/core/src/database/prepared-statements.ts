const names = new Map<string, string>();

/**
 * Marks a hot statement (sent on every booking or request) to be prepared: the first time a pooled connection sends
 * this exact text, PostgreSQL parses and plans it under a name; afterwards that connection sends only the name and
 * the values, and PostgreSQL reuses the parse and, once it has seen the plan does not depend on the values, the
 * plan. Returns `sql` unchanged, so it is still sent with `manager.query` (counted, errors wrapped as usual). Only
 * for constant texts: each distinct text costs a prepared statement on every connection for its lifetime.
 */
export function prepared(sql: string): string {
  if (!names.has(sql)) names.set(sql, `pilotmatch_${names.size + 1}`);
  return sql;
}

/** The name a text marked by `prepared()` goes by on every connection (the pool's client sends it by name). */
export const preparedName = (sql: string): string | undefined => names.get(sql);
