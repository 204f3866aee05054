import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '#core';

const GATE = 'search:index';
const REINDEX = 'search:reindex';

/**
 * Keeps incremental indexing and a full re-index apart, across processes, with one PostgreSQL advisory lock:
 * indexing batches hold it shared (they run side by side), a re-index holds it exclusive. A batch arriving during a
 * re-index waits, then writes to the rebuilt index, so no change made while the rebuild read the catalog is lost
 * when it is swapped in. Transaction-scoped: released even if the process dies.
 */
@Injectable()
export class IndexGateRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  shared<T>(work: () => Promise<T>): Promise<T> {
    return this.transactions.run(async (manager) => {
      // The transaction idles while the engine works (a slow Meilisearch task may take minutes): the pool's
      // guard against forgotten transactions (idle_in_transaction_session_timeout) must not end it.
      await manager.query(
        `SELECT set_config('idle_in_transaction_session_timeout', '0', true), pg_advisory_xact_lock_shared(hashtext($1))`,
        [GATE],
      );
      return work();
    });
  }

  /**
   * Runs `work` alone: returns `busy` at once when another re-index runs, otherwise waits for the indexing batches
   * in flight (short) and keeps new ones waiting until `work` is done.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T | 'busy'> {
    return this.transactions.run(async (manager) => {
      const [{ locked }]: Array<{ locked: boolean }> = await manager.query(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [REINDEX],
      );
      if (!locked) return 'busy';
      // Idle while the rebuild works on other connections, for a minute or more: see shared().
      await manager.query(
        `SELECT set_config('idle_in_transaction_session_timeout', '0', true), pg_advisory_xact_lock(hashtext($1))`,
        [GATE],
      );
      return work();
    });
  }
}
