import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { OutboxProcessor, SEARCH_INDEX_TOPIC, type PendingOutboxMessage } from '#core';
import { BookingService } from '#booking';
import { CatalogService, type OfferingSearchSource } from '#catalog';
import { OFFERING_SEARCH_ENGINE, type OfferingSearchEngine } from '../engine/offering-search-engine.js';
import type { OfferingSearchDocument } from '../search-document.js';
import { SearchError, SearchErrorCode } from '../search.errors.js';
import { IndexGateRepository } from './index-gate.repository.js';
import { planIndexChanges, type IndexChanges } from './search-document.builder.js';

/** Offerings re-read per step of a full re-index. */
const REINDEX_PAGE = 1000;

export interface IndexTargets {
  offeringIds: string[];
  platformIds: string[];
  equipmentIds: string[];
}

/** The ids a batch of `search.offering` messages names, each once; malformed payloads are reported apart. */
export function indexTargetsOf(messages: readonly PendingOutboxMessage[]): {
  targets: IndexTargets;
  malformed: PendingOutboxMessage[];
} {
  const offeringIds = new Set<string>();
  const platformIds = new Set<string>();
  const equipmentIds = new Set<string>();
  const malformed: PendingOutboxMessage[] = [];
  for (const message of messages) {
    const { offeringId, platformId, equipmentId } = message.payload;
    if (typeof offeringId === 'string') offeringIds.add(offeringId);
    else if (typeof platformId === 'string') platformIds.add(platformId);
    else if (typeof equipmentId === 'string') equipmentIds.add(equipmentId);
    else malformed.push(message);
  }
  return {
    targets: { offeringIds: [...offeringIds], platformIds: [...platformIds], equipmentIds: [...equipmentIds] },
    malformed,
  };
}

/**
 * Keeps the search index in step with the catalog and the booking calendar. Registered with the core outbox for
 * SEARCH_INDEX_TOPIC: each batch re-reads the current state of the offerings its messages name (so a message
 * delivered twice, or late, does no harm), writes the searchable ones and removes the others. An engine that fails
 * throws, and the outbox retries the batch with backoff: nothing is lost while the engine is down.
 */
@Injectable()
export class SearchIndexer implements OnModuleInit {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    private readonly outbox: OutboxProcessor,
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly gate: IndexGateRepository,
    @Inject(OFFERING_SEARCH_ENGINE) private readonly engine: OfferingSearchEngine,
  ) {}

  onModuleInit(): void {
    this.outbox.register(SEARCH_INDEX_TOPIC, (messages) => this.handle(messages));
  }

  async handle(messages: PendingOutboxMessage[]): Promise<void> {
    const { targets, malformed } = indexTargetsOf(messages);
    // Retrying cannot fix a payload; dropping it is safe since the next change of that offering indexes it anew.
    for (const message of malformed)
      this.logger.error(
        `ignoring outbox message ${message.id} with an unknown payload: ${JSON.stringify(message.payload)}`,
      );
    if (targets.offeringIds.length + targets.platformIds.length + targets.equipmentIds.length === 0) return;
    await this.gate.shared(async () => {
      const changes = await this.changesFor(targets);
      if (changes.upserts.length > 0) await this.engine.upsert(changes.upserts);
      if (changes.removals.length > 0) await this.engine.remove(changes.removals);
    });
  }

  /** What indexing these targets means now: current sources, their equipment's open slots, the documents. */
  async changesFor(targets: IndexTargets): Promise<IndexChanges> {
    const sources = await this.catalog.searchSources(targets);
    return planIndexChanges(targets.offeringIds, sources, await this.slotsOf(sources), new Date());
  }

  /**
   * Rebuilds the whole index from the database (`npm run reindex`) without taking search down. Indexing batches
   * wait meanwhile (the gate) and then apply to the rebuilt index.
   */
  async reindexAll(): Promise<{ documents: number; seconds: number; documentsPerSecond: number }> {
    const started = Date.now();
    const result = await this.gate.exclusive(() => this.engine.reindex({ documents: () => this.allDocuments() }));
    if (result === 'busy') throw new SearchError(SearchErrorCode.REINDEX_IN_PROGRESS, 'A re-index is already running');
    const seconds = (Date.now() - started) / 1000;
    const documentsPerSecond = Math.round(result.documents / Math.max(seconds, 0.001));
    this.logger.log(
      `re-indexed ${result.documents} offerings into ${this.engine.name} in ${seconds.toFixed(1)} s (${documentsPerSecond} documents/s)`,
    );
    return { documents: result.documents, seconds, documentsPerSecond };
  }

  private async *allDocuments(): AsyncGenerator<OfferingSearchDocument[]> {
    for (let after: string | null = null; ;) {
      const ids = await this.catalog.offeringIdsAfter(after, REINDEX_PAGE);
      if (ids.length === 0) return;
      after = ids[ids.length - 1];
      const sources = await this.catalog.searchSources({ offeringIds: ids });
      const { upserts } = planIndexChanges([], sources, await this.slotsOf(sources), new Date());
      if (upserts.length > 0) yield upserts;
    }
  }

  private slotsOf(sources: readonly OfferingSearchSource[]) {
    const equipmentIds = [...new Set(sources.filter((s) => s.searchable).flatMap((s) => s.equipmentIds))];
    return this.booking.openSlotsOf(equipmentIds);
  }
}
