import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxBacklog, OutboxMessage, PendingOutboxMessage } from './outbox.types.js';
import { prepared } from '../database/prepared-statements.js';
import type { SqlFragment } from '../database/sql-fragment.js';

const INSERT = 'INSERT INTO outbox_message (topic, key, payload)';

/**
 * The outbox insert for another statement's WITH list: rows from `source`, a SELECT of (topic, key, payload) that may
 * read the statement's other CTEs (an e-mail per notified person). `name` must be unique in the statement.
 */
export function outboxInsertCte(name: string, source: string): string {
  return `${name} AS (${INSERT} ${source})`;
}

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, messages: OutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await manager.query(prepared(`${INSERT} ${fromArrays(1)}`), columns(messages));
  }

  /** These messages, inserted by the statement that carries the fragment (none is fine: it inserts nothing). */
  fragment(messages: readonly OutboxMessage[]): SqlFragment {
    return (first) => ({ ctes: [outboxInsertCte(`outbox_${first}`, fromArrays(first))], params: columns(messages) });
  }

  /**
   * Locks the next batch of a topic. A message waits while an earlier message of the same key is still
   * pending (backing off after a failure), so each document sees its changes in order.
   * Served by ix_outbox_pending and ix_outbox_pending_key.
   */
  async lockBatch(manager: EntityManager, topic: string, limit: number): Promise<PendingOutboxMessage[]> {
    const rows: Array<{
      id: string;
      topic: string;
      key: string;
      payload: Record<string, unknown>;
      attempts: number;
      created_at: Date;
    }> = await manager.query(
      `SELECT m.id, m.topic, m.key, m.payload, m.attempts, m.created_at
           FROM outbox_message m
          WHERE m.processed_at IS NULL AND m.topic = $1 AND m.available_at <= now()
            AND NOT EXISTS (SELECT 1 FROM outbox_message e
                             WHERE e.processed_at IS NULL AND e.topic = m.topic AND e.key = m.key
                               AND e.id < m.id AND e.available_at > now())
          ORDER BY m.id
          LIMIT $2
          FOR UPDATE SKIP LOCKED`,
      [topic, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      topic: row.topic,
      key: row.key,
      payload: row.payload,
      attempts: row.attempts,
      createdAt: row.created_at,
    }));
  }

  async markProcessed(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(
      'UPDATE outbox_message SET processed_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])',
      [ids],
    );
  }

  async markFailed(manager: EntityManager, ids: string[], error: string, maxBackoffSeconds: number): Promise<void> {
    // The delay grows with each message's own attempt count, capped, so a long outage is polled gently.
    await manager.query(
      `UPDATE outbox_message
          SET attempts = attempts + 1, last_error = $2,
              available_at = now() + make_interval(secs => LEAST($3::int, power(2, attempts)::int))
        WHERE id = ANY($1::bigint[])`,
      [ids, error.slice(0, 2000), maxBackoffSeconds],
    );
  }

  async topicsWithPending(): Promise<string[]> {
    const rows: Array<{ topic: string }> = await this.dataSource.query(
      'SELECT DISTINCT topic FROM outbox_message WHERE processed_at IS NULL AND available_at <= now()',
    );
    return rows.map((row) => row.topic);
  }

  async backlog(): Promise<OutboxBacklog> {
    const [row]: Array<{ pending: string; failing: string; oldest: number | null }> = await this.dataSource.query(
      `SELECT count(*) AS pending, count(*) FILTER (WHERE attempts > 0) AS failing,
              extract(epoch FROM now() - min(created_at))::float AS oldest
         FROM outbox_message WHERE processed_at IS NULL`,
    );
    return {
      pending: Number(row.pending),
      failing: Number(row.failing),
      oldestPendingSeconds: Math.max(0, Math.round(row.oldest ?? 0)),
    };
  }

  async deleteProcessedBefore(cutoff: Date): Promise<void> {
    await this.dataSource.query('DELETE FROM outbox_message WHERE processed_at IS NOT NULL AND processed_at < $1', [
      cutoff,
    ]);
  }
}

function fromArrays(first: number): string {
  return `SELECT * FROM unnest($${first}::varchar[], $${first + 1}::varchar[], $${first + 2}::jsonb[])`;
}

function columns(messages: readonly OutboxMessage[]): unknown[] {
  return [messages.map((m) => m.topic), messages.map((m) => m.key), messages.map((m) => JSON.stringify(m.payload))];
}
