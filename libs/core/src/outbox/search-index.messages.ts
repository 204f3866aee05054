import type { EntityManager } from 'typeorm';
import type { SqlFragment } from '../database/sql-fragment.js';
import type { OutboxMessage } from './outbox.types.js';
import type { OutboxWriter } from './outbox.writer.js';

/**
 * The contract between the contexts that change what search shows (catalog, booking, reviews) and the search
 * indexer: "these offerings' documents may have changed". The indexer re-reads their current state, so the
 * messages are idempotent and carry no data that could go stale.
 */
export const SEARCH_INDEX_TOPIC = 'search.offering';

export type SearchIndexPayload = { offeringId: string } | { platformId: string } | { equipmentId: string };

export interface SearchIndexTarget {
  offeringIds?: readonly string[];
  platformId?: string;
  /** Slot changes: every offering that uses this equipment. */
  equipmentIds?: readonly string[];
}

export function searchIndexMessages(target: SearchIndexTarget): OutboxMessage[] {
  const messages: OutboxMessage[] = (target.offeringIds ?? []).map((offeringId) => ({
    topic: SEARCH_INDEX_TOPIC,
    key: `offering:${offeringId}`,
    payload: { offeringId },
  }));
  for (const equipmentId of target.equipmentIds ?? []) {
    messages.push({ topic: SEARCH_INDEX_TOPIC, key: `equipment:${equipmentId}`, payload: { equipmentId } });
  }
  if (target.platformId)
    messages.push({
      topic: SEARCH_INDEX_TOPIC,
      key: `platform:${target.platformId}`,
      payload: { platformId: target.platformId },
    });
  return messages;
}

export function enqueueSearchIndex(
  outbox: OutboxWriter,
  manager: EntityManager,
  target: SearchIndexTarget,
): Promise<void> {
  return outbox.enqueue(manager, ...searchIndexMessages(target));
}

/** The same messages as `enqueueSearchIndex`, for another statement of the transaction to write (`SqlFragment`). */
export function searchIndexFragment(outbox: OutboxWriter, target: SearchIndexTarget): SqlFragment {
  return outbox.inStatement(...searchIndexMessages(target));
}
