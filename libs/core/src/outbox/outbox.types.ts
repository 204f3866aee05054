export interface OutboxMessage<P = Record<string, unknown>> {
  topic: string;
  key: string;
  payload: P;
}

export interface PendingOutboxMessage<P = Record<string, unknown>> extends OutboxMessage<P> {
  id: string;
  attempts: number;
  createdAt: Date;
}

/**
 * Handles a batch of one topic's messages, oldest first. Must be idempotent: a batch whose handler throws is
 * retried whole, with backoff.
 */
export type OutboxHandler = (messages: PendingOutboxMessage[]) => Promise<void>;

export interface OutboxBacklog {
  pending: number;
  failing: number;
  oldestPendingSeconds: number;
}
