import type { Logger as TypeOrmLogger } from 'typeorm';
import type { RoundTripCounter } from './pool-client.js';

export interface RecordedStatement {
  query: string;
  parameters: readonly unknown[];
}

/**
 * Counts the SQL statements the app sends. Tests read it to prove that nested GraphQL fields are batched
 * (a constant number of queries whatever the page size); it costs one increment per query otherwise.
 */
export class QueryCounter implements TypeOrmLogger, RoundTripCounter {
  private count = 0;
  private trips = 0;
  private readonly recorders = new Set<(statement: RecordedStatement) => void>();

  get queries(): number {
    return this.count;
  }

  /**
   * Round trips to PostgreSQL: fewer than statements when a transaction's BEGIN or COMMIT travels with a statement
   * (see PoolClient), which TypeORM still sends, and this counts, as statements.
   */
  get roundTrips(): number {
    return this.trips;
  }

  readonly roundTrip = (): void => {
    this.trips += 1;
  };

  /** Runs `work` and returns every statement the process sent meanwhile (tests: what a request reads). */
  async recording(work: () => Promise<unknown>): Promise<RecordedStatement[]> {
    const statements: RecordedStatement[] = [];
    const record = (statement: RecordedStatement) => statements.push(statement);
    this.recorders.add(record);
    try {
      await work();
    } finally {
      this.recorders.delete(record);
    }
    return statements;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.count += 1;
    for (const record of this.recorders) record({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
