import type { EventEmitter } from 'node:events';
import pg from 'pg';
import { preparedName } from './prepared-statements.js';

/** Told of each round trip to PostgreSQL (the QueryCounter: tests pin the round trips of the hottest writes). */
export interface RoundTripCounter {
  readonly roundTrip: () => void;
}

// The framing below subclasses pg's Query and hooks Client._handleParseComplete: internals of pg 8.23, which
// package.json pins exactly; test/e2e/prepared-statements.e2e-spec.ts fails if an upgrade changes them.
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
  execute(message: { portal: string; rows?: number }): void;
  sync(): void;
};
type QueryInternals = {
  callback?: (error: Error | null, result?: unknown) => void;
  prepare(connection: Connection): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
  _getRows(connection: Connection, rows?: number): void;
};

/** A one-off statement without parameters, run in the extended protocol (unnamed statement and portal). */
function sendPlain(connection: Connection, text: string): void {
  connection.parse({ text, name: '', types: [] });
  connection.bind({ portal: '', statement: '', values: [] });
  connection.execute({ portal: '' });
}

/**
 * A statement in the extended protocol framed, in the same write and before the same Sync, by the BEGIN of its
 * transaction and/or its COMMIT: one round trip instead of two or three. PostgreSQL runs the messages in order and, once
 * one fails, skips the rest up to the Sync: the statement never runs outside its transaction (BEGIN failed), and a
 * failed statement is never committed (its transaction is left aborted, and TypeORM's ROLLBACK follows as usual). A
 * COMMIT that fails (a deferred check) fails the statement. BEGIN's and COMMIT's answers are not the statement's result.
 */
class FramedQuery extends (pg.Query as unknown as new (config: unknown, values?: unknown) => QueryInternals) {
  private beginParseTaken = false;
  private answered = 0;

  constructor(
    config: unknown,
    values: unknown,
    private readonly frame: { begin: boolean; commit: boolean },
  ) {
    super(config, values);
  }

  override prepare(connection: Connection): void {
    if (this.frame.begin) sendPlain(connection, 'BEGIN');
    super.prepare(connection);
  }

  override _getRows(connection: Connection, rows?: number): void {
    if (!this.frame.commit || rows) return super._getRows(connection, rows);
    connection.execute({ portal: '' });
    sendPlain(connection, 'COMMIT');
    connection.sync();
  }

  /**
   * Whether a ParseComplete is BEGIN's (the first of the round trip), which pg must not take for the statement's: it
   * notes a named statement as parsed on the first ParseComplete it sees. (COMMIT's comes after the statement's.)
   */
  takeBeginParse(): boolean {
    if (!this.frame.begin || this.beginParseTaken) return false;
    this.beginParseTaken = true;
    return true;
  }

  override handleCommandComplete(message: unknown, connection: Connection): void {
    this.answered += 1;
    // In order: BEGIN's, the statement's, COMMIT's.
    if (this.answered === (this.frame.begin ? 2 : 1)) super.handleCommandComplete(message, connection);
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
 * It also saves a transaction's BEGIN and COMMIT their round trips where it can: each round trip costs the API a
 * socket write and a wake-up of the server process, and neither answers anything the app waits for. TypeORM's START
 * TRANSACTION is deferred to the transaction's first statement: when that goes out in the extended protocol (it has
 * parameters, or is prepared: every hot write), BEGIN travels in the same write before the same Sync (`FramedQuery`);
 * otherwise BEGIN is sent alone just before it, as before; a transaction that ends before any statement sends nothing.
 * A statement announced as the transaction's last (`TransactionRunner.commitWithNext`) carries COMMIT the same way;
 * TypeORM's COMMIT after it is answered here, and any other statement after it is refused (it would run outside
 * the transaction).
 */
export class PoolClient extends pg.Client {
  /** TypeORM opened a transaction that PostgreSQL has not been told of yet. */
  beginDeferred = false;
  /** The next statement is announced as its transaction's last. */
  commitWithNext = false;
  /** The transaction was committed with its last statement; TypeORM's COMMIT is still to come. */
  committedEarly = false;

  constructor(config?: string | (pg.ClientConfig & { roundTrips?: RoundTripCounter })) {
    super(config);
    this.on('error', () => undefined);
    // Every round trip ends with the server's ReadyForQuery.
    const counter = typeof config === 'object' ? config.roundTrips : undefined;
    if (counter) (this as unknown as { connection: EventEmitter }).connection.on('readyForQuery', counter.roundTrip);
  }

  _handleParseComplete(): void {
    const active = (this as unknown as { _getActiveQuery(): unknown })._getActiveQuery();
    if (active instanceof FramedQuery && active.takeBeginParse()) return;
    handleParseComplete.call(this);
  }
}
(PoolClient.prototype as unknown as { query: Query }).query = function (config, ...rest) {
  return framing(this as PoolClient, config, rest);
};

/** The pool's client when hot statements are prepared: sends the texts `prepared()` marked by name. */
export class PreparingClient extends PoolClient {}
(PreparingClient.prototype as unknown as { query: Query }).query = function (config, ...rest) {
  const name = typeof config === 'string' ? preparedName(config) : undefined;
  return framing(this as PoolClient, name === undefined ? config : { name, text: config }, rest);
};

function framing(client: PoolClient, config: unknown, rest: unknown[]): unknown {
  // Callbacks: TypeORM's own set-up statements, outside transactions.
  if (rest.some((argument) => typeof argument === 'function')) return query.call(client, config, ...rest);
  if (client.committedEarly) {
    client.committedEarly = false;
    if (typeof config === 'string' && ENDS.has(config)) return Promise.resolve(noRows(config));
    return Promise.reject(new Error('The transaction was committed with the statement announced as its last'));
  }
  if (config === START_TRANSACTION && !client.beginDeferred) {
    client.beginDeferred = true;
    client.commitWithNext = false;
    return Promise.resolve(noRows('BEGIN'));
  }
  const begin = client.beginDeferred;
  const commit = client.commitWithNext;
  client.beginDeferred = false;
  client.commitWithNext = false;
  if (!begin && !commit) return query.call(client, config, ...rest);
  if (begin && typeof config === 'string' && ENDS.has(config)) return Promise.resolve(noRows(config));
  const submission: Submission = typeof config === 'string' ? { text: config } : (config as Submission);
  const values = (rest[0] as unknown[] | undefined) ?? submission.values;
  const custom = typeof (config as { submit?: unknown }).submit === 'function';
  if (custom || (submission.name === undefined && !values?.length)) {
    // Not in the extended protocol: BEGIN alone before it; COMMIT is left to TypeORM.
    if (!begin) return query.call(client, config, ...rest);
    return (query.call(client, 'BEGIN') as Promise<unknown>).then(() => query.call(client, config, ...rest));
  }
  const statement = new FramedQuery(config, values, { begin, commit });
  return new Promise((resolve, reject) => {
    let settled = false;
    statement.callback = (error, result) => {
      // pg may answer twice (a value it could not bind: its error, then the ReadyForQuery after its Sync).
      if (settled) return;
      settled = true;
      if (error) return reject(error);
      client.committedEarly = commit;
      resolve(result);
    };
    query.call(client, statement);
  });
}
