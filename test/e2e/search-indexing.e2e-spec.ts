import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { OutboxProcessor } from '#core';
import { OfferingSearchService } from '#search';
import { publishSlots } from '../support/booking-fixtures.js';
import { createCatalog, offeringInput, type CatalogSetup } from '../support/catalog-fixtures.js';
import { createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { shanghaiDayFromToday, shanghaiTime } from '../contract/search-fixture.js';

const SEARCH = `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total hits { offering { id title } } } }`;

interface Health {
  status: string;
  details: {
    search: {
      status: string;
      engine: string;
      outboxPending: number;
      outboxFailing: number;
      outboxOldestSeconds: number;
      message?: string;
    };
  };
}

describe('search indexing through the outbox', () => {
  let t: TestApp;
  let operator: SignedIn;
  let admin: SignedIn;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    admin = await createSiteAdmin(t);
    catalog = await createCatalog(t, operator);
    await t.app.get(OutboxProcessor).drainAll();
  });

  afterAll(async () => {
    await t.close();
  });

  const sql = (query: string, params: unknown[] = []) => t.app.get(DataSource).query(query, params);
  const op = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await t.gql<T>(query, variables, { token: operator.token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const found = async (input: Record<string, unknown>) => {
    const res = await t.gql<{ searchOfferings: { hits: Array<{ offering: { id: string; title: string } }> } }>(SEARCH, {
      input,
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.searchOfferings.hits.map((h) => h.offering);
  };
  // The backlog is shown to site admins only.
  const health = async () =>
    (await t.http().get('/health').set('authorization', `Bearer ${admin.token}`)).body as Health;

  it('loses nothing while the engine refuses writes, and catches up to the right final state once it is back', async () => {
    const outbox = t.app.get(OutboxProcessor);
    expect((await found({ query: '正极材料' })).map((o) => o.id)).toEqual([catalog.offeringId]);
    const second = await op<{ createOffering: { id: string } }>(
      `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
      {
        input: offeringInput(catalog.platformId, catalog.equipmentIds, {
          title: '磷酸铁锂正极中试',
          titleEn: 'LFP cathode pilot runs',
          keywords: ['LFP'],
        }),
      },
    );
    await outbox.drainAll();
    expect((await found({ query: 'LFP' })).map((o) => o.id)).toEqual([second.createOffering.id]);

    // The engine goes away: its table is renamed, so every indexing write fails, as a lost database or a
    // revoked privilege would make it. Changes keep coming meanwhile.
    await sql(`ALTER TABLE search_document RENAME TO search_document_offline`);
    try {
      // Lists sent whole: UpdateOfferingInput gives omitted lists a default of [] (which would drop the equipment).
      const unchanged = {
        equipmentIds: catalog.equipmentIds,
        keywords: ['正极材料', 'cathode', 'NCM811'],
        accreditations: ['CMA'],
        leadTimeDays: 14,
      };
      await op(`mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`, {
        input: { id: catalog.offeringId, title: '高镍三元正极材料吨级放大', ...unchanged },
      });
      await op(`mutation($id: ID!) { archiveOffering(id: $id) { id } }`, { id: second.createOffering.id });
      const third = await op<{ createOffering: { id: string } }>(
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        {
          input: offeringInput(catalog.platformId, catalog.equipmentIds, {
            title: '钠离子电池正极放大',
            titleEn: 'Sodium-ion cathode scale-up',
            keywords: ['sodium'],
          }),
        },
      );
      const day = shanghaiDayFromToday(4);
      await publishSlots(t, operator, catalog.equipmentIds[0], [
        { startsAt: shanghaiTime(day, '09:00'), endsAt: shanghaiTime(day, '17:00'), openAccess: true },
      ]);

      await outbox.drainAll();
      const backlog = await outbox.backlog();
      expect(backlog.pending).toBeGreaterThanOrEqual(4);
      expect(backlog.failing).toBe(backlog.pending);
      const [failed]: Array<{ last_error: string }> = await sql(
        `SELECT last_error FROM outbox_message WHERE processed_at IS NULL AND attempts > 0 LIMIT 1`,
      );
      expect(failed.last_error).toMatch(/search_document/);
      const down = await health();
      expect(down.details.search).toMatchObject({
        status: 'down',
        engine: 'postgres',
        outboxPending: backlog.pending,
        outboxFailing: backlog.failing,
      });

      // Back up: the messages wait out their backoff, then drain in order to the current state of the catalog.
      await sql(`ALTER TABLE search_document_offline RENAME TO search_document`);
      const deadline = Date.now() + 20_000;
      while ((await outbox.backlog()).pending > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await outbox.drainAll();
      }
      expect(await outbox.backlog()).toEqual({ pending: 0, failing: 0, oldestPendingSeconds: 0 });
      expect((await health()).details.search).toMatchObject({ status: 'up', outboxPending: 0 });

      expect(await found({ query: '高镍三元' })).toEqual([
        { id: catalog.offeringId, title: '高镍三元正极材料吨级放大' },
      ]);
      expect(await found({ query: 'LFP' })).toEqual([]);
      expect((await found({ query: 'sodium' })).map((o) => o.id)).toEqual([third.createOffering.id]);
      const openAccess = (await found({ openAccessOnly: true })).map((o) => o.id);
      expect(new Set(openAccess)).toEqual(new Set([catalog.offeringId, third.createOffering.id]));
      const [{ count }]: Array<{ count: number }> = await sql(`SELECT count(*)::int AS count FROM search_document`);
      expect(count).toBe(2);
    } finally {
      await sql(`ALTER TABLE IF EXISTS search_document_offline RENAME TO search_document`);
    }
  });

  it('re-indexes everything from the database beside the live index, while searches keep answering', async () => {
    // Drift the index away from the database (a lost write, a restored backup): the rebuild must repair it.
    await sql(`DELETE FROM search_document`);
    await sql(`UPDATE search_term SET doc_count = doc_count + 7`);
    // Searches reuse what they computed until the index generation moves; a change made behind the engine's back
    // must move it too (docs/search.md, "Operation").
    await sql(`UPDATE search_index_state SET generation = generation + 1`);
    expect(await found({ query: 'sodium' })).toEqual([]);

    let searching = true;
    const answers: number[] = [];
    const searches = (async () => {
      while (searching) {
        const res = await t.gql(SEARCH, { input: { query: '正极' } });
        answers.push(res.errors ? -1 : 1);
      }
    })();
    const result = await t.app.get(OfferingSearchService).reindexAll();
    searching = false;
    await searches;

    expect(result.documents).toBe(2);
    // A word every document holds (both offerings are on a 中试基地): counts come from the index-wide totals.
    const everywhere = await t.gql<{
      searchOfferings: {
        total: number;
        hits: unknown[];
        facets: Array<{ field: string; values: Array<{ value: string; count: number }> }>;
      };
    }>(
      `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total hits { score } facets { field values { value count } } } }`,
      { input: { query: '中试' } },
    );
    expect(everywhere.data?.searchOfferings).toMatchObject({ total: 2, hits: [{}, {}] });
    expect(everywhere.data?.searchOfferings.facets.find((f) => f.field === 'serviceType')?.values).toEqual([
      { value: 'SCALE_UP', count: 2 },
    ]);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((a) => a === 1)).toBe(true);
    expect((await found({ query: 'sodium' })).length).toBe(1);
    const terms: Array<{ term: string; doc_count: number }> = await sql(
      `SELECT term, doc_count FROM search_term WHERE term IN ('sodium', 'cathode') ORDER BY term`,
    );
    expect(terms).toEqual([
      { term: 'cathode', doc_count: 2 },
      { term: 'sodium', doc_count: 1 },
    ]);
    // The rebuilt tables carry the same indexes under the same names.
    const indexes: Array<{ indexname: string }> = await sql(
      `SELECT indexname FROM pg_indexes WHERE tablename LIKE 'search_%' ORDER BY indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual([
      'ix_search_document_rating',
      'ix_search_document_terms',
      'ix_search_suggestion_trgm',
      'ix_search_term_trgm',
      'pk_search_document',
      'pk_search_facet_count',
      'pk_search_index_state',
      'pk_search_suggestion',
      'pk_search_term',
      'pk_search_token_facet',
    ]);
    // The counts kept per common token are rebuilt from the new documents: with two documents, every word is common.
    const kept: Array<{ grp: number; doc_count: number }> = await sql(
      `SELECT grp, sum(doc_count)::int AS doc_count FROM search_token_facet WHERE term = 'cathode' GROUP BY grp ORDER BY grp`,
    );
    expect(kept).toEqual([0, 1, 2, 3].map((grp) => ({ grp, doc_count: 2 })));
  });
});
