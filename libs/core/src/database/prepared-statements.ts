import pg from 'pg';

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

type Query = (this: pg.Client, config: unknown, ...rest: unknown[]) => unknown;
const query = pg.Client.prototype.query as unknown as Query;

/** The pool's client (TypeORM passes `extra.Client` to pg's Pool): sends the texts `prepared()` marked by name. */
export class PreparingClient extends pg.Client {}
(PreparingClient.prototype as unknown as { query: Query }).query = function (config, ...rest) {
  const name = typeof config === 'string' ? names.get(config) : undefined;
  return query.call(this, name === undefined ? config : { name, text: config }, ...rest);
};
