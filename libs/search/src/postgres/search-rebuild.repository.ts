import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { databaseTrouble } from '#core';
import { SearchError, SearchErrorCode } from '../search.errors.js';
import { isTypoVocabulary, type CounterChanges } from './pg-search-row.js';
import { FACET_COLUMNS, NEXT_SUFFIX, SEARCH_TABLES } from './search-document.repository.js';
import { TRACKED_TOKEN_SHARE, tokenFacetGroupingSql } from './token-facet-counts.js';

const NEXT = NEXT_SUFFIX;

/**
 * Fills search_token_facet`suffix` from search_document`suffix`: the tracked tokens are the words (no place marks) of
 * search_term`suffix` held by at least $1 (TRACKED_TOKEN_SHARE) of the documents; for each, its documents counted per
 * grouping set (token-facet-counts.ts), found by the GIN index (each token a tsquery of one lexeme, quoted as lexeme()
 * in tsquery.ts quotes it).
 */
const tokenFacetFillSql = (suffix: string) => {
  const { select, sets } = tokenFacetGroupingSql((field) => `d.${FACET_COLUMNS[field]}`);
  return `INSERT INTO search_token_facet${suffix} (term, grp, a, b, doc_count)
   SELECT t.term, x.grp, x.a, x.b, x.n
     FROM (SELECT term FROM search_term${suffix}
            WHERE left(term, 1) NOT IN ('^', '=', '@')
              AND doc_count >= greatest(1, ceil($1::numeric * (SELECT doc_count FROM search_facet_count${suffix}
                                                        WHERE facet = '*' AND value = '*')))) AS t,
          LATERAL (SELECT ${select}, count(*)::int AS n FROM search_document${suffix} d
                    WHERE d.terms @@ ('''' || replace(replace(t.term, '\\', '\\\\'), '''', '''''') || '''')::tsquery GROUP BY GROUPING SETS (${sets})) AS x`;
};

/**
 * The DDL of a full re-index of the PostgreSQL engine: empty copies of the search tables (`*_next`) are filled in the
 * re-index's transaction (rows through SearchDocumentRepository.upsertRows(..., 'next'), counters here), indexed in
 * one pass, then swapped in for the live tables, all in that one transaction: searches read the old tables until
 * it commits.
 */
@Injectable()
export class SearchRebuildRepository {
  /** The counts of a whole rebuild, into the `*_next` tables (no unique index yet: plain inserts). */
  async insertCounters(manager: EntityManager, counts: CounterChanges): Promise<void> {
    const terms = [...counts.terms.entries()].filter(([, n]) => n > 0);
    for (let i = 0; i < terms.length; i += 10_000) {
      const chunk = terms.slice(i, i + 10_000);
      await manager.query(
        `INSERT INTO search_term${NEXT} (term, doc_count, latin) SELECT * FROM unnest($1::text[], $2::int[], $3::boolean[])`,
        [chunk.map((t) => t[0]), chunk.map((t) => t[1]), chunk.map((t) => isTypoVocabulary(t[0]))],
      );
    }
    const facets = [...counts.facets.entries()]
      .filter(([, n]) => n > 0)
      .map(([key, n]) => [...key.split('\u0000'), n] as const);
    await manager.query(
      `INSERT INTO search_facet_count${NEXT} (facet, value, doc_count) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [facets.map((f) => f[0]), facets.map((f) => f[1]), facets.map((f) => f[2])],
    );
    const suggestions = [...counts.suggestions.entries()]
      .filter(([, c]) => c.delta > 0)
      .map(([key, c]) => [...key.split('\u0000'), c.text, c.delta] as const);
    for (let i = 0; i < suggestions.length; i += 10_000) {
      const chunk = suggestions.slice(i, i + 10_000);
      await manager.query(
        `INSERT INTO search_suggestion${NEXT} (source, norm, text, doc_count) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])`,
        [chunk.map((s) => s[0]), chunk.map((s) => s[1]), chunk.map((s) => s[2]), chunk.map((s) => s[3])],
      );
    }
  }

  /** Empty copies of the search tables (`*_next`): columns, storage and table options, no indexes yet. */
  async createNextTables(manager: EntityManager): Promise<void> {
    // The rebuild's transaction waits on the catalog reads between its batches: not a forgotten transaction.
    await manager.query(`SET LOCAL idle_in_transaction_session_timeout = 0`);
    // Its statements (the load, CLUSTER, the index builds, the token-facet fill) run for minutes on a large catalogue or
    // a busy server: the pool's statement_timeout guards request work and would throw the whole rebuild away.
    // swapInNextTables restores it before it takes the live tables.
    await manager.query(`SET LOCAL statement_timeout = 0`);
    for (const table of SEARCH_TABLES) {
      await manager.query(`DROP TABLE IF EXISTS ${table}${NEXT}`);
      await manager.query(`CREATE TABLE ${table}${NEXT} (LIKE ${table} INCLUDING ALL EXCLUDING INDEXES)`);
      const [{ options }]: Array<{ options: string[] | null }> = await manager.query(
        `SELECT reloptions AS options FROM pg_class WHERE oid = $1::regclass`,
        [table],
      );
      if (options?.length) await manager.query(`ALTER TABLE ${table}${NEXT} SET (${options.join(', ')})`);
    }
  }

  /**
   * Builds the live tables' indexes on the `*_next` tables (after the load: a GIN index is built far faster in
   * one pass than row by row), then drops the live tables and renames the new ones into place. The caller's
   * transaction commits it all at once; searches running meanwhile read the old tables until then.
   */
  async swapInNextTables(manager: EntityManager): Promise<void> {
    await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    // Rows in topic order (industry direction, then title): the documents one word matches then sit on few pages,
    // so a search reads tens of heap pages where it would read thousands in id order. Updates after the rebuild
    // land wherever there is room; the next rebuild restores the order.
    await manager.query(
      `CREATE INDEX search_document_cluster${NEXT} ON search_document${NEXT} (industry_direction, (document->>'titleZh'), id)`,
    );
    await manager.query(`CLUSTER search_document${NEXT} USING search_document_cluster${NEXT}`);
    await manager.query(`DROP INDEX search_document_cluster${NEXT}`);
    const renames: Array<{ table: string; index: string; constraint: string | null }> = [];
    for (const table of SEARCH_TABLES) {
      const indexes: Array<{ index: string; definition: string; constraint: string | null }> = await manager.query(
        `SELECT i.relname AS index, pg_get_indexdef(i.oid) AS definition, c.conname AS constraint
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
           LEFT JOIN pg_constraint c ON c.conindid = i.oid AND c.contype = 'p'
          WHERE x.indrelid = $1::regclass`,
        [table],
      );
      for (const { index, definition, constraint } of indexes) {
        const target = definition.replace(
          ` INDEX ${index} ON public.${table} `,
          ` INDEX ${index}${NEXT} ON public.${table}${NEXT} `,
        );
        if (target === definition)
          throw new Error(`cannot rebuild index ${index}: unexpected definition ${definition}`);
        await manager.query(target);
        if (constraint)
          await manager.query(
            `ALTER TABLE ${table}${NEXT} ADD CONSTRAINT ${constraint}${NEXT} PRIMARY KEY USING INDEX ${index}${NEXT}`,
          );
        renames.push({ table, index, constraint });
      }
      await manager.query(`ANALYZE ${table}${NEXT}`);
    }
    // The counts kept per common token, from the new documents through their new index (a bitmap scan per tracked
    // token; at 100 000 offerings 1 700 tokens, 15 million postings; the write pool would scan the table for a
    // token of 9 000 documents, de-TOASTing every row).
    await manager.query(`SET LOCAL enable_seqscan = off`);
    await manager.query(tokenFacetFillSql(NEXT), [TRACKED_TOKEN_SHARE]);
    await manager.query(`ANALYZE search_token_facet${NEXT}`);
    // Every new search queues behind the lock while it waits, so that wait (and the swap) stays bounded by the pool's
    // statement_timeout: node-pg sends it as a startup parameter, the value DEFAULT returns to.
    await manager.query(`SET LOCAL statement_timeout = DEFAULT`);
    // All at once, in the order the facets statement reads them (search_term, search_facet_count, search_token_facet,
    // then search_document): a search holding one while waiting for the next can then never deadlock with the swap.
    try {
      await manager.query(
        `LOCK TABLE search_term, search_facet_count, search_token_facet, search_document, search_suggestion
           IN ACCESS EXCLUSIVE MODE`,
      );
    } catch (error) {
      if (databaseTrouble(error) !== 'STATEMENT_TIMEOUT') throw error;
      throw new SearchError(
        SearchErrorCode.REINDEX_BLOCKED,
        'The re-index was not swapped in: a transaction kept the live search tables past the statement timeout ' +
          '(pg_stat_activity shows it). The live index is unchanged; run the re-index again.',
      );
    }
    for (const table of SEARCH_TABLES) {
      await manager.query(`DROP TABLE ${table}`);
      await manager.query(`ALTER TABLE ${table}${NEXT} RENAME TO ${table}`);
    }
    for (const { table, index, constraint } of renames) {
      if (constraint)
        await manager.query(`ALTER TABLE ${table} RENAME CONSTRAINT ${constraint}${NEXT} TO ${constraint}`);
      else await manager.query(`ALTER INDEX ${index}${NEXT} RENAME TO ${index}`);
    }
  }
}
