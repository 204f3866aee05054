import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxProcessor } from '#core';
import { DemoSeeder } from '#demo';
import { OfferingSearchService } from '#search';
import { facetRecount } from '../support/search-facet-recount.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROUNDS = 3;
const DRAINS = 4;
// Small batches, so that the drains take turns on the topic and their engine writes overlap.
const BATCH = 6;

/**
 * The PostgreSQL engine keeps counters beside its documents (search_term, search_facet_count, search_token_facet),
 * changed in each write's transaction: several writers at once on their own connections (outbox drains, as two API
 * instances or a jobs process run them, and a full re-index) must neither lose a counter update nor deadlock, and the
 * index must end as the catalog is. Each round changes a few hundred offerings and platforms in ways that move the
 * counters, then indexes the changes with the writers racing, and compares every kept count with a recount.
 */
describe('the search index under concurrent writers', () => {
  let t: TestApp;
  const { search, allMatches, sorted, recount } = facetRecount(() => t);
  const sql = <T = unknown>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.app.get(DataSource).query(query, params);

  // What the writers logged as going wrong (a deadlock, a serialization failure, a batch to retry), whatever the level.
  const logged: string[] = [];

  beforeAll(async () => {
    for (const level of ['warn', 'error'] as const)
      jest.spyOn(Logger.prototype, level).mockImplementation((message: unknown) => {
        logged.push(String(message));
      });
    t = await startTestApp();
    // The demo catalogue, bulk-inserted, indexed whole: its common words (检测, 电池...) are then tracked tokens.
    await t.app.get(DemoSeeder).seed({ offerings: 400, slotWeeks: 0, indexForSearch: false });
    await t.app.get(OfferingSearchService).reindexAll();
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  /** Changes many offerings and platforms at once, differently each round, and queues their messages (some twice). */
  const changeCatalog = async (round: number) => {
    const pick = (where: string, n: number) =>
      sql<{ id: string }>(
        `SELECT id FROM service_offering WHERE ${where} ORDER BY md5(id::text || $1::text) LIMIT ${n}`,
        [round],
      ).then((rows) => rows.map((row) => row.id));
    const gain = await pick(`title NOT LIKE '%检测%'`, 40);
    const lose = await pick(`title LIKE '%检测%'`, 40);
    const retype = await pick('true', 60);
    // Archived (removed from the index) and, from the second round on, published again (added back).
    const toggle = [...(await pick(`status = 'ACTIVE'`, 20)), ...(await pick(`status = 'ARCHIVED'`, 20))];
    const platforms = await sql<{ id: string }>(`SELECT id FROM platform ORDER BY md5(id::text || $1::text) LIMIT 6`, [
      round,
    ]).then((rows) => rows.map((row) => row.id));
    await sql(`UPDATE service_offering SET title = title || ' 检测' WHERE id = ANY($1::uuid[])`, [gain]);
    await sql(`UPDATE service_offering SET title = replace(title, '检测', '') WHERE id = ANY($1::uuid[])`, [lose]);
    await sql(
      `UPDATE service_offering SET service_type = (CASE WHEN service_type = 'SCALE_UP' THEN 'TYPE_TESTING' ELSE 'SCALE_UP' END)::service_type
        WHERE id = ANY($1::uuid[])`,
      [retype],
    );
    await sql(
      `UPDATE service_offering SET status = (CASE WHEN status = 'ACTIVE' THEN 'ARCHIVED' ELSE 'ACTIVE' END)::offering_status
        WHERE id = ANY($1::uuid[])`,
      [toggle],
    );
    // Half the platforms suspended or published again, the other half moved to another province (its place words).
    await sql(
      `UPDATE platform SET status = (CASE WHEN status = 'PUBLISHED' THEN 'SUSPENDED' ELSE 'PUBLISHED' END)::platform_status
        WHERE id = ANY($1::uuid[])`,
      [platforms.slice(0, 3)],
    );
    await sql(
      `UPDATE platform SET province = CASE WHEN province = '44' THEN '32' ELSE '44' END WHERE id = ANY($1::uuid[])`,
      [platforms.slice(3)],
    );
    const offerings = [...gain, ...lose, ...retype, ...toggle];
    // Each offering's message twice, far apart: two drains may then write the same document at the same time.
    await sql(
      `INSERT INTO outbox_message (topic, key, payload)
       SELECT 'search.offering', 'offering:' || id, jsonb_build_object('offeringId', id)
         FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, n) ORDER BY n % 7, n`,
      [[...offerings, ...offerings.slice().reverse()]],
    );
    await sql(
      `INSERT INTO outbox_message (topic, key, payload)
       SELECT 'search.offering', 'platform:' || id, jsonb_build_object('platformId', id) FROM unnest($1::uuid[]) AS id`,
      [platforms],
    );
    return offerings.length;
  };

  /** One writer: outbox batches until it finds none ready (the others may hold the last ones). */
  const drain = async () => {
    const outbox = t.app.get(OutboxProcessor);
    let handled = 0;
    for (let n = await outbox.drainOnce(BATCH); n > 0; n = await outbox.drainOnce(BATCH)) handled += n;
    return handled;
  };

  /** Keys whose kept count (`kept`) differs from the recount (`actual`), a missing side as null. */
  const differing = (table: string, keys: readonly string[], actual: string, kept: string) =>
    sql(
      `SELECT '${table}' AS "table", ${keys.map((k) => `coalesce(a.${k}, k.${k}) AS ${k}`).join(', ')},
              a.n AS actual, k.n AS kept
         FROM (${actual}) AS a FULL JOIN (${kept}) AS k ON ${keys.map((k) => `a.${k} = k.${k}`).join(' AND ')}
        WHERE a.n IS DISTINCT FROM k.n ORDER BY 2 LIMIT 20`,
    );

  /** Every kept count that differs from a recount of search_document (empty when all are exact). */
  const counterDrift = async () => [
    ...(await differing(
      'search_term',
      ['term'],
      `SELECT k.term, count(*)::int AS n FROM search_document d, unnest(tsvector_to_array(d.terms)) AS k(term)
        WHERE position(':' in k.term) = 0 GROUP BY 1`,
      `SELECT term, doc_count AS n FROM search_term`,
    )),
    ...(await differing(
      'search_facet_count',
      ['facet', 'value'],
      `SELECT f.facet, f.value, count(*)::int AS n
         FROM search_document d,
              LATERAL (SELECT '*', '*' UNION ALL SELECT 'serviceType', d.document->>'serviceType'
                       UNION ALL SELECT 'industryDirection', d.document->>'industryDirection'
                       UNION ALL SELECT 'province', d.document->>'province'
                       UNION ALL SELECT 'level', d.document->>'platformLevel'
                       UNION ALL SELECT DISTINCT 'accreditation', a FROM jsonb_array_elements_text(d.document->'accreditations') a)
              AS f(facet, value)
        GROUP BY 1, 2`,
      `SELECT facet::text, value::text, doc_count AS n FROM search_facet_count`,
    )),
    // A tracked token keeps its row (grp 0) at zero documents, and only those of tracked tokens are kept.
    ...(await differing(
      'search_token_facet',
      ['term', 'grp', 'a', 'b'],
      `SELECT k.term, g.grp, g.a, g.b, count(*)::int AS n
         FROM search_document d, unnest(tsvector_to_array(d.terms)) AS k(term),
              LATERAL (VALUES (0::smallint, 0::smallint, 0::smallint), (1, d.service_type, d.platform_level),
                              (2, d.industry_direction, d.accreditations), (3, d.province, 0::smallint)) AS g(grp, a, b)
        WHERE k.term IN (SELECT term FROM search_token_facet WHERE grp = 0)
        GROUP BY 1, 2, 3, 4`,
      `SELECT term, grp, a, b, doc_count AS n FROM search_token_facet WHERE doc_count <> 0`,
    )),
  ];

  /** Offerings whose document is missing, left over, or not as the catalog now is. */
  const staleDocuments = () =>
    sql(
      `WITH expected AS (
         SELECT o.id, o.service_type::text AS st, p.province::text AS prov, o.title
           FROM service_offering o JOIN platform p ON p.id = o.platform_id
          WHERE o.status = 'ACTIVE' AND p.status = 'PUBLISHED'),
       indexed AS (
         SELECT id, document->>'serviceType', document->>'province', document->>'titleZh' FROM search_document)
       SELECT 'missing' AS why, * FROM (SELECT * FROM expected EXCEPT SELECT * FROM indexed) AS m
       UNION ALL SELECT 'extra', * FROM (SELECT * FROM indexed EXCEPT SELECT * FROM expected) AS e`,
    );

  /** Messages not handled, or handled only after a failure (a deadlock or serialization error would be one). */
  const troubledMessages = () =>
    sql(
      `SELECT id, key, attempts, last_error FROM outbox_message WHERE processed_at IS NULL OR attempts > 0 OR last_error IS NOT NULL`,
    );

  /** Everything the race could have broken: counters, documents, messages, and what searches answer. */
  const expectExactIndex = async () => {
    expect(logged.splice(0)).toEqual([]);
    expect(await troubledMessages()).toEqual([]);
    expect(await counterDrift()).toEqual([]);
    expect(await staleDocuments()).toEqual([]);
    const [{ searchable }] = await sql<{ searchable: number }>(
      `SELECT count(*)::int AS searchable FROM service_offering o JOIN platform p ON p.id = o.platform_id
        WHERE o.status = 'ACTIVE' AND p.status = 'PUBLISHED'`,
    );
    // Nothing restricts the first (index-wide counts); 检测 is a tracked token (its kept counts); then a filter.
    for (const input of [{}, { query: '检测' }, { query: '检测', sort: 'RATING' }, { provinces: ['44'] }]) {
      const ids = await allMatches(input);
      const counted = await search({ ...input, limit: 1 });
      expect(counted.total).toBe(ids.length);
      expect(sorted(counted.facets)).toEqual(await recount(ids));
      if (Object.keys(input).length === 0) expect(ids.length).toBe(searchable);
    }
  };

  it('starts from a re-indexed catalogue whose common words are tracked', async () => {
    const tracked = await sql<{ term: string }>(
      `SELECT term FROM search_token_facet WHERE grp = 0 AND a = 0 AND b = 0`,
    );
    expect(tracked.map((row) => row.term)).toContain('检测');
    expect(tracked.length).toBeGreaterThan(20);
    await expectExactIndex();
  });

  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
    'round %i: outbox drains racing on separate connections keep every counter exact',
    async (round) => {
      const changed = await changeCatalog(round);
      expect(changed).toBeGreaterThan(100);
      const handled = await Promise.all(Array.from({ length: DRAINS }, drain));
      // The drains shared the work: more than one of them wrote.
      expect(handled.filter((n) => n > 0).length).toBeGreaterThan(1);
      await expectExactIndex();
    },
  );

  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 21))(
    'round %i: catalog changes landing while the drains run are all indexed',
    async (round) => {
      const ids = await sql<{ id: string }>(
        `SELECT id FROM service_offering ORDER BY md5(id::text || $1::text) LIMIT 24`,
        [round],
      ).then((rows) => rows.map((row) => row.id));
      let changing = true;
      // Each change and its message in one statement (one transaction), as the catalogue's writes enqueue them.
      const mutate = async () => {
        for (let step = 0; step < 40; step += 1)
          await sql(
            `WITH u AS (UPDATE service_offering SET service_type = (CASE WHEN service_type = 'SCALE_UP' THEN 'TYPE_TESTING' ELSE 'SCALE_UP' END)::service_type,
                                                 title = title || '了'
                         WHERE id = ANY($1::uuid[]) RETURNING id)
             INSERT INTO outbox_message (topic, key, payload)
             SELECT 'search.offering', 'offering:' || id, jsonb_build_object('offeringId', id) FROM u`,
            [ids.slice((step * 3) % 24, ((step * 3) % 24) + 3)],
          );
        changing = false;
      };
      const keepDraining = async () => {
        let handled = 0;
        while (changing) handled += await drain();
        return handled + (await drain());
      };
      await Promise.all([mutate(), ...Array.from({ length: DRAINS }, keepDraining)]);
      await t.app.get(OutboxProcessor).drainAll(BATCH);
      await expectExactIndex();
    },
  );

  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 11))(
    'round %i: a full re-index racing the drains loses no change and leaves every counter exact',
    async (round) => {
      await changeCatalog(round);
      const search = t.app.get(OfferingSearchService);
      // Drains start first (some batches in flight when the re-index asks for the gate), more after it.
      const [first, second, reindexed, third] = await Promise.all([
        drain(),
        drain(),
        new Promise((resolve) => setTimeout(resolve, 5 * round)).then(() => search.reindexAll()),
        new Promise((resolve) => setTimeout(resolve, 10)).then(drain),
      ]);
      expect(first + second + third).toBeGreaterThan(0);
      expect(reindexed.documents).toBeGreaterThan(0);
      await expectExactIndex();
    },
  );
});
