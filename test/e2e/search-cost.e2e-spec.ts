import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OutboxProcessor, QueryCounter, type RecordedStatement } from '#core';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

interface Result {
  total?: number;
  hits: Array<{ offering?: { id: string; title: string } }>;
  facets?: Array<{ field: string; values: Array<{ value: string; count: number }> }>;
}

const query = (selection: string) =>
  `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { ${selection} } }`;
const FULL = query('total hits { offering { id title } } facets { field values { value count } }');

/** Statements that count facets (a grouping per facet) or the total (a count over the matches). */
const counting = (statements: readonly RecordedStatement[]) =>
  statements.filter((s) => /GROUPING SETS|count\(\*\)/.test(s.query) && /search_document/.test(s.query));

describe('search does only the work asked for, and reuses it until the index changes', () => {
  let t: TestApp;
  let operator: SignedIn;
  let first: CatalogSetup;
  let second: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    first = await createCatalog(t, operator);
    second = await createCatalog(t, operator, {
      platform: { province: '44', city: '深圳', location: { lat: 22.5431, lng: 114.0579 } },
    });
    await t.app.get(OutboxProcessor).drainAll();
  });

  afterAll(async () => {
    await t.close();
  });

  const search = async (selection: string, input: Record<string, unknown>) => {
    let result: Result | undefined;
    const statements = await t.app.get(QueryCounter).recording(async () => {
      const res = await t.gql<{ searchOfferings: Result }>(selection, { input });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      result = res.data.searchOfferings;
    });
    return { result: result as Result, statements };
  };

  it('counts facets only when they are selected, and only the fields asked for', async () => {
    // Distinct words per case: no result computed by an earlier case can answer it.
    const withFacets = await search(FULL, { query: '正极材料' });
    expect(withFacets.result.total).toBe(2);
    expect(withFacets.result.facets?.map((f) => f.field)).toEqual([
      'serviceType',
      'industryDirection',
      'province',
      'level',
      'accreditation',
    ]);
    expect(withFacets.result.facets?.find((f) => f.field === 'province')?.values).toEqual([
      { value: '32', count: 1 },
      { value: '44', count: 1 },
    ]);
    const [grouping] = counting(withFacets.statements);
    expect(grouping.query).toMatch(
      /GROUPING SETS \(\(service_type, platform_level\), \(industry_direction, accreditations\), \(province\)\)/,
    );

    const hitsOnly = await search(query('hits { score }'), { query: 'NCM811' });
    expect(hitsOnly.result.hits).toHaveLength(2);
    expect(counting(hitsOnly.statements)).toEqual([]);

    const totalOnly = await search(query('total'), { query: 'cathode' });
    expect(totalOnly.result.total).toBe(2);
    const [count] = counting(totalOnly.statements);
    expect(count.query).toMatch(/GROUPING SETS \(\(\)\)/);

    const provinceOnly = await search(query('facets { field values { value count } }'), {
      query: '锂电池',
      facetFields: ['province'],
    });
    expect(provinceOnly.result.facets).toEqual([
      {
        field: 'province',
        values: [
          { value: '32', count: 1 },
          { value: '44', count: 1 },
        ],
      },
    ]);
    const [provinces] = counting(provinceOnly.statements);
    expect(provinces.query).toMatch(/GROUPING SETS \(\(province\)\)/);

    // No offering selected: none is read from the catalog.
    expect(hitsOnly.statements.some((s) => /FROM "service_offering"/.test(s.query))).toBe(false);
    expect(withFacets.statements.filter((s) => /FROM "service_offering"/.test(s.query))).toHaveLength(1);
  });

  it('reads no page of documents when no hit is selected', async () => {
    // Distinct words per case, so no cached result answers. The page's statements read documents, neither counting them
    // nor looking words up in the vocabulary (search_term).
    const pageReads = (statements: readonly RecordedStatement[]) =>
      statements.filter(
        (s) => /search_document/.test(s.query) && !/search_term/.test(s.query) && counting([s]).length === 0,
      );
    const totalOnly = await search(query('total'), { query: 'NCM811 cathode' });
    expect(totalOnly.result.total).toBe(2);
    expect(counting(totalOnly.statements)).toHaveLength(1);
    expect(pageReads(totalOnly.statements)).toEqual([]);

    const facetsOnly = await search(query('facets { field values { value count } }'), {
      query: '锂电池 正极',
      facetFields: ['province'],
      sort: 'PRICE_ASC',
    });
    expect(facetsOnly.result.facets?.[0].values.length).toBeGreaterThan(0);
    expect(pageReads(facetsOnly.statements)).toEqual([]);

    // The same searches with a hit selected do read the page: what the filter above looks for is there.
    const withHits = await search(query('total hits { score }'), { query: 'NCM811 cathode 正极' });
    expect(withHits.result.hits.length).toBeGreaterThan(0);
    expect(pageReads(withHits.statements).length).toBeGreaterThan(0);
  });

  it('answers a repeated search from what it computed, and never from before a change that is searchable', async () => {
    const input = { query: '工艺放大', facetFields: ['province', 'serviceType'] };
    const before = await search(FULL, input);
    expect(before.result.total).toBe(2);
    const again = await search(FULL, input);
    expect(again.result).toEqual(before.result);
    // Served from the cache: no statement but the one reading the index generation (and the page's offerings).
    expect(counting(again.statements)).toEqual([]);
    expect(again.statements.filter((s) => /search_document/.test(s.query))).toEqual([]);

    // The first offering becomes a trial-production service in another wording; once the outbox has indexed it
    // (the change is searchable), neither the cached result nor the cached counts may answer.
    const res = await t.gql(
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
      {
        input: {
          id: first.offeringId,
          serviceType: 'SMALL_BATCH_PRODUCTION',
          title: '正极材料小批量试生产',
          titleEn: 'Cathode material small-batch production',
          description: '正极材料（NCM811）小批量试生产与交付。',
          equipmentIds: first.equipmentIds,
          keywords: ['正极材料'],
          accreditations: ['CMA'],
          leadTimeDays: 14,
        },
      },
      { token: operator.token },
    );
    expect(res.errors).toBeUndefined();
    await t.app.get(OutboxProcessor).drainAll();

    const after = await search(FULL, input);
    expect(after.result.total).toBe(1);
    expect(after.result.hits.map((h) => h.offering?.id)).not.toContain(first.offeringId);
    expect(after.result.facets?.find((f) => f.field === 'serviceType')?.values).toEqual([
      { value: 'SCALE_UP', count: 1 },
    ]);
    expect(counting(after.statements)).toHaveLength(1);

    // Counts of a search that did not change are recomputed too: the whole index moved on.
    const trial = await search(FULL, { query: '正极材料', facetFields: ['serviceType'] });
    expect(trial.result.facets?.[0].values).toEqual([
      { value: 'SCALE_UP', count: 1 },
      { value: 'SMALL_BATCH_PRODUCTION', count: 1 },
    ]);
  });

  it('serves no cached result or count from before a change once it is searchable, with searches racing the indexing', async () => {
    // Eight clients search the same thing over their own connections without pause while the second offering becomes
    // an equipment validation and the outbox indexes it: whatever they cached before, every search that starts after
    // the index write has committed must count the change.
    const input = { query: 'NCM811', facetFields: ['serviceType'] };
    const validations = (r: Result) => r.facets?.[0].values.find((v) => v.value === 'EQUIPMENT_VALIDATION')?.count ?? 0;
    expect(validations((await search(FULL, input)).result)).toBe(0);
    let searchable = false;
    let stop = false;
    const samples: Array<{ startedAfterIndexing: boolean; validations: number; total: number | undefined }> = [];
    const client = async () => {
      let afterwards = 0;
      while (!stop || afterwards < 3) {
        const startedAfterIndexing = searchable;
        const res = await t.gql<{ searchOfferings: Result }>(FULL, { input });
        if (!res.data) throw new Error(JSON.stringify(res.errors));
        samples.push({
          startedAfterIndexing,
          validations: validations(res.data.searchOfferings),
          total: res.data.searchOfferings.total,
        });
        if (startedAfterIndexing) afterwards += 1;
      }
    };
    const clients = Array.from({ length: 8 }, client);
    const res = await t.gql(
      `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`,
      {
        input: {
          id: second.offeringId,
          serviceType: 'EQUIPMENT_VALIDATION',
          equipmentIds: second.equipmentIds,
          keywords: ['正极材料', 'cathode', 'NCM811'],
          accreditations: ['CMA'],
          leadTimeDays: 14,
        },
      },
      { token: operator.token },
    );
    expect(res.errors).toBeUndefined();
    await t.app.get(OutboxProcessor).drainAll();
    searchable = true;
    stop = true;
    await Promise.all(clients);

    const before = samples.filter((s) => !s.startedAfterIndexing);
    const after = samples.filter((s) => s.startedAfterIndexing);
    // The race was real: searches were answered (from the cache too) while the change was on its way.
    expect(before.length).toBeGreaterThan(0);
    expect(after).toHaveLength(8 * 3);
    expect(after.every((s) => s.validations === 1 && s.total === 2)).toBe(true);
  });
});

describe('searches on a search pool of two connections', () => {
  let t: TestApp;

  beforeAll(async () => {
    // No cache: every search counts its facets and walks its page, two statements at once on a two-connection pool.
    t = await startTestApp({ SEARCH_POOL_SIZE: '2', SEARCH_CACHE_ENTRIES: '0' });
    const operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    await createCatalog(t, operator);
    await createCatalog(t, operator, {
      platform: { province: '44', city: '深圳', location: { lat: 22.5431, lng: 114.0579 } },
    });
    await t.app.get(OutboxProcessor).drainAll();
  });

  afterAll(async () => {
    await t.close();
  });

  it('all complete with 30 at once, each as it does alone: a search never holds a connection while it waits for another', async () => {
    const inputs = [
      { query: '正极材料' },
      { query: 'cathode scale up' },
      { query: '锂电池', facetFields: ['province'] },
      {},
    ];
    const alone: Array<GraphqlResponse<{ searchOfferings: Result }>> = [];
    for (const input of inputs) alone.push(await t.gql<{ searchOfferings: Result }>(FULL, { input }));
    expect(alone.every((res) => res.errors === undefined && (res.data?.searchOfferings.total ?? 0) > 0)).toBe(true);
    const together = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.gql<{ searchOfferings: Result }>(FULL, { input: inputs[i % inputs.length] }),
      ),
    );
    together.forEach((res, i) => expect(res).toEqual(alone[i % inputs.length]));
  });
});
