import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OutboxRepository } from './outbox.repository.js';
import type { OutboxBacklog, OutboxHandler } from './outbox.types.js';

const MAX_BACKOFF_SECONDS = 300;

/** Drains the outbox: each topic's handler gets batches in id order; failures back off and retry, nothing is dropped. */
@Injectable()
export class OutboxProcessor {
  private readonly logger = new Logger(OutboxProcessor.name);
  private readonly handlers = new Map<string, OutboxHandler>();

  constructor(
    private readonly repository: OutboxRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  register(topic: string, handler: OutboxHandler): void {
    if (this.handlers.has(topic)) throw new Error(`An outbox handler for ${topic} is already registered`);
    this.handlers.set(topic, handler);
  }

  /** One batch per topic; returns how many messages were handled. */
  async drainOnce(batchSize = 200): Promise<number> {
    let handled = 0;
    for (const topic of await this.repository.topicsWithPending()) {
      handled += await this.drainTopic(topic, batchSize);
    }
    return handled;
  }

  /** Drains until nothing is ready (messages backing off after a failure stay for later). */
  async drainAll(batchSize = 200): Promise<number> {
    let total = 0;
    for (let handled = await this.drainOnce(batchSize); handled > 0; handled = await this.drainOnce(batchSize))
      total += handled;
    return total;
  }

  backlog(): Promise<OutboxBacklog> {
    return this.repository.backlog();
  }

  private drainTopic(topic: string, batchSize: number): Promise<number> {
    const handler = this.handlers.get(topic);
    if (!handler) return Promise.resolve(0);
    return this.transactions.run(async (manager) => {
      const batch = await this.repository.lockBatch(manager, topic, batchSize);
      if (batch.length === 0) return 0;
      const ids = batch.map((message) => message.id);
      try {
        await handler(batch);
        await this.repository.markProcessed(manager, ids);
        return batch.length;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`outbox ${topic}: ${batch.length} messages failed and will be retried: ${reason}`);
        await this.repository.markFailed(manager, ids, reason, MAX_BACKOFF_SECONDS);
        return 0;
      }
    });
  }
}
