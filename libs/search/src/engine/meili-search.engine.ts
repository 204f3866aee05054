import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Meilisearch, type EnqueuedTaskPromise, type Hit, type Index, type Task } from 'meilisearch';
import { APP_CONFIG, type AppConfig } from '#core';
import { haversineKm } from '../geo.js';
import { buildSearchParams, HIGHLIGHT_PRE_TAG } from '../meili/meili-query.js';
import {
  buildIndexSettings,
  MEILI_FACET_ATTRIBUTES,
  toMeiliDocument,
  type MeiliOfferingDocument,
} from '../meili/meili-settings.js';
import { FACET_FIELDS, type OfferingSearchDocument, type SearchQuery } from '../search-document.js';
import { normalizeSuggestion, startsAWord, suggestionEntries } from '../text/suggestions.js';
import {
  MAX_HIT_POSITION,
  sortFacetValues,
  type EngineHealth,
  type OfferingSearchEngine,
  type ReindexSource,
  type SearchHighlight,
  type SearchResult,
  type Suggestion,
} from './offering-search-engine.js';

const HIGHLIGHTED_FIELDS = ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn'] as const;
const SUGGESTION_ATTRIBUTES = ['titleZh', 'titleEn', 'keywords', 'platformNameZh', 'platformNameEn'];
// Hits scanned for completions: enough to find `limit` distinct ones among similar offerings.
const SUGGESTION_HITS = 100;
// Long enough for a large document batch or a settings change on a busy server; the outbox retries after it.
const TASK_TIMEOUT_MS = 120_000;
const REINDEX_BATCH = 1000;

/** Thrown when Meilisearch reports a task as failed or canceled: the outbox retries the batch. */
export class MeiliTaskError extends Error {}

/**
 * Search in a Meilisearch server through the official client (MEILI_URL): one document per searchable offering
 * (`toMeiliDocument`), the settings of meili-settings.ts applied at start, every write awaited to its task's end
 * so that a failure reaches the outbox, and re-indexing into a fresh index swapped in by Meilisearch atomically.
 */
@Injectable()
export class MeiliSearchEngine implements OfferingSearchEngine, OnApplicationBootstrap {
  readonly name = 'meilisearch' as const;
  private readonly logger = new Logger(MeiliSearchEngine.name);
  private clientInstance: Meilisearch | undefined;
  private ready: Promise<void> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Created on first use: the provider exists in every process, the client only where MEILI_URL is set.
  private get client(): Meilisearch {
    this.clientInstance ??= new Meilisearch({
      host: this.config.search.meiliUrl ?? '',
      apiKey: this.config.search.meiliMasterKey,
    });
    return this.clientInstance;
  }

  private get uid(): string {
    return this.config.search.meiliIndex;
  }

  private index(uid = this.uid): Index<MeiliOfferingDocument> {
    return this.client.index<MeiliOfferingDocument>(uid);
  }

  /** Settings are applied at start; a server that is down then is retried before the first write. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.search.meiliUrl) return;
    await this.ensureReady().catch((error: unknown) =>
      this.logger.warn(`Meilisearch not ready at start, will retry: ${describe(error)}`),
    );
  }

  private ensureReady(): Promise<void> {
    this.ready ??= this.prepareIndex(this.uid).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /** Creates the index if missing (primary key `id`) and applies the settings kept in code. */
  private async prepareIndex(uid: string): Promise<void> {
    const created = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists') throw taskError(created);
    await settle(this.index(uid).updateSettings(buildIndexSettings()));
  }

  async upsert(documents: readonly OfferingSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.ensureReady();
    await settle(this.index().addDocuments(documents.map(toMeiliDocument), { primaryKey: 'id' }));
  }

  async remove(offeringIds: readonly string[]): Promise<void> {
    if (offeringIds.length === 0) return;
    await this.ensureReady();
    await settle(this.index().deleteDocuments([...offeringIds]));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const limit = Math.max(0, Math.min(query.limit, MAX_HIT_POSITION - query.offset));
    const response = await this.index().search<MeiliOfferingDocument>(query.query?.trim() ? query.query : null, {
      ...buildSearchParams(query),
      limit,
    });
    const distribution = response.facetDistribution ?? {};
    const facets = FACET_FIELDS.map((field) => ({
      field,
      values: sortFacetValues(
        Object.entries(distribution[MEILI_FACET_ATTRIBUTES[field]] ?? {}).map(([value, count]) => ({ value, count })),
      ),
    }));
    // Every document has exactly one serviceType, and facet counts cover all matches (estimatedTotalHits is an
    // estimate under offset/limit paging): their sum is the exact total.
    const total = Object.values(distribution[MEILI_FACET_ATTRIBUTES.serviceType] ?? {}).reduce(
      (sum, count) => sum + count,
      0,
    );
    return {
      total,
      facets,
      hits: response.hits.map((hit) => ({
        id: hit.id,
        score: Math.round((hit._rankingScore ?? 1) * 10_000) / 10_000,
        distanceKm: query.near && hit._geo ? Math.round(haversineKm(query.near, hit._geo) * 1000) / 1000 : null,
        highlights: highlightsOf(hit),
      })),
    };
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const typed = normalizeSuggestion(prefix);
    if (!typed || limit <= 0) return [];
    const response = await this.index().search<MeiliOfferingDocument>(prefix, {
      limit: SUGGESTION_HITS,
      attributesToRetrieve: [...SUGGESTION_ATTRIBUTES],
      matchingStrategy: 'all',
    });
    // The same completions the PostgreSQL engine stores, counted over the hits: the most used first.
    const counts = new Map<string, { suggestion: Suggestion; count: number; startsWith: boolean }>();
    for (const hit of response.hits) {
      for (const entry of suggestionEntries(hit)) {
        if (!startsAWord(entry.norm, typed)) continue;
        const found = counts.get(entry.norm);
        if (found) found.count += 1;
        else
          counts.set(entry.norm, {
            suggestion: { text: entry.text, source: entry.source },
            count: 1,
            startsWith: entry.norm.startsWith(typed),
          });
      }
    }
    return [...counts.values()]
      .sort(
        (a, b) =>
          Number(b.startsWith) - Number(a.startsWith) ||
          b.count - a.count ||
          a.suggestion.text.length - b.suggestion.text.length,
      )
      .slice(0, limit)
      .map((c) => c.suggestion);
  }

  /**
   * Builds `${index}_tmp_<ts>` with the same settings, loads every document, swaps it with the live index (one
   * atomic Meilisearch task: searches never see a half-built index) and deletes the old one, now under the tmp name.
   */
  async reindex(source: ReindexSource): Promise<{ documents: number }> {
    const tmp = `${this.uid}_tmp_${Date.now()}`;
    await this.ensureReady();
    await this.prepareIndex(tmp);
    let documents = 0;
    try {
      for await (const batch of source.documents()) {
        for (let i = 0; i < batch.length; i += REINDEX_BATCH) {
          const chunk = batch.slice(i, i + REINDEX_BATCH);
          await settle(this.index(tmp).addDocuments(chunk.map(toMeiliDocument), { primaryKey: 'id' }));
          documents += chunk.length;
        }
      }
      await settle(this.client.swapIndexes([{ indexes: [this.uid, tmp], rename: false }]));
    } catch (error) {
      await this.client.deleteIndexIfExists(tmp).catch(() => false);
      throw error;
    }
    await settle(this.client.deleteIndex(tmp));
    return { documents };
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.client.health();
      return { up: status === 'available', detail: status };
    } catch (error) {
      return { up: false, detail: describe(error) };
    }
  }
}

/** Waits for a task to finish and throws unless it succeeded. */
async function settle(task: EnqueuedTaskPromise): Promise<Task> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (done.status !== 'succeeded') throw taskError(done);
  return done;
}

function taskError(task: Task): MeiliTaskError {
  return new MeiliTaskError(
    `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`,
  );
}

function highlightsOf(hit: Hit<MeiliOfferingDocument>): SearchHighlight[] {
  const formatted = hit._formatted ?? {};
  const highlights: SearchHighlight[] = [];
  for (const field of HIGHLIGHTED_FIELDS) {
    const snippet = formatted[field];
    if (typeof snippet === 'string' && snippet.includes(HIGHLIGHT_PRE_TAG)) highlights.push({ field, snippet });
  }
  return highlights;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
