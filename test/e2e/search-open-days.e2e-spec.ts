import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { OFFERING_SEARCH_ENGINE, OfferingSearchService, type OfferingSearchEngine, type SearchQuery } from '#search';
import { shanghaiDayFromToday, shanghaiTime } from '../contract/search-fixture.js';
import { searchDocument } from '../support/search-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Availability windows against documents indexed on an earlier day: a document lists the open days it had when it was
 * indexed, so a day now past may still be among them. Such a day has no bookable slot any more and must not be found,
 * whether the window is short (day tokens) or long or open at one end (the open_days column); and the column of
 * documents indexed before it existed is filled by its migration.
 */
describe('availability windows of any length, as of today', () => {
  let t: TestApp;
  let engine: OfferingSearchEngine;
  const day = shanghaiDayFromToday;
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  // Indexed yesterday: open yesterday and in 40 days; open yesterday only (nothing bookable now); open in 500 days;
  // never open.
  const documents = {
    soon: searchDocument(id(1), { openSlotDays: [day(-1), day(40), day(41)] }),
    stale: searchDocument(id(2), { openSlotDays: [day(-1)] }),
    late: searchDocument(id(3), { openSlotDays: [day(500)] }),
    never: searchDocument(id(4), { openSlotDays: [] }),
  };
  const base: SearchQuery = { sort: 'RELEVANCE', limit: 20, offset: 0, facets: ['province'], total: true };
  const find = async (window: { from?: number; to?: number }) => {
    const result = await engine.search({
      ...base,
      ...(window.from !== undefined ? { availableFrom: shanghaiTime(day(window.from), '00:00') } : {}),
      ...(window.to !== undefined ? { availableTo: shanghaiTime(day(window.to), '23:59') } : {}),
    });
    return { ids: new Set(result.hits.map((hit) => hit.id)), total: result.total, facets: result.facets };
  };

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_CACHE_ENTRIES: '0' });
    engine = t.app.get<OfferingSearchEngine>(OFFERING_SEARCH_ENGINE);
    await engine.upsert(Object.values(documents));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('never finds a past day a document still lists, by day tokens or by the column', async () => {
    // Five days from yesterday (day tokens, from today on): nothing bookable.
    expect((await find({ from: -1, to: 3 })).ids).toEqual(new Set());
    // Sixty days from yesterday (the column, from today on): only the offering open in 40 days.
    expect((await find({ from: -1, to: 58 })).ids).toEqual(new Set([documents.soon.id]));
    // A window of the past only: an empty answer with its facets, not an error.
    expect(await find({ from: -30, to: -1 })).toEqual({
      ids: new Set(),
      total: 0,
      facets: [{ field: 'province', values: [] }],
    });
  });

  it('takes windows open at either end and windows as long as the booking horizon', async () => {
    expect((await find({ from: -1 })).ids).toEqual(new Set([documents.soon.id, documents.late.id]));
    expect((await find({ from: 42 })).ids).toEqual(new Set([documents.late.id]));
    expect((await find({ to: 45 })).ids).toEqual(new Set([documents.soon.id]));
    const twoYears = await find({ from: -1, to: 729 });
    expect(twoYears.ids).toEqual(new Set([documents.soon.id, documents.late.id]));
    expect(twoYears.total).toBe(2);
    expect(twoYears.facets).toEqual([{ field: 'province', values: [{ value: '32', count: 2 }] }]);
    expect((await find({ from: 731 })).total).toBe(0);
  });

  it('fills the open_days of documents indexed before the column existed when migrating', async () => {
    const db = t.app.get(DataSource);
    const migration = db.migrations.find((m) => m.name === 'SearchOpenDays1796044683311');
    if (!migration?.down) throw new Error('the open_days migration is not registered');
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: Array<{ id: string; open_days: string }> = await db.query(
      `SELECT id, open_days::text AS open_days FROM search_document ORDER BY id`,
    );
    const range = (first: string, last: string) => `[${first},${last})`;
    expect(rows).toEqual([
      { id: documents.soon.id, open_days: `{${range(day(-1), day(0))},${range(day(40), day(42))}}` },
      { id: documents.stale.id, open_days: `{${range(day(-1), day(0))}}` },
      { id: documents.late.id, open_days: `{${range(day(500), day(501))}}` },
      { id: documents.never.id, open_days: '{}' },
    ]);
    expect((await find({ from: -1, to: 58 })).ids).toEqual(new Set([documents.soon.id]));
  });

  it('keeps open_days generated from the document and stored in the row through a full re-index', async () => {
    const column = () =>
      t.app.get(DataSource).query(
        `SELECT attgenerated AS generated, attstorage AS storage FROM pg_attribute
            WHERE attrelid = 'search_document'::regclass AND attname = 'open_days'`,
      );
    expect(await column()).toEqual([{ generated: 's', storage: 'm' }]);
    // The rebuild copies the table (LIKE … INCLUDING ALL) and swaps the copy in: the same column comes back.
    await t.app.get(OfferingSearchService).reindexAll();
    expect(await column()).toEqual([{ generated: 's', storage: 'm' }]);
  });
});
