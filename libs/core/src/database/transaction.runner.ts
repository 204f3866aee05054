import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PoolClient } from './pool-client.js';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** Runs a unit of work in one transaction and hands repositories its manager; services never touch QueryRunners. */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    // READ COMMITTED is every connection's default (dataSourceOptions sets it): naming it would cost each transaction a
    // SET TRANSACTION statement, a round trip on the hottest writes.
    return isolation === 'READ COMMITTED'
      ? this.dataSource.transaction(work)
      : this.dataSource.transaction(isolation, work);
  }

  /**
   * Announces that the next statement `manager` sends is the last of its transaction (`run` commits when the work
   * returns): COMMIT then goes to PostgreSQL in the same round trip as that statement (see `PoolClient`). For a work
   * whose last step is one statement that writes; nothing may be sent with the manager after it (refused: it would run
   * outside the transaction). Does nothing outside a transaction or inside a nested one.
   */
  commitWithNext(manager: EntityManager): void {
    const runner = manager.queryRunner as unknown as
      { isTransactionActive: boolean; transactionDepth: number; databaseConnection?: unknown } | undefined;
    const client = runner?.databaseConnection;
    if (runner?.isTransactionActive && runner.transactionDepth === 1 && client instanceof PoolClient)
      client.commitWithNext = true;
  }

  /** The manager outside any transaction, for reads. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
