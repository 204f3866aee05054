import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements the app sends. Tests read it to prove that nested GraphQL fields are batched
 * (a constant number of queries whatever the page size); it costs one increment per query otherwise.
 */
export class QueryCounter implements TypeOrmLogger {
  private count = 0;

  get queries(): number {
    return this.count;
  }

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
