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

/**
 * The pool's client (TypeORM passes `extra.Client` to pg's Pool). A connection the server ends while it is checked
 * out but between statements (a transaction waiting on other work when PostgreSQL stops or dies) emits 'error' with no
 * statement to fail; pg's pool listens only to idle clients, and an 'error' event nobody hears ends the process. Heard
 * here, it changes nothing else: pg marks the client unusable, its next statement fails (answered SERVICE_UNAVAILABLE,
 * see database-trouble.ts), and the pool drops it when it is released.
 */
export class PoolClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/** The pool's client when hot statements are prepared: sends the texts `prepared()` marked by name. */
export class PreparingClient extends PoolClient {}
(PreparingClient.prototype as unknown as { query: Query }).query = function (config, ...rest) {
  const name = typeof config === 'string' ? names.get(config) : undefined;
  return query.call(this, name === undefined ? config : { name, text: config }, ...rest);
};
