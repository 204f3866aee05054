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
const handleParseComplete = (pg.Client.prototype as unknown as { _handleParseComplete(this: pg.Client): void })
  ._handleParseComplete;

/** What TypeORM sends to open a transaction (`PostgresQueryRunner.startTransaction`), and to end one. */
const START_TRANSACTION = 'START TRANSACTION';
const ENDS = new Set(['COMMIT', 'ROLLBACK']);

type Submission = { text?: string; name?: string; values?: unknown[] };
type Connection = {
  parse(message: { text: string; name: string; types: unknown[] }): void;
  bind(message: { portal: string; statement: string; values: unknown[] }): void;
  execute(message: { portal: string; rows: number }): void;
};
type QueryInternals = {
  callback?: (error: Error | null, result?: unknown) => void;
  prepare(connection: Connection): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
};

/**
 * A statement in the extended protocol preceded, in the same write and before the same Sync, by the BEGIN of its
 * transaction: one round trip instead of two. PostgreSQL runs the messages in order and, should BEGIN fail, skips
 * the statement with it (everything up to the Sync), so the statement never runs outside its transaction. BEGIN's own
 * answer (its CommandComplete) is not this statement's result.
 */
class BeginThenQuery extends (pg.Query as unknown as new (config: unknown, values?: unknown) => QueryInternals) {
  private beginParsed = false;
  private begun = false;

  override prepare(connection: Connection): void {
    connection.parse({ text: 'BEGIN', name: '', types: [] });
    connection.bind({ portal: '', statement: '', values: [] });
    connection.execute({ portal: '', rows: 0 });
    super.prepare(connection);
  }

  /** Whether a ParseComplete was BEGIN's (the first of the round trip), which pg must not take for the statement's. */
  takeBeginParse(): boolean {
    if (this.beginParsed) return false;
    this.beginParsed = true;
    return true;
  }

  override handleCommandComplete(message: unknown, connection: Connection): void {
    if (this.begun) return super.handleCommandComplete(message, connection);
    this.begun = true;
  }
}

const noRows = (command: string) => ({ command, rowCount: null, oid: null, rows: [], fields: [] });

/**
 * The pool's client (TypeORM passes `extra.Client` to pg's Pool). A connection the server ends while it is checked
 * out but between statements (a transaction waiting on other work when PostgreSQL stops or dies) emits 'error' with no
 * statement to fail; pg's pool listens only to idle clients, and an 'error' event nobody hears ends the process. Heard
 * here, it changes nothing else: pg marks the client unusable, its next statement fails (answered SERVICE_UNAVAILABLE,
 * see database-trouble.ts), and the pool drops it when it is released.
 *
 * It also defers TypeORM's START TRANSACTION to the transaction's first statement: each round trip to PostgreSQL
 * costs the API a socket write and a wake-up of the server process, and a BEGIN answers nothing the app waits for.
 * When that first statement goes out in the extended protocol (it has parameters, or is prepared: every hot write),
 * BEGIN travels in the same write, before the same Sync (`BeginThenQuery`); otherwise BEGIN is sent alone just before
 * it, as before. A transaction that ends before any statement (COMMIT or ROLLBACK) sends nothing at all.
 */
export class PoolClient extends pg.Client {
  /** Whether TypeORM opened a transaction that PostgreSQL has not been told of yet. */
  beginDeferred = false;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }

  /** pg notes a named statement as parsed on a ParseComplete; the one BEGIN's Parse answers is not the statement's. */
  _handleParseComplete(): void {
    const active = (this as unknown as { _getActiveQuery(): unknown })._getActiveQuery();
    if (active instanceof BeginThenQuery && active.takeBeginParse()) return;
    handleParseComplete.call(this);
  }
}
(PoolClient.prototype as unknown as { query: Query }).query = function (config, ...rest) {
  return deferringBegin(this as PoolClient, config, rest);
};

/** The pool's client when hot statements are prepared: sends the texts `prepared()` marked by name. */
export class PreparingClient extends PoolClient {}
(PreparingClient.prototype as unknown as { query: Query }).query = function (config, ...rest) {
  const name = typeof config === 'string' ? names.get(config) : undefined;
  return deferringBegin(this as PoolClient, name === undefined ? config : { name, text: config }, rest);
};

function deferringBegin(client: PoolClient, config: unknown, rest: unknown[]): unknown {
  const promised = rest.every((argument) => typeof argument !== 'function');
  if (!promised) return query.call(client, config, ...rest);
  if (config === START_TRANSACTION && !client.beginDeferred) {
    client.beginDeferred = true;
    return Promise.resolve(noRows('BEGIN'));
  }
  if (!client.beginDeferred) return query.call(client, config, ...rest);
  client.beginDeferred = false;
  if (typeof config === 'string' && ENDS.has(config)) return Promise.resolve(noRows(config));
  const submission: Submission = typeof config === 'string' ? { text: config } : (config as Submission);
  const values = (rest[0] as unknown[] | undefined) ?? submission.values;
  const custom = typeof (config as { submit?: unknown }).submit === 'function';
  if (custom || (submission.name === undefined && !values?.length)) {
    return (query.call(client, 'BEGIN') as Promise<unknown>).then(() => query.call(client, config, ...rest));
  }
  const statement = new BeginThenQuery(config, values);
  return new Promise((resolve, reject) => {
    statement.callback = (error, result) => (error ? reject(error) : resolve(result));
    query.call(client, statement);
  });
}
