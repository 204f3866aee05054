import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type Hit,
  type Index,
  type SearchResponse,
  type Task,
} from 'meilisearch';
import { APP_CONFIG, type AppConfig } from '#core';
import { haversineKm } from '../geo.js';
import { bookableDays } from '../bookable-days.js';
import {
  buildSearchParams,
  buildSuggestionSearch,
  HIGHLIGHT_PRE_TAG,
  HIGHLIGHTED_ATTRIBUTES,
} from '../meili/meili-query.js';
import { matchedUnitsOf } from '../meili/meili-matches.js';
import {
  buildIndexSettings,
  MEILI_FACET_ATTRIBUTES,
  SEARCHABLE_ATTRIBUTES,
  toMeiliDocument,
  type MeiliOfferingDocument,
} from '../meili/meili-settings.js';
import { requestedFacets, type OfferingSearchDocument, type SearchQuery } from '../search-document.js';
import { SearchError, SearchErrorCode } from '../search.errors.js';
import { parseQuery } from '../postgres/pg-query-plan.js';
import { withoutMeiliBreaks } from '../text/chinese-segmenter.js';
import { typedQuery, unmatchedWords } from './unmatched-words.js';
import { normalizeSuggestion, startsAWord, suggestionEntries, type SuggestionFields } from '../text/suggestions.js';
import {
  emptyResult,
  hasSearchableText,
  MAX_HIT_POSITION,
  sortFacetValues,
  type EngineHealth,
  type OfferingSearchEngine,
  type ReindexSource,
  type SearchHighlight,
  type SearchProgress,
  type SearchResult,
  type Suggestion,
} from './offering-search-engine.js';

// Hits scanned for completions: enough to find `limit` distinct ones among similar offerings.
const SUGGESTION_HITS = 100;
// Long enough for a large document batch or a settings change on a busy server (the re-index, the preparation).
const TASK_TIMEOUT_MS = 120_000;
/**
 * How long a document write waits for its task. The outbox's transaction, holding the batch's messages, idles
 * meanwhile, and PostgreSQL ends a transaction idle for 60 s (idle_in_transaction_session_timeout): the batch would then
 * be neither marked done nor failed, and taken again at once, enqueueing the same write again each minute while a
 * settings change re-indexes every document (its tasks wait behind it). Giving up first lets the outbox record the
 * failure and back off; Meilisearch still runs the task.
 */
export const WRITE_TASK_TIMEOUT_MS = 30_000;
// How often a waited-for task is polled: Meilisearch's tasks take hundreds of milliseconds to minutes.
const TASK_POLL_MS = 500;
// Documents per write request, in a re-index and in an outbox batch (a platform's change names all its offerings):
// far below Meilisearch's payload limit (100 MB by default), which would refuse a batch the same way on every retry.
const DOCUMENT_BATCH = 1000;

type MeiliSearchResponse = SearchResponse<MeiliOfferingDocument>;

/**
 * Search in a Meilisearch server through the official client (MEILI_URL): one document per searchable offering
 * (`toMeiliDocument`), the settings of meili-settings.ts applied at start (and before the first search or write if
 * the server was not ready then), every write awaited to its task's end (WRITE_TASK_TIMEOUT_MS at most) so that a
 * failure reaches the outbox, and
 * re-indexing into a fresh index swapped in by Meilisearch atomically. Every request fails after MEILI_TIMEOUT_MS: a
 * search then answers SERVICE_UNAVAILABLE, /health reports the engine down. The HTTP calls are the only lines here the
 * unit specs do not run (the contract suite runs them against a server when MEILI_URL is set); what they return is
 * turned into the port's shapes by the pure functions below this class.
 */
@Injectable()
export class MeiliSearchEngine implements OfferingSearchEngine, OnApplicationBootstrap {
  readonly name = 'meilisearch' as const;
  private readonly logger = new Logger(MeiliSearchEngine.name);
  private clientInstance: Meilisearch | undefined;
  private ready: Promise<void> | undefined;
  // The live index's settings task, while Meilisearch was still running it when readiness stopped waiting.
  private pendingSettings: number | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Created on first use: the provider exists in every process, the client only where MEILI_URL is set.
  private get client(): Meilisearch {
    this.clientInstance ??= new Meilisearch({
      host: this.config.search.meiliUrl ?? '',
      apiKey: this.config.search.meiliApiKey,
      timeout: this.config.search.meiliTimeoutMs,
      defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_MS },
    });
    return this.clientInstance;
  }

  private get uid(): string {
    return this.config.search.meiliIndex;
  }

  private index(uid = this.uid): Index<MeiliOfferingDocument> {
    return this.client.index<MeiliOfferingDocument>(uid);
  }

  /** Settings are applied at start; a server that is down then is retried before the first search or write. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.search.meiliUrl) return;
    if (this.config.search.meiliApiKey && this.config.search.meiliApiKey === this.config.search.meiliMasterKey)
      this.logger.warn('Meilisearch is used with its master key: create an API key for the app (see README)');
    await this.ensureReady().catch((error: unknown) =>
      this.logger.warn(`Meilisearch not ready at start, will retry: ${describe(error)}`),
    );
  }

  private ensureReady(): Promise<void> {
    // A search or an outbox write waits for this: a creation queued behind other tasks (Meilisearch runs one batch at a
    // time, whatever the index) is waited for no longer than a request, and retried by the next call.
    this.ready ??= this.prepareIndex(this.uid, this.config.search.meiliTimeoutMs).then(
      ({ pendingSettings }) => {
        this.pendingSettings = pendingSettings;
      },
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    );
    return this.ready;
  }

  /**
   * Creates the index if missing (primary key `id`) and applies the settings kept in code (`prepareSteps`), waiting for
   * them at most MEILI_TIMEOUT_MS: a change of the analysis re-indexes every document, which may take minutes, and
   * neither a search nor the start should wait for it (Meilisearch answers with the previous settings meanwhile). The
   * settings task still running is returned, to be checked once a later task of the index has run.
   */
  private async prepareIndex(uid: string, createWaitMs?: number): Promise<{ pendingSettings: number | null }> {
    const prepared = await runSteps(prepareSteps(this.config.search.meiliTimeoutMs, createWaitMs), (step) =>
      this.perform(step, uid),
    );
    for (const warning of prepared.warnings) this.logger.warn(warning);
    return prepared;
  }

  /**
   * Writes the documents (whole: a document written twice is the same document) in requests of DOCUMENT_BATCH,
   * enqueued one after the other, and waits for their tasks (`settleAll`). Any failure throws a SearchError, and the
   * outbox retries the batch with backoff.
   */
  async upsert(documents: readonly OfferingSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.write(inBatches(documents.map(toMeiliDocument), DOCUMENT_BATCH), (batch) =>
      this.index().addDocuments(batch, { primaryKey: 'id' }),
    );
  }

  async remove(offeringIds: readonly string[]): Promise<void> {
    if (offeringIds.length === 0) return;
    await this.write(inBatches(offeringIds, DOCUMENT_BATCH), (batch) => this.index().deleteDocuments(batch));
  }

  private async write<T>(batches: T[][], request: (batch: T[]) => EnqueuedTaskPromise): Promise<void> {
    try {
      await this.ensureReady();
      const writes: EnqueuedTaskPromise[] = [];
      for (const batch of batches) {
        const write = request(batch);
        await write;
        writes.push(write);
      }
      await settleAll(writes);
      await this.checkPendingSettings();
    } catch (error) {
      throw unavailable(error);
    }
  }

  /**
   * After a document task of the live index ran, the settings task enqueued before it has run too (Meilisearch runs an
   * index's tasks in order): a failed one fails this write (the outbox retries it, and the settings are applied
   * again first), so a settings failure surfaces however long it took.
   */
  private async checkPendingSettings(): Promise<void> {
    if (this.pendingSettings === null) return;
    const verdict = settingsVerdict(await this.client.tasks.getTask(this.pendingSettings));
    if (verdict === 'pending') return;
    this.pendingSettings = null;
    if (verdict instanceof SearchError) {
      this.ready = undefined;
      throw verdict;
    }
  }

  async search(query: SearchQuery, progress?: SearchProgress): Promise<SearchResult> {
    if (!hasSearchableText(query.query)) return emptyResult(query);
    // The window's bookable days, as of today: none (a window in the past or beyond the booking horizon) finds nothing.
    const days = bookableDays(query, new Date());
    if (days === null) return emptyResult(query);
    const limit = Math.max(0, Math.min(query.limit, MAX_HIT_POSITION - query.offset));
    let result: SearchResult;
    try {
      await this.ensureReady();
      const response = await this.index().search<MeiliOfferingDocument>(query.query?.trim() ? query.query : null, {
        ...buildSearchParams(query, days),
        limit,
      });
      result = toSearchResult(response, query);
    } catch (error) {
      throw unavailable(error);
    }
    // One response holds the page and the counts: the hits are known when everything is.
    progress?.onHits?.(result.hits.map((hit) => hit.id));
    return result;
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const typed = normalizeSuggestion(prefix);
    if (!typed || limit <= 0) return [];
    try {
      await this.ensureReady();
      const { q, ...params } = buildSuggestionSearch(prefix, SUGGESTION_HITS);
      const { hits } = await this.index().search<MeiliOfferingDocument>(q, params);
      return suggestionsFrom(hits, typed, limit);
    } catch (error) {
      throw unavailable(error);
    }
  }

  /**
   * Builds `${index}_tmp_<ts>` with the same settings, enqueues every document batch, waits for them all once, swaps
   * it with the live index (one atomic Meilisearch task: searches never see a half-built index) and deletes the old
   * one, now under the tmp name. The steps are `reindexSteps`; this runs their requests.
   */
  async reindex(source: ReindexSource): Promise<{ documents: number }> {
    const tmp = `${this.uid}_tmp_${Date.now()}`;
    const started = performance.now();
    await this.ensureReady();
    let outcome: { documents: number; warnings: string[] };
    try {
      const { pendingSettings } = await this.prepareIndex(tmp);
      outcome = await runSteps(reindexSteps(source.documents(), pendingSettings), (step) => this.perform(step, tmp));
    } catch (error) {
      // Before the swap the live index is untouched: drop the half-built one.
      await this.client.deleteIndexIfExists(tmp).catch(() => false);
      throw error;
    }
    const { documents, warnings } = outcome;
    for (const warning of warnings) this.logger.warn(`re-index: ${warning}`);
    const seconds = (performance.now() - started) / 1000;
    this.logger.log(
      `re-indexed ${documents} documents in ${seconds.toFixed(1)} s (${Math.round(documents / Math.max(seconds, 0.001))} documents/s)`,
    );
    return { documents };
  }

  /** Runs a step on `target`: the index being prepared, or the re-index's new one (swapped with the live one). */
  private async perform(request: MeiliStep, target: string): Promise<StepResponse> {
    switch (request.kind) {
      case 'exists':
        return this.index(target)
          .getRawInfo()
          .then(
            () => true,
            (error: unknown) => {
              if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
              throw error;
            },
          );
      case 'create':
        return this.client.createIndex(target, { primaryKey: 'id' });
      case 'settings':
        return this.index(target).updateSettings(buildIndexSettings());
      case 'task':
        return this.client.tasks.getTask(request.uid);
      case 'add':
        return this.index(target).addDocuments(request.documents, { primaryKey: 'id' });
      case 'waitAll':
        return this.client.tasks.waitForTasks(request.tasks);
      case 'swap':
        return this.client.swapIndexes([{ indexes: [this.uid, target], rename: false }]);
      case 'deleteOld':
        return this.client.deleteIndex(target);
      case 'wait':
        return this.client.tasks
          .waitForTask(request.task, request.timeoutMs ? { timeout: request.timeoutMs } : undefined)
          .catch((error: unknown) => {
            if (error instanceof MeilisearchTaskTimeOutError) return error;
            throw error;
          });
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.client.health();
      return { up: status === 'available', detail: status };
    } catch (error) {
      return { up: false, detail: describe(unavailable(error)) };
    }
  }
}

/**
 * Waits for a document write's task (at most WRITE_TASK_TIMEOUT_MS) and throws unless it succeeded: ENGINE_TASK_FAILED
 * when it failed, ENGINE_UNAVAILABLE when it is still queued.
 */
export async function settle(task: EnqueuedTaskPromise, timeoutMs = WRITE_TASK_TIMEOUT_MS): Promise<Task> {
  try {
    return succeeded(await task.waitTask({ timeout: timeoutMs }));
  } catch (error) {
    throw unavailable(error);
  }
}

/**
 * Waits for the tasks of one write, in the order they were enqueued (the order Meilisearch runs them), all within
 * WRITE_TASK_TIMEOUT_MS: each gets what the ones before it left.
 */
export async function settleAll(writes: readonly EnqueuedTaskPromise[], now: () => number = Date.now): Promise<Task[]> {
  const deadline = now() + WRITE_TASK_TIMEOUT_MS;
  const tasks: Task[] = [];
  for (const write of writes) tasks.push(await settle(write, Math.max(1, deadline - now())));
  return tasks;
}

/** The items in lists of at most `size`. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** The task, when it succeeded; a SearchError ENGINE_TASK_FAILED naming it otherwise. */
export function succeeded(task: Task): Task {
  if (task.status !== 'succeeded') throw taskError(task);
  return task;
}

/** Index creation succeeded, or failed only because the index exists already. */
export function indexCreated(task: Task): void {
  if (task.status === 'failed' && task.error?.code === 'index_already_exists') return;
  succeeded(task);
}

function taskError(task: Task): SearchError {
  return new SearchError(
    SearchErrorCode.ENGINE_TASK_FAILED,
    `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`,
    {
      engine: 'meilisearch',
      taskUid: task.uid,
      taskType: task.type,
      taskStatus: task.status,
      ...(task.error ? { taskError: task.error.code } : {}),
    },
  );
}

/** Runs a sequence of requests: each yielded request is performed and its answer passed back, until it returns. */
export async function runSteps<Step, Answer, Outcome>(
  steps: AsyncGenerator<Step, Outcome, Answer>,
  perform: (step: Step) => Promise<Answer>,
): Promise<Outcome> {
  let next = await steps.next();
  while (!next.done) next = await steps.next(await perform(next.value));
  return next.value;
}

/** A request of the index's preparation or of the re-index, and what Meilisearch answers to it. */
export type MeiliStep =
  | { kind: 'exists' }
  | { kind: 'create' }
  | { kind: 'settings' }
  | { kind: 'task'; uid: number }
  | { kind: 'add'; documents: MeiliOfferingDocument[] }
  | { kind: 'waitAll'; tasks: EnqueuedTask[] }
  | { kind: 'swap' }
  | { kind: 'deleteOld' }
  | { kind: 'wait'; task: EnqueuedTask | number; timeoutMs?: number };
export type StepResponse = EnqueuedTask | Task | Task[] | MeilisearchTaskTimeOutError | boolean;

/**
 * The index's preparation as a sequence of requests (see `reindexSteps`): ask whether the index exists (answered at
 * once, where a creation task waits behind every task queued before it, a re-index's batches included), create it if
 * not (one created meanwhile is fine) and wait for it (at most `createWaitMs` when given, the client's default wait
 * otherwise; a creation still queued then throws); send the settings and wait for them at most `settingsWaitMs`. A
 * failed task throws; settings still running then are no failure: their task is returned, with a warning, for the
 * caller to check later (`settingsVerdict`).
 */
export async function* prepareSteps(
  settingsWaitMs: number,
  createWaitMs?: number,
): AsyncGenerator<MeiliStep, { pendingSettings: number | null; warnings: string[] }, StepResponse> {
  if (!((yield { kind: 'exists' }) as boolean)) {
    const create = (yield { kind: 'create' }) as EnqueuedTask;
    const created = (yield { kind: 'wait', task: create, ...(createWaitMs ? { timeoutMs: createWaitMs } : {}) }) as
      Task | MeilisearchTaskTimeOutError;
    if (created instanceof MeilisearchTaskTimeOutError) throw created;
    indexCreated(created);
  }
  const settings = (yield { kind: 'settings' }) as EnqueuedTask;
  const applied = (yield { kind: 'wait', task: settings, timeoutMs: settingsWaitMs }) as
    Task | MeilisearchTaskTimeOutError;
  if (!(applied instanceof MeilisearchTaskTimeOutError)) {
    succeeded(applied);
    return { pendingSettings: null, warnings: [] };
  }
  return {
    pendingSettings: settings.taskUid,
    warnings: [
      `settings task ${settings.taskUid} still running after ${settingsWaitMs} ms (re-indexing with new settings): searches use the previous ones until it ends`,
    ],
  };
}

/** A settings task checked later: applied, still pending, or the error naming its failure. */
export function settingsVerdict(task: Task): 'applied' | 'pending' | SearchError {
  if (task.status === 'enqueued' || task.status === 'processing') return 'pending';
  return task.status === 'succeeded' ? 'applied' : taskError(task);
}

/**
 * The re-index as a sequence of requests (yielded) and their answers (passed back to `next`), so that it can be
 * followed without a server: enqueue every batch of documents (DOCUMENT_BATCH each) without waiting, wait for all of
 * them once, enqueue the swap and wait for it, enqueue the deletion of the old index and wait for it. Throws when a
 * document task failed (the swap is not asked for) or the swap failed. Once the swap was enqueued the new index goes
 * live when Meilisearch runs it: a timeout waiting for the swap or the deletion is only a warning.
 */
export async function* reindexSteps(
  batches: AsyncIterable<OfferingSearchDocument[]>,
  pendingSettings: number | null = null,
): AsyncGenerator<MeiliStep, { documents: number; warnings: string[] }, StepResponse> {
  const enqueued: EnqueuedTask[] = [];
  let documents = 0;
  for await (const batch of batches) {
    for (const chunk of inBatches(batch, DOCUMENT_BATCH)) {
      enqueued.push((yield { kind: 'add', documents: chunk.map(toMeiliDocument) }) as EnqueuedTask);
      documents += chunk.length;
    }
  }
  if (enqueued.length > 0) for (const task of (yield { kind: 'waitAll', tasks: enqueued }) as Task[]) succeeded(task);
  // The new index's settings, if preparing it stopped waiting for them: they ran before its documents; never swap in an
  // index whose settings failed (or, with no documents, are still running).
  if (pendingSettings !== null) {
    const settings = (yield { kind: 'task', uid: pendingSettings }) as Task;
    const verdict = settingsVerdict(settings);
    if (verdict === 'pending') {
      const waited = (yield { kind: 'wait', task: pendingSettings }) as Task | MeilisearchTaskTimeOutError;
      if (waited instanceof MeilisearchTaskTimeOutError) throw waited;
      succeeded(waited);
    } else if (verdict instanceof SearchError) throw verdict;
  }
  const warnings: string[] = [];
  const swap = (yield { kind: 'swap' }) as EnqueuedTask;
  const swapped = (yield { kind: 'wait', task: swap }) as Task | MeilisearchTaskTimeOutError;
  if (swapped instanceof MeilisearchTaskTimeOutError)
    warnings.push(`swap task ${swap.taskUid} still running after ${swapped.cause.timeout} ms; it goes live when done`);
  else succeeded(swapped);
  const deletion = (yield { kind: 'deleteOld' }) as EnqueuedTask;
  const deleted = (yield { kind: 'wait', task: deletion }) as Task | MeilisearchTaskTimeOutError;
  if (deleted instanceof MeilisearchTaskTimeOutError)
    warnings.push(`deleting the old index (task ${deletion.taskUid}) still running after ${deleted.cause.timeout} ms`);
  else if (deleted.status !== 'succeeded')
    warnings.push(
      `the old index was not deleted (task ${deleted.uid} ${deleted.status}): delete ${swap.indexUid ?? 'it'}`,
    );
  return { documents, warnings };
}

/** A Meilisearch search response as the port's result. */
export function toSearchResult(response: MeiliSearchResponse, query: SearchQuery): SearchResult {
  const units = parseQuery(query.query);
  const distribution = response.facetDistribution ?? {};
  const facets = requestedFacets(query).map((field) => ({
    field,
    values: sortFacetValues(
      Object.entries(distribution[MEILI_FACET_ATTRIBUTES[field]] ?? {}).map(([value, count]) => ({ value, count })),
    ),
  }));
  return {
    total: query.total === false ? null : totalOf(response),
    facets,
    hits: response.hits.map((hit) => ({
      id: hit.id,
      score: Math.round((hit._rankingScore ?? 1) * 10_000) / 10_000,
      distanceKm: query.near && hit._geo ? Math.round(haversineKm(query.near, hit._geo) * 1000) / 1000 : null,
      highlights: highlightsOf(hit),
    })),
    unmatchedWords: unmatchedWords(
      typedQuery(query.query, units),
      matchedUnitsOf(units, response.hits, SEARCHABLE_ATTRIBUTES),
    ),
  };
}

/**
 * Every match, not just this page. `estimatedTotalHits` is exact up to `pagination.maxTotalHits` (10 000 here) when
 * no distinct attribute is set, as here, but stops there; the serviceType facet counts every match, and since a
 * document has exactly one serviceType their sum is the total beyond that too. Without facets in the response, the
 * estimate.
 */
export function totalOf(response: MeiliSearchResponse): number {
  const serviceTypes = response.facetDistribution?.[MEILI_FACET_ATTRIBUTES.serviceType];
  if (serviceTypes) return Object.values(serviceTypes).reduce((sum, count) => sum + count, 0);
  return response.estimatedTotalHits ?? response.hits.length;
}

/** The highlighted fields of a hit that contain a match (`_formatted`, with HIGHLIGHT_PRE_TAG where one is). */
export function highlightsOf(hit: Hit<MeiliOfferingDocument>): SearchHighlight[] {
  const formatted = hit._formatted ?? {};
  const highlights: SearchHighlight[] = [];
  for (const field of HIGHLIGHTED_ATTRIBUTES) {
    const snippet = formatted[field];
    if (typeof snippet === 'string' && snippet.includes(HIGHLIGHT_PRE_TAG))
      highlights.push({ field, snippet: withoutMeiliBreaks(snippet) });
  }
  return highlights;
}

/**
 * Completions of `typed` (normalized) from search hits: the same completions the PostgreSQL engine stores, counted
 * over the hits; those starting with the typed text first, then the most used, then the shortest.
 */
export function suggestionsFrom(
  hits: ReadonlyArray<Hit<MeiliOfferingDocument>>,
  typed: string,
  limit: number,
): Suggestion[] {
  const counts = new Map<string, { suggestion: Suggestion; count: number; startsWith: boolean }>();
  for (const hit of hits) {
    for (const entry of suggestionEntries(suggestionFieldsOf(hit))) {
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

/** The fields completions come from, as written: without the breaks between the Chinese words sent. */
function suggestionFieldsOf(hit: Hit<MeiliOfferingDocument>): SuggestionFields {
  const read = (text: string | null | undefined) => (typeof text === 'string' ? withoutMeiliBreaks(text) : null);
  return {
    titleZh: read(hit.titleZh) ?? '',
    titleEn: read(hit.titleEn),
    keywords: (hit.keywords ?? []).map(withoutMeiliBreaks),
    platformNameZh: read(hit.platformNameZh) ?? '',
    platformNameEn: read(hit.platformNameEn),
  };
}

/**
 * What a failed call to Meilisearch means for the caller: no answer (timeout, refused connection, a server error,
 * a key the server refuses, settings not applied yet) is SearchError ENGINE_UNAVAILABLE, reported as SERVICE_UNAVAILABLE; anything else (a
 * request it refuses) is a defect and stays as it is.
 */
export function unavailable(error: unknown): unknown {
  if (error instanceof SearchError) return error;
  let reason: string | null = null;
  if (error instanceof MeilisearchRequestError) {
    reason =
      error.cause instanceof MeilisearchRequestTimeOutError
        ? `no answer within ${error.cause.cause.timeout} ms`
        : `unreachable: ${describe(error.cause)}`;
  } else if (error instanceof MeilisearchTaskTimeOutError) {
    reason = `task ${error.cause.taskUid} still queued after ${error.cause.timeout} ms`;
  } else if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    if (status >= 500 || status === 401 || status === 403) reason = `answered ${status}: ${error.message}`;
    // An attribute the code searches that the live settings do not yet: the settings task is still re-indexing.
    else if (error.cause?.code === 'invalid_search_attributes_to_search_on')
      reason = `its new settings are still being applied: ${error.message}`;
  }
  if (reason === null) return error;
  return new SearchError(SearchErrorCode.ENGINE_UNAVAILABLE, `The search engine is unavailable (${reason})`, {
    engine: 'meilisearch',
  });
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
