import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { OutboxProcessor } from '#core';
import { DemoSeeder } from '#demo';
import { OfferingSearchService } from '#search';
import { facetRecount, type Facet } from '../support/search-facet-recount.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Facets are counted in paired grouping sets and summed in memory: every count must equal a recount by SQL, over the
 * catalog's own rows, of exactly the offerings the search matches (all its pages), and the total their number.
 */
describe('search facets equal an SQL recount of the matches', () => {
  let t: TestApp;
  const { search, allMatches, sorted, recount } = facetRecount(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    // Production-shaped: the demo generator's catalogue, bulk-inserted, then indexed whole.
    await t.app.get(DemoSeeder).seed({ offerings: 1500, slotWeeks: 0, indexForSearch: false });
    await t.app.get(OfferingSearchService).reindexAll();
  });

  afterAll(async () => {
    await t.close();
  });

  const QUERIES: Array<[string, Record<string, unknown>]> = [
    ['everything', {}],
    ['one word', { query: '检测' }],
    ['two words', { query: '电池 检测' }],
    ['a service type', { serviceTypes: ['PERFORMANCE_TESTING'] }],
    ['two provinces', { provinces: ['32', '44'] }],
    ['an accreditation', { accreditations: ['CNAS'] }],
    ['accreditations and a province', { accreditations: ['CNAS', 'CMA'], provinces: ['32'] }],
    ['text with filters', { query: '材料', serviceTypes: ['PERFORMANCE_TESTING', 'SCALE_UP'], provinces: ['32'] }],
  ];

  const SORTED = QUERIES.flatMap(([name, input]): Array<[string, Record<string, unknown>]> => [
    [`${name}, by relevance`, { ...input, sort: 'RELEVANCE' }],
    [`${name}, by rating`, { ...input, sort: 'RATING' }],
  ]);

  it.each(SORTED)('%s: the total and every facet value equal the recount, zero counts absent', async (_name, input) => {
    const ids = await allMatches(input);
    expect(new Set(ids).size).toBe(ids.length);
    const counted = await search({ ...input, limit: 1 });
    expect(counted.total).toBe(ids.length);
    expect(sorted(counted.facets)).toEqual(await recount(ids));
    for (const facet of counted.facets) for (const value of facet.values) expect(value.count).toBeGreaterThan(0);
  });

  it('the queries above are not trivial: they match different, non-empty sets', async () => {
    const totals = await Promise.all(QUERIES.map(([, input]) => search({ ...input, limit: 1 }).then((r) => r.total)));
    expect(totals.every((n) => n > 0)).toBe(true);
    expect(new Set(totals).size).toBeGreaterThan(4);
  });

  it('counts a common word from the counts kept for it, which stay exact as offerings change', async () => {
    const sql = (query: string, params: unknown[] = []) => t.app.get(DataSource).query(query, params);
    // 检测 and 电池 are among the words the re-index keeps counts for (held by at least 2 % of the offerings).
    const tracked: Array<{ term: string }> = await sql(
      `SELECT term FROM search_token_facet WHERE grp = 0 AND term IN ('检测', '电池') ORDER BY term`,
    );
    expect(tracked.map((row) => row.term)).toEqual(['检测', '电池']);
    const inputs = [{ query: '检测' }, { query: 'testing' }, { query: '电池' }, { query: '检测', sort: 'RATING' }];
    const check = async () => {
      for (const input of inputs) {
        const ids = await allMatches(input);
        const counted = await search({ ...input, limit: 1 });
        expect(counted.total).toBe(ids.length);
        expect(sorted(counted.facets)).toEqual(await recount(ids));
        // Only some facets, or the total alone: the kept counts' other grouping sets are left out.
        const some = await search({ ...input, limit: 1, facetFields: ['level', 'province'] });
        expect(some.total).toBe(ids.length);
        expect(sorted(some.facets).filter((f) => ['level', 'province'].includes(f.field))).toEqual(
          (await recount(ids)).filter((f) => ['level', 'province'].includes(f.field)),
        );
        const totalOnly = await t.gql<{ searchOfferings: { total: number } }>(
          `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total } }`,
          { input },
        );
        expect(totalOnly.data?.searchOfferings.total).toBe(ids.length);
      }
    };
    await check();
    // Changes through the outbox, as the catalogue makes them: offerings gain the word, lose it, or keep it with other
    // facet values (another service type, another platform level), or are archived.
    const [gain, lose, retype, archive]: Array<Array<{ id: string }>> = await Promise.all([
      sql(
        `SELECT id FROM service_offering WHERE title NOT LIKE '%检测%' AND description NOT LIKE '%检测%' ORDER BY id LIMIT 5`,
      ),
      sql(
        `SELECT id FROM service_offering WHERE title LIKE '%检测%' AND description NOT LIKE '%检测%' ORDER BY id LIMIT 5`,
      ),
      sql(`SELECT id FROM service_offering WHERE title LIKE '%检测%' ORDER BY id DESC LIMIT 5`),
      sql(`SELECT id FROM service_offering WHERE description LIKE '%电池%' ORDER BY id LIMIT 3`),
    ]);
    expect([gain, lose, retype, archive].every((rows) => rows.length > 0)).toBe(true);
    const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
    await sql(`UPDATE service_offering SET title = title || ' 检测' WHERE id = ANY($1::uuid[])`, [ids(gain)]);
    await sql(`UPDATE service_offering SET title = replace(title, '检测', '') WHERE id = ANY($1::uuid[])`, [ids(lose)]);
    await sql(
      `UPDATE service_offering SET service_type = (CASE WHEN service_type = 'SCALE_UP' THEN 'TYPE_TESTING' ELSE 'SCALE_UP' END)::service_type
        WHERE id = ANY($1::uuid[])`,
      [ids(retype)],
    );
    await sql(`UPDATE service_offering SET status = 'ARCHIVED' WHERE id = ANY($1::uuid[])`, [ids(archive)]);
    await sql(
      `INSERT INTO outbox_message (topic, key, payload)
       SELECT 'search.offering', 'offering:' || id, jsonb_build_object('offeringId', id) FROM unnest($1::uuid[]) AS id`,
      [[...ids(gain), ...ids(lose), ...ids(retype), ...ids(archive)]],
    );
    await t.app.get(OutboxProcessor).drainAll();
    await check();
    // Every count kept for every tracked word equals a recount of the documents holding it.
    const differing: unknown[] = await sql(
      `WITH actual AS (
         SELECT k.term, g.grp, g.a, g.b, count(*)::int AS n
           FROM search_document d, unnest(tsvector_to_array(d.terms)) AS k(term),
                LATERAL (VALUES (0::smallint, 0::smallint, 0::smallint), (1, d.service_type, d.platform_level),
                                (2, d.industry_direction, d.accreditations), (3, d.province, 0::smallint)) AS g(grp, a, b)
          WHERE k.term IN (SELECT term FROM search_token_facet WHERE grp = 0)
          GROUP BY 1, 2, 3, 4),
       kept AS (SELECT term, grp, a, b, doc_count AS n FROM search_token_facet WHERE doc_count <> 0)
       SELECT * FROM (SELECT * FROM actual EXCEPT SELECT * FROM kept) AS missing
       UNION ALL SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM actual) AS extra`,
    );
    expect(differing).toEqual([]);
  });

  it('answers the total without facets, and facets without hits, as the full search does', async () => {
    const input = { query: '检测', provinces: ['32'] };
    const full = await search(input);
    const totalOnly = await t.gql<{ searchOfferings: { total: number } }>(
      `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total } }`,
      { input },
    );
    expect(totalOnly.data?.searchOfferings.total).toBe(full.total);
    const facetsOnly = await t.gql<{ searchOfferings: { facets: Facet[] } }>(
      `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { facets { field values { value count } } } }`,
      { input },
    );
    expect(sorted(facetsOnly.data?.searchOfferings.facets ?? [])).toEqual(sorted(full.facets));
  });
});
