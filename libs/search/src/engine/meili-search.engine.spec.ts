import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '#core';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTask,
  type Hit,
  type SearchResponse,
  type Task,
} from 'meilisearch';
import { buildSearchParams } from '../meili/meili-query.js';
import { toMeiliDocument, type MeiliOfferingDocument } from '../meili/meili-settings.js';
import type { OfferingSearchDocument, SearchQuery } from '../search-document.js';
import { SearchError, SearchErrorCode } from '../search.errors.js';
import { searchDocument } from '../testing/search-document.fixture.js';
import {
  highlightsOf,
  inBatches,
  indexCreated,
  MeiliSearchEngine,
  prepareSteps,
  reindexSteps,
  runSteps,
  settingsVerdict,
  settle,
  settleAll,
  succeeded,
  suggestionsFrom,
  toSearchResult,
  totalOf,
  unavailable,
  WRITE_TASK_TIMEOUT_MS,
  type MeiliStep,
  type StepResponse,
} from './meili-search.engine.js';
import { emptyResult, hasSearchableText } from './offering-search-engine.js';

// Responses below are shaped as the Meilisearch v1.48 API reference documents them (search: hits with `_formatted`,
// `_rankingScore` and `_geo`, `facetDistribution`, `estimatedTotalHits`; tasks: the task object of GET /tasks/{uid};
// enqueued tasks: the summarized task of any write), with this index's documents.

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  query: '正极材料',
  sort: 'RELEVANCE',
  limit: 20,
  offset: 0,
  ...overrides,
});

const document = (overrides: Partial<OfferingSearchDocument> = {}): MeiliOfferingDocument =>
  toMeiliDocument(searchDocument(overrides));

function hit(overrides: Partial<OfferingSearchDocument>, extra: Partial<Hit<MeiliOfferingDocument>>) {
  return { ...document(overrides), ...extra } as Hit<MeiliOfferingDocument>;
}

const cathode = hit(
  { id: '11111111-1111-4111-8111-111111111111' },
  {
    _formatted: {
      titleZh: '高镍<em>正极材料</em>工艺放大',
      titleEn: 'High-nickel cathode scale-up',
      descriptionZh: '…公斤级到百公斤级的<em>正极材料</em>中试放大。',
      descriptionEn: null,
    },
    _rankingScore: 0.912345,
  },
);
const cellTesting = hit(
  { id: '22222222-2222-4222-8222-222222222222', location: null, serviceType: 'PERFORMANCE_TESTING' as never },
  { _formatted: { titleZh: '锂离子电池循环寿命测试', titleEn: 'Cycle life testing' }, _rankingScore: 0.5 },
);

const response = (overrides: Partial<SearchResponse<MeiliOfferingDocument>> = {}) =>
  ({
    hits: [cathode, cellTesting],
    query: '正极材料',
    processingTimeMs: 3,
    limit: 20,
    offset: 0,
    estimatedTotalHits: 2,
    facetDistribution: {
      serviceType: { SCALE_UP: 1, PERFORMANCE_TESTING: 1 },
      industryDirection: { RAW_MATERIALS: 2 },
      province: { '32': 2 },
      platformLevel: { PROVINCIAL: 2 },
      accreditations: { CMA: 2, CNAS: 2, ISO_9001: 0 },
    },
    facetStats: {},
    ...overrides,
  }) as SearchResponse<MeiliOfferingDocument>;

const enqueued = (taskUid: number, type: EnqueuedTask['type'], indexUid: string | null = 'offerings_tmp_1') =>
  ({ taskUid, indexUid, status: 'enqueued', type, enqueuedAt: '2026-11-29T08:00:00.000000Z' }) as EnqueuedTask;

function task(uid: number, type: Task['type'], status: Task['status'], error: Task['error'] = null): Task {
  return {
    uid,
    batchUid: uid,
    indexUid: 'offerings_tmp_1',
    status,
    type,
    canceledBy: null,
    details: {},
    error,
    duration: 'PT0.123S',
    enqueuedAt: '2026-11-29T08:00:00.000000Z',
    startedAt: '2026-11-29T08:00:00.100000Z',
    finishedAt: '2026-11-29T08:00:00.223000Z',
  } as Task;
}

/** The typed error a failed or canceled task surfaces as. */
const taskFailed = (message: string) =>
  expect.objectContaining({ code: SearchErrorCode.ENGINE_TASK_FAILED, message, kind: 'SERVICE_UNAVAILABLE' });
const isTaskFailure = (error: unknown) =>
  error instanceof SearchError && error.code === SearchErrorCode.ENGINE_TASK_FAILED;

const failure = (code: string, message: string) => ({ message, code, type: 'invalid_request', link: '' }) as never;

describe('toSearchResult', () => {
  it('turns hits into the port’s hits: id, rounded ranking score, highlights, distance from `near`', () => {
    const result = toSearchResult(response(), query({ near: { lat: 31.2304, lng: 121.4737, radiusKm: 300 } }));
    expect(result.hits.map((h) => h.id)).toEqual([cathode.id, cellTesting.id]);
    expect(result.hits[0].score).toBe(0.9123);
    expect(result.hits[0].highlights).toEqual([
      { field: 'titleZh', snippet: '高镍<em>正极材料</em>工艺放大' },
      { field: 'descriptionZh', snippet: '…公斤级到百公斤级的<em>正极材料</em>中试放大。' },
    ]);
    // Changzhou is about 160 km from Shanghai; the hit without a location has no distance.
    expect(result.hits[0].distanceKm).toBeGreaterThan(150);
    expect(result.hits[0].distanceKm).toBeLessThan(170);
    expect(result.hits[1].distanceKm).toBeNull();
    expect(toSearchResult(response(), query()).hits[0].distanceKm).toBeNull();
  });

  it('gives a hit without a ranking score (a search without words) a score of 1', () => {
    const result = toSearchResult(response({ hits: [{ ...cathode, _rankingScore: undefined }] }), query());
    expect(result.hits[0].score).toBe(1);
  });

  it('maps the facet distribution to the API’s facets, most frequent first, empty values dropped', () => {
    const { facets } = toSearchResult(response(), query());
    expect(facets.map((f) => f.field)).toEqual([
      'serviceType',
      'industryDirection',
      'province',
      'level',
      'accreditation',
    ]);
    expect(facets.find((f) => f.field === 'level')?.values).toEqual([{ value: 'PROVINCIAL', count: 2 }]);
    expect(facets.find((f) => f.field === 'accreditation')?.values).toEqual([
      { value: 'CMA', count: 2 },
      { value: 'CNAS', count: 2 },
    ]);
    expect(
      toSearchResult(response({ facetDistribution: undefined }), query()).facets.every((f) => !f.values.length),
    ).toBe(true);
  });
});

describe('unmatched words', () => {
  // Hits as the search answers them with showMatchesPosition: the document (its Chinese cut by U+200C, 3 bytes as each
  // Han character) and, per attribute, the byte offsets of each match (`indices`: the element of an array).
  const matching = (overrides: Partial<OfferingSearchDocument>, positions: Record<string, unknown>) =>
    hit(overrides, { _matchesPosition: positions as never });

  it('lists the query’s words no hit of the page matched anywhere, as typed', () => {
    const saltSpray = matching(
      { titleZh: '盐雾试验', keywords: ['盐雾'] },
      {
        titleZh: [
          { start: 0, length: 6 },
          { start: 9, length: 6 },
        ],
        keywords: [{ start: 0, length: 6, indices: [0] }],
      },
    );
    const result = toSearchResult(response({ hits: [saltSpray] }), query({ query: 'XYZQQ 盐雾试验' }));
    expect(result.unmatchedWords).toEqual(['XYZQQ']);
    expect(toSearchResult(response({ hits: [] }), query({ query: 'XYZQQ 盐雾试验' })).unmatchedWords).toEqual([
      'XYZQQ',
      '盐雾',
      '试验',
    ]);
  });

  it('counts a word matched through its synonyms, a typo, a prefix, or the pieces Meilisearch is sent it as, in any field', () => {
    const additive = matching(
      { equipmentNames: ['增材制造设备'] },
      { equipmentNames: [{ start: 0, length: 15, indices: [0] }] },
    );
    expect(toSearchResult(response({ hits: [additive] }), query({ query: '3D打印' })).unmatchedWords).toEqual([]);
    const lithium = matching(
      { titleEn: 'lithium cathode', titleZh: '锂电池' },
      {
        titleEn: [
          { start: 0, length: 7 },
          { start: 8, length: 4 },
        ],
        titleZh: [
          { start: 0, length: 6 },
          { start: 9, length: 3 },
        ],
      },
    );
    expect(
      toSearchResult(response({ hits: [lithium] }), query({ query: 'lithum 锂电池 cath' })).unmatchedWords,
    ).toEqual([]);
  });

  it('does not count a Chinese word matched when the hit matched only a piece of it another word shares', () => {
    // 燃料电池 检测: a battery test's 电池 | 检测 matches the piece 电池 of 燃料 | 电池, never 燃料. Read from highlights, a
    // highlighted 电池 inside 燃料电池 counted the word matched.
    const batteryTests = matching(
      { titleZh: '电池检测' },
      {
        titleZh: [
          { start: 0, length: 6 },
          { start: 9, length: 6 },
        ],
      },
    );
    expect(batteryTests.titleZh).toBe('电池\u200c检测');
    expect(
      toSearchResult(response({ hits: [batteryTests] }), query({ query: '燃料电池 检测' })).unmatchedWords,
    ).toEqual(['燃料电池']);
  });

  it('counts a model typed with its hyphen matched where both its parts were, side by side', () => {
    // BT-256E is the words bt and 256e and the model's one word bt256e; Meilisearch holds the model as bt | 256e.
    const cycler = matching(
      { equipmentModels: ['BT-256E'] },
      {
        equipmentModels: [
          { start: 0, length: 2, indices: [0] },
          { start: 3, length: 4, indices: [0] },
        ],
      },
    );
    expect(toSearchResult(response({ hits: [cycler] }), query({ query: 'BT-256E' })).unmatchedWords).toEqual([]);
    expect(toSearchResult(response({ hits: [] }), query({ query: 'BT-256E' })).unmatchedWords).toContain('BT-256E');
  });

  it('sees a match the cropped description leaves out, and none in an attribute that is not searchable', () => {
    const description = `${'中试'.repeat(60)}盐雾`;
    const late = matching(
      { descriptionZh: description, province: '32' },
      {
        descriptionZh: [
          {
            start:
              Buffer.byteLength(toMeiliDocument(searchDocument({ descriptionZh: description })).descriptionZh ?? '') -
              6,
            length: 6,
          },
        ],
        province: [{ start: 0, length: 2 }],
      },
    );
    expect(toSearchResult(response({ hits: [late] }), query({ query: '盐雾 32' })).unmatchedWords).toEqual(['32']);
  });

  it('asks where each hit matched, and highlights only what the API shows', () => {
    expect(buildSearchParams(query())).toMatchObject({
      showMatchesPosition: true,
      attributesToHighlight: ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn'],
    });
    expect('showMatchesPosition' in buildSearchParams(query({ query: undefined }))).toBe(false);
  });
});

describe('totalOf', () => {
  it('sums the serviceType facet, one value per document, beyond maxTotalHits too', () => {
    expect(totalOf(response())).toBe(2);
    expect(
      totalOf(
        response({
          estimatedTotalHits: 10_000,
          facetDistribution: { serviceType: { SCALE_UP: 9_000, TYPE_TESTING: 4_000 } },
        }),
      ),
    ).toBe(13_000);
  });

  it('falls back to estimatedTotalHits without facets', () => {
    expect(totalOf(response({ facetDistribution: undefined, estimatedTotalHits: 7 }))).toBe(7);
  });
});

describe('highlightsOf', () => {
  it('keeps only the highlighted fields that hold a match', () => {
    expect(highlightsOf(cellTesting)).toEqual([]);
    expect(highlightsOf({ ...cathode, _formatted: undefined })).toEqual([]);
  });

  it('shows the text as written, without the breaks between the Chinese words sent', () => {
    const dryer = hit({}, { _formatted: { titleZh: '真空\u200c冷冻\u200c<em>干燥</em>\u200c机\u200c租用' } });
    expect(highlightsOf(dryer)).toEqual([{ field: 'titleZh', snippet: '真空冷冻<em>干燥</em>机租用' }]);
  });
});

describe('suggestionsFrom', () => {
  it('counts the completions over the hits, those starting with the typed text first', () => {
    const hits = [
      hit({ titleZh: '锂电池正极材料工艺放大', keywords: ['正极材料'] }, {}),
      hit({ titleZh: '高镍正极材料工艺放大', keywords: ['正极材料'] }, {}),
    ];
    expect(suggestionsFrom(hits, '正极', 3)).toEqual([
      { text: '正极材料', source: 'KEYWORD' },
      { text: '高镍正极材料工艺放大', source: 'TITLE' },
      { text: '锂电池正极材料工艺放大', source: 'TITLE' },
    ]);
    expect(suggestionsFrom(hits, 'zirc', 3)).toEqual([]);
  });

  it('completes a Chinese word typed from its middle, from the hits of the key search', () => {
    const lyophilisation = hit({ id: 'a', titleZh: '冻干制剂工艺开发', keywords: ['冷冻干燥'] }, {});
    const dryer = hit({ id: 'b', titleZh: '真空冷冻干燥机租用', keywords: ['冷冻干燥机'] }, {});
    expect(suggestionsFrom([lyophilisation, dryer], '冻干', 3)).toEqual([
      { text: '冻干制剂工艺开发', source: 'TITLE' },
      { text: '冷冻干燥', source: 'KEYWORD' },
      { text: '冷冻干燥机', source: 'KEYWORD' },
    ]);
  });
});

describe('tasks', () => {
  it('accepts a succeeded task and names a failed or canceled one', () => {
    expect(succeeded(task(7, 'documentAdditionOrUpdate', 'succeeded')).uid).toBe(7);
    const failed = (() => {
      try {
        return succeeded(
          task(
            8,
            'documentAdditionOrUpdate',
            'failed',
            failure('invalid_document_id', 'Document identifier is invalid'),
          ),
        );
      } catch (error) {
        return error;
      }
    })();
    // The context's one error class, typed: SERVICE_UNAVAILABLE to a caller, retried by the outbox, the task named.
    expect(failed).toBeInstanceOf(SearchError);
    expect(failed).toEqual(
      taskFailed('Meilisearch task 8 (documentAdditionOrUpdate) failed: Document identifier is invalid'),
    );
    expect((failed as SearchError).details).toEqual({
      engine: 'meilisearch',
      taskUid: 8,
      taskType: 'documentAdditionOrUpdate',
      taskStatus: 'failed',
      taskError: 'invalid_document_id',
    });
    expect(() => succeeded(task(9, 'settingsUpdate', 'canceled'))).toThrow(SearchError);
  });

  it('waits for a document write less than the outbox transaction may idle, and then gives up as unavailable', async () => {
    // The outbox's transaction, holding the batch, idles while a write waits for its task; PostgreSQL ends it after
    // idle_in_transaction_session_timeout (60 s). Queued behind a settings change re-indexing every document, a task
    // can take minutes: the write must give up first, so the outbox records the failure and backs off.
    let asked: { timeout?: number } | undefined;
    const queued = Object.assign(Promise.resolve(enqueued(7, 'documentAdditionOrUpdate', 'offerings')), {
      waitTask: async (options?: { timeout?: number }) => {
        asked = options;
        throw new MeilisearchTaskTimeOutError(7, options?.timeout ?? 0);
      },
    });
    const error = await settle(queued).catch((e: unknown) => e);
    expect(asked?.timeout).toBe(WRITE_TASK_TIMEOUT_MS);
    expect(WRITE_TASK_TIMEOUT_MS).toBeLessThan(60_000);
    expect(error).toBeInstanceOf(SearchError);
    expect((error as SearchError).code).toBe(SearchErrorCode.ENGINE_UNAVAILABLE);
    expect((error as SearchError).message).toContain('task 7 still queued after 30000 ms');
    const failed = Object.assign(Promise.resolve(enqueued(8, 'documentDeletion', 'offerings')), {
      waitTask: async () => task(8, 'documentDeletion', 'failed', failure('internal', 'disk full')),
    });
    expect(isTaskFailure(await settle(failed).catch((e: unknown) => e))).toBe(true);
  });

  it('waits for the tasks of a write split in requests within one budget, in the order they run', async () => {
    let clock = 0;
    const asked: number[] = [];
    const write = (uid: number, takesMs: number, status: Task['status'] = 'succeeded') =>
      Object.assign(Promise.resolve(enqueued(uid, 'documentAdditionOrUpdate', 'offerings')), {
        waitTask: async (options?: { timeout?: number }) => {
          asked.push(options?.timeout ?? 0);
          if (takesMs > (options?.timeout ?? 0)) throw new MeilisearchTaskTimeOutError(uid, options?.timeout ?? 0);
          clock += takesMs;
          return task(uid, 'documentAdditionOrUpdate', status);
        },
      });
    const tasks = await settleAll([write(1, 10_000), write(2, 5_000)], () => clock);
    expect(tasks.map((t) => t.uid)).toEqual([1, 2]);
    expect(asked).toEqual([WRITE_TASK_TIMEOUT_MS, WRITE_TASK_TIMEOUT_MS - 10_000]);
    // The third request's task would end past the budget: the write gives up as unavailable, the outbox retries.
    clock = 0;
    const late = await settleAll([write(3, 20_000), write(4, 20_000)], () => clock).catch((e: unknown) => e);
    expect((late as SearchError).code).toBe(SearchErrorCode.ENGINE_UNAVAILABLE);
    const failed = await settleAll([write(5, 1, 'failed'), write(6, 1)], () => clock).catch((e: unknown) => e);
    expect(isTaskFailure(failed)).toBe(true);
  });

  it('splits a write in requests of at most a thousand documents', () => {
    expect(inBatches([...Array(2500).keys()], 1000).map((batch) => batch.length)).toEqual([1000, 1000, 500]);
    expect(inBatches([], 1000)).toEqual([]);
  });

  it('treats an index that exists already as created', () => {
    expect(() =>
      indexCreated(task(1, 'indexCreation', 'failed', failure('index_already_exists', 'exists'))),
    ).not.toThrow();
    expect(() => indexCreated(task(1, 'indexCreation', 'succeeded'))).not.toThrow();
    expect(() => indexCreated(task(1, 'indexCreation', 'failed', failure('invalid_api_key', 'no')))).toThrow();
  });
});

/** Drives the re-index steps with scripted answers, recording the requests. */
async function run(
  documents: number,
  answer: (step: MeiliStep, index: number) => StepResponse,
  pendingSettings: number | null = null,
): Promise<{ steps: string[]; outcome?: { documents: number; warnings: string[] }; error?: unknown }> {
  async function* batches() {
    const all = Array.from({ length: documents }, (_, i) =>
      searchDocument({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }),
    );
    for (let i = 0; i < all.length; i += 1500) yield all.slice(i, i + 1500);
  }
  const steps: string[] = [];
  const perform = async (step: MeiliStep) => {
    steps.push(
      step.kind === 'add'
        ? `add ${step.documents.length}`
        : step.kind === 'waitAll'
          ? `waitAll ${step.tasks.length}`
          : step.kind,
    );
    return answer(step, steps.length - 1);
  };
  try {
    return { steps, outcome: await runSteps(reindexSteps(batches(), pendingSettings), perform) };
  } catch (error) {
    return { steps, error };
  }
}

const scripted =
  (
    overrides: {
      documentStatus?: Task['status'];
      swap?: Task | MeilisearchTaskTimeOutError;
      deletion?: Task | MeilisearchTaskTimeOutError;
      created?: Task;
      settings?: Task | MeilisearchTaskTimeOutError;
      settingsLater?: Task['status'];
      exists?: boolean;
    } = {},
  ) =>
  (step: MeiliStep, index: number): StepResponse => {
    switch (step.kind) {
      case 'exists':
        return overrides.exists ?? false;
      case 'create':
        return enqueued(1, 'indexCreation');
      case 'settings':
        return enqueued(2, 'settingsUpdate');
      case 'task':
        return task(step.uid, 'settingsUpdate', overrides.settingsLater ?? 'succeeded');
      case 'add':
        return enqueued(100 + index, 'documentAdditionOrUpdate');
      case 'waitAll':
        return step.tasks.map((t) =>
          task(t.taskUid, 'documentAdditionOrUpdate', overrides.documentStatus ?? 'succeeded'),
        );
      case 'swap':
        return enqueued(200, 'indexSwap', null);
      case 'deleteOld':
        return enqueued(201, 'indexDeletion');
      case 'wait':
        if (typeof step.task === 'number') return task(step.task, 'settingsUpdate', 'succeeded');
        switch (step.task.type) {
          case 'indexCreation':
            return overrides.created ?? task(1, 'indexCreation', 'succeeded');
          case 'settingsUpdate':
            return overrides.settings ?? task(2, 'settingsUpdate', 'succeeded');
          case 'indexSwap':
            return overrides.swap ?? task(200, 'indexSwap', 'succeeded');
          default:
            return overrides.deletion ?? task(201, 'indexDeletion', 'succeeded');
        }
    }
  };

describe('reindexSteps', () => {
  it('enqueues every batch of 1 000 without waiting, waits for them all once, swaps, then deletes the old index', async () => {
    const { steps, outcome } = await run(3200, scripted());
    expect(steps).toEqual([
      'add 1000',
      'add 500',
      'add 1000',
      'add 500',
      'add 200',
      'waitAll 5',
      'swap',
      'wait',
      'deleteOld',
      'wait',
    ]);
    expect(outcome).toEqual({ documents: 3200, warnings: [] });
  });

  it('fails before the swap when a document task failed: the live index stays as it was', async () => {
    const { steps, error } = await run(10, scripted({ documentStatus: 'failed' }));
    expect(steps).toEqual(['add 10', 'waitAll 1']);
    expect(isTaskFailure(error)).toBe(true);
  });

  it('fails when the swap failed', async () => {
    const { steps, error } = await run(
      10,
      scripted({ swap: task(200, 'indexSwap', 'failed', failure('index_not_found', 'gone')) }),
    );
    expect(steps.at(-1)).toBe('wait');
    expect(isTaskFailure(error)).toBe(true);
  });

  it('only warns when waiting for the swap or the deletion times out: the new index goes live anyway', async () => {
    const { outcome } = await run(
      10,
      scripted({
        swap: new MeilisearchTaskTimeOutError(200, 120_000),
        deletion: new MeilisearchTaskTimeOutError(201, 120_000),
      }),
    );
    expect(outcome?.documents).toBe(10);
    expect(outcome?.warnings).toEqual([
      'swap task 200 still running after 120000 ms; it goes live when done',
      'deleting the old index (task 201) still running after 120000 ms',
    ]);
    const failedDeletion = await run(
      10,
      scripted({ deletion: task(201, 'indexDeletion', 'failed', failure('x', 'y')) }),
    );
    expect(failedDeletion.outcome?.warnings).toHaveLength(1);
  });

  it('checks the new index’s settings before the swap when preparing it stopped waiting for them', async () => {
    const failed = await run(10, scripted({ settingsLater: 'failed' }), 2);
    expect(failed.steps).toEqual(['add 10', 'waitAll 1', 'task']);
    expect(isTaskFailure(failed.error)).toBe(true);
    const running = await run(10, scripted({ settingsLater: 'processing' }), 2);
    expect(running.steps).toEqual(['add 10', 'waitAll 1', 'task', 'wait', 'swap', 'wait', 'deleteOld', 'wait']);
    expect(running.outcome?.documents).toBe(10);
    const applied = await run(10, scripted(), 2);
    expect(applied.steps).toEqual(['add 10', 'waitAll 1', 'task', 'swap', 'wait', 'deleteOld', 'wait']);
  });

  it('swaps an empty index in when there is nothing to index', async () => {
    const { steps, outcome } = await run(0, scripted());
    expect(steps).toEqual(['swap', 'wait', 'deleteOld', 'wait']);
    expect(outcome?.documents).toBe(0);
  });
});

describe('prepareSteps', () => {
  const prepare = async (answer: (step: MeiliStep, index: number) => StepResponse, createWaitMs?: number) => {
    const steps: MeiliStep[] = [];
    try {
      const outcome = await runSteps(prepareSteps(5000, createWaitMs), async (step) => {
        steps.push(step);
        return answer(step, steps.length - 1);
      });
      return { steps, outcome };
    } catch (error) {
      return { steps, error };
    }
  };

  it('creates a missing index (one created meanwhile is fine), sends the settings and waits for them at most MEILI_TIMEOUT_MS', async () => {
    const { steps, outcome } = await prepare(scripted());
    expect(steps.map((step) => step.kind)).toEqual(['exists', 'create', 'wait', 'settings', 'wait']);
    expect(steps[4]).toMatchObject({ kind: 'wait', timeoutMs: 5000 });
    expect(outcome).toEqual({ pendingSettings: null, warnings: [] });
    const exists = await prepare(
      scripted({ created: task(1, 'indexCreation', 'failed', failure('index_already_exists', 'exists')) }),
    );
    expect(exists.outcome?.pendingSettings).toBeNull();
  });

  it('waits for the creation no longer than asked, so a search never waits for a queue behind other indexes’ tasks', async () => {
    const { steps } = await prepare(scripted(), 5000);
    expect(steps[2]).toEqual({ kind: 'wait', task: enqueued(1, 'indexCreation'), timeoutMs: 5000 });
    // Still queued then: unavailable for now (the next search or write tries again), not ready.
    const queued = await prepare((step, index) => {
      if (step.kind === 'wait') return new MeilisearchTaskTimeOutError(1, 5000);
      return scripted()(step, index);
    }, 5000);
    expect(queued.steps.map((step) => step.kind)).toEqual(['exists', 'create', 'wait']);
    const error = unavailable(queued.error);
    expect((error as SearchError).code).toBe(SearchErrorCode.ENGINE_UNAVAILABLE);
    // A re-index's new index waits as long as the client's default (the operator's command, not a request).
    expect((await prepare(scripted())).steps[2]).toEqual({ kind: 'wait', task: enqueued(1, 'indexCreation') });
  });

  it('asks for no creation task when the index exists: it would wait behind every task queued before it', async () => {
    const { steps } = await prepare(scripted({ exists: true }));
    expect(steps.map((step) => step.kind)).toEqual(['exists', 'settings', 'wait']);
  });

  it('fails when the settings failed, so that the next search or write applies them again', async () => {
    const { error } = await prepare(
      scripted({ settings: task(2, 'settingsUpdate', 'failed', failure('invalid_settings_dictionary', 'bad')) }),
    );
    expect(error).toEqual(taskFailed('Meilisearch task 2 (settingsUpdate) failed: bad'));
  });

  it('is ready when the settings are still running (a change of analysis re-indexes every document), naming their task', async () => {
    const { outcome } = await prepare(scripted({ settings: new MeilisearchTaskTimeOutError(2, 5000) }));
    expect(outcome?.pendingSettings).toBe(2);
    expect(outcome?.warnings).toEqual([
      'settings task 2 still running after 5000 ms (re-indexing with new settings): searches use the previous ones until it ends',
    ]);
  });

  it('judges a settings task checked later: still running, applied, or failed', () => {
    expect(settingsVerdict(task(2, 'settingsUpdate', 'enqueued'))).toBe('pending');
    expect(settingsVerdict(task(2, 'settingsUpdate', 'processing'))).toBe('pending');
    expect(settingsVerdict(task(2, 'settingsUpdate', 'succeeded'))).toBe('applied');
    expect(settingsVerdict(task(2, 'settingsUpdate', 'failed', failure('x', 'no')))).toEqual(
      taskFailed('Meilisearch task 2 (settingsUpdate) failed: no'),
    );
  });
});

describe('unavailable', () => {
  const requestInit = { method: 'POST', headers: { Authorization: 'Bearer secret-key-0123456789' } };

  it('makes a timeout or an unreachable server a typed ENGINE_UNAVAILABLE error', () => {
    const timeout = unavailable(
      new MeilisearchRequestError(
        'http://127.0.0.1:7700/indexes/offerings/search',
        new MeilisearchRequestTimeOutError(300, requestInit),
      ),
    );
    expect(timeout).toBeInstanceOf(SearchError);
    expect((timeout as SearchError).code).toBe(SearchErrorCode.ENGINE_UNAVAILABLE);
    expect((timeout as SearchError).message).toContain('no answer within 300 ms');
    expect((timeout as SearchError).message).not.toContain('secret-key');
    const refused = unavailable(
      new MeilisearchRequestError('http://127.0.0.1:7700/health', new Error('connect ECONNREFUSED')),
    );
    expect((refused as SearchError).message).toContain('ECONNREFUSED');
    // Creating a missing index whose task stays queued behind a re-index's batches.
    const queued = unavailable(new MeilisearchTaskTimeOutError(41, 120_000));
    expect((queued as SearchError).code).toBe(SearchErrorCode.ENGINE_UNAVAILABLE);
    expect((queued as SearchError).message).toContain('task 41 still queued after 120000 ms');
  });

  it('makes a server error or a refused key unavailable, and leaves other refusals as they are', () => {
    const api = (status: number) =>
      new MeilisearchApiError(new Response(null, { status }), {
        message: 'm',
        code: 'c',
        type: 'internal',
        link: '',
      } as never);
    expect(unavailable(api(503))).toBeInstanceOf(SearchError);
    expect(unavailable(api(403))).toBeInstanceOf(SearchError);
    const badRequest = api(400);
    expect(unavailable(badRequest)).toBe(badRequest);
    const other = new Error('a defect');
    expect(unavailable(other)).toBe(other);
  });

  it('makes an attribute the live settings do not search yet unavailable: new settings are still being applied', () => {
    // After an upgrade adds a searchable attribute (completionKeys), searches meet the previous settings until the
    // settings task has re-indexed every document; Meilisearch refuses attributesToSearchOn naming it meanwhile.
    const notYet = unavailable(
      new MeilisearchApiError(new Response(null, { status: 400 }), {
        message: 'Attribute `completionKeys` is not searchable.',
        code: 'invalid_search_attributes_to_search_on',
        type: 'invalid_request',
        link: '',
      } as never),
    );
    expect(notYet).toBeInstanceOf(SearchError);
    expect((notYet as SearchError).code).toBe(SearchErrorCode.ENGINE_UNAVAILABLE);
    expect((notYet as SearchError).message).toContain('settings');
  });
});

describe('queries without a word to match', () => {
  it('answers stop words or punctuation only with an empty result, and a blank query with everything', () => {
    expect(hasSearchableText('的 了 吗')).toBe(false);
    expect(hasSearchableText('，。！?')).toBe(false);
    expect(hasSearchableText('找一家 机构')).toBe(false);
    expect(hasSearchableText('')).toBe(true);
    expect(hasSearchableText(undefined)).toBe(true);
    expect(hasSearchableText('热压罐')).toBe(true);
    expect(emptyResult({})).toEqual({
      total: 0,
      hits: [],
      facets: ['serviceType', 'industryDirection', 'province', 'level', 'accreditation'].map((field) => ({
        field,
        values: [],
      })),
      unmatchedWords: [],
    });
    expect(emptyResult({ facets: ['province'], total: false, query: 'xyzqq 盐雾' })).toEqual({
      total: null,
      hits: [],
      facets: [{ field: 'province', values: [] }],
      unmatchedWords: ['xyzqq', '盐雾'],
    });
  });
});

describe('a window with no bookable day', () => {
  it('is answered empty without asking the server (none listens at this address: asking would fail)', async () => {
    const config = { search: { meiliUrl: 'http://127.0.0.1:9', meiliTimeoutMs: 200 } } as unknown as AppConfig;
    const engine = new MeiliSearchEngine(config);
    const day = 86_400_000;
    const base: SearchQuery = { sort: 'RELEVANCE', limit: 20, offset: 0, facets: ['province'] };
    const past = { availableFrom: new Date(Date.now() - 60 * day), availableTo: new Date(Date.now() - 30 * day) };
    const beyond = { availableFrom: new Date(Date.now() + 800 * day) };
    const nothing = { total: 0, hits: [], facets: [{ field: 'province', values: [] }], unmatchedWords: [] };
    expect(await engine.search({ ...base, ...past })).toEqual(nothing);
    expect(await engine.search({ ...base, query: '锂电池', ...beyond })).toEqual({
      ...nothing,
      unmatchedWords: ['锂电池'],
    });
    // A window with a bookable day does ask, and fails as unavailable here.
    await expect(engine.search({ ...base, availableFrom: new Date() })).rejects.toBeInstanceOf(SearchError);
  });
});
