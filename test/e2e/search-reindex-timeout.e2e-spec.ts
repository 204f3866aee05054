import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { OutboxProcessor } from '#core';
import { OfferingSearchService, SearchError, SearchErrorCode } from '#search';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { registerUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEARCH = `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { hits { offering { id } } } }`;
/** The write pool's statement_timeout here: far shorter than a step of the rebuild is held below. */
const TIMEOUT_MS = 2000;
/** The advisory lock the slow index build waits for. */
const GATE_KEY = 7_301_522;

/**
 * A full re-index of the PostgreSQL engine runs its long statements (CLUSTER, the index builds, the token-facet fill)
 * without the pool's statement_timeout, which guards request work; but the swap's lock on the live tables, which every
 * new search queues behind, stays bounded by it. Slow steps are made slow by locks this test holds, not by luck.
 */
describe('a full re-index under the write pool’s statement timeout', () => {
  let t: TestApp;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) });
    catalog = await createCatalog(t, await registerUser(t, { kind: 'LARGE_ENTERPRISE' }));
    await t.app.get(OutboxProcessor).drainAll();
  });

  afterAll(async () => {
    await t.close();
  });

  const sql = (query: string, params: unknown[] = []) => t.app.get(DataSource).query(query, params);
  const found = async (query: string) => {
    const res = await t.gql<{ searchOfferings: { hits: Array<{ offering: { id: string } }> } }>(SEARCH, {
      input: { query },
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.searchOfferings.hits.map((h) => h.offering.id);
  };

  /** Another session, holding locks in a transaction of its own until released. */
  const holding = async (lock: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query(lock, params);
    return {
      release: async () => {
        await client.query('ROLLBACK');
        await client.end();
      },
    };
  };

  /**
   * Starts a re-index and returns once it has ended, or once a statement of it matching `statement` has been waiting
   * for a lock for `waitedMs` (then `waiting` is true and the re-index still runs); `outcome` is how it ends.
   */
  const reindexUntilWaiting = async (statement: string, waitedMs: number) => {
    let ended = false;
    const outcome = t.app
      .get(OfferingSearchService)
      .reindexAll()
      .then(
        (result): { documents?: number; error?: unknown } => ({ documents: result.documents }),
        (error: unknown) => ({ error }),
      )
      .finally(() => (ended = true));
    for (;;) {
      if (ended) return { outcome, waiting: false };
      const rows: unknown[] = await sql(
        `SELECT 1 FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query LIKE $1 AND clock_timestamp() - query_start > make_interval(secs => $2)`,
        [statement, waitedMs / 1000],
      );
      if (rows.length > 0) return { outcome, waiting: true };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('builds an index for longer than the statement timeout and swaps the rebuilt index in', async () => {
    // An index of the live search_term whose expression waits for a lock the test holds: the rebuild copies it onto
    // search_term_next, and that build then runs for as long as the test keeps the lock.
    await sql(
      `CREATE FUNCTION rebuild_gate(term text) RETURNS text LANGUAGE plpgsql IMMUTABLE
         AS $$ BEGIN PERFORM pg_advisory_xact_lock_shared(${GATE_KEY}); RETURN term; END $$`,
    );
    await sql(`CREATE INDEX ix_search_term_gated ON search_term (rebuild_gate(term))`);
    // Drift the live index from the catalog: only a rebuild swapped in brings the offering back.
    await sql(`DELETE FROM search_document`);
    await sql(`UPDATE search_index_state SET generation = generation + 1`);
    expect(await found('正极材料')).toEqual([]);

    const gate = await holding('SELECT pg_advisory_xact_lock($1)', [GATE_KEY]);
    let started: Awaited<ReturnType<typeof reindexUntilWaiting>>;
    try {
      started = await reindexUntilWaiting('CREATE INDEX ix_search_term_gated%', 2 * TIMEOUT_MS);
    } finally {
      await gate.release();
    }
    expect(started.waiting).toBe(true);
    expect(await started.outcome).toEqual({ documents: 1 });
    expect(await found('正极材料')).toEqual([catalog.offeringId]);
    const [{ gated }]: Array<{ gated: string | null }> = await sql(
      `SELECT to_regclass('ix_search_term_gated')::text AS gated`,
    );
    expect(gated).toBe('ix_search_term_gated');
    await sql(`DROP INDEX ix_search_term_gated`);
    await sql(`DROP FUNCTION rebuild_gate(text)`);
  });

  it('gives up the swap when a transaction keeps the live tables past the timeout, leaving the live index searchable', async () => {
    await sql(`DELETE FROM search_term WHERE term = 'cathode'`);
    const generation = await sql(`SELECT generation FROM search_index_state`);
    // A long transaction that has read the live documents: the swap's ACCESS EXCLUSIVE lock must wait for it.
    const reader = await holding('SELECT count(*) FROM search_document');
    let started: Awaited<ReturnType<typeof reindexUntilWaiting>>;
    try {
      // Waiting longer than a bounded lock wait can take means the swap would wait for as long as the reader lives.
      started = await reindexUntilWaiting('%LOCK TABLE search_term%', 5 * TIMEOUT_MS);
    } finally {
      await reader.release();
    }
    expect(started.waiting).toBe(false);
    const { error } = await started.outcome;
    expect(error).toBeInstanceOf(SearchError);
    expect(error).toMatchObject({ code: SearchErrorCode.REINDEX_BLOCKED });
    expect((error as Error).message).toMatch(/live search tables/);
    // Nothing of the rebuild stayed: the live tables, their generation and their answers are those from before.
    const [{ next }]: Array<{ next: string | null }> = await sql(
      `SELECT to_regclass('search_document_next')::text AS next`,
    );
    expect(next).toBeNull();
    expect(await sql(`SELECT generation FROM search_index_state`)).toEqual(generation);
    expect(await sql(`SELECT term FROM search_term WHERE term = 'cathode'`)).toEqual([]);
    expect(await found('正极材料')).toEqual([catalog.offeringId]);
    // With the reader gone, the same rebuild goes through.
    await t.app.get(OfferingSearchService).reindexAll();
    expect(await sql(`SELECT term FROM search_term WHERE term = 'cathode'`)).toEqual([{ term: 'cathode' }]);
  });
});
