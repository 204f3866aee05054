import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SqlFragment } from '../database/sql-fragment.js';
import { OutboxRepository } from './outbox.repository.js';
import type { OutboxMessage } from './outbox.types.js';

/** Records side effects in the caller's transaction: they happen after commit, or not at all if it rolls back. */
@Injectable()
export class OutboxWriter {
  constructor(private readonly repository: OutboxRepository) {}

  enqueue(manager: EntityManager, ...messages: OutboxMessage[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.enqueue needs the manager of an open transaction');
    }
    return this.repository.insert(manager, messages);
  }

  /**
   * The same messages written by another statement of the caller's transaction (one round trip less): pass the
   * fragment to a repository method that takes `SqlFragment`s. Only in a transaction, like `enqueue`.
   */
  inStatement(...messages: OutboxMessage[]): SqlFragment {
    return this.repository.fragment(messages);
  }
}
