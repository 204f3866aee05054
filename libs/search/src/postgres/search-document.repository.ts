import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, QueryCounter, type AppConfig } from '#core';
import { EARTH_RADIUS_KM } from '../geo.js';
import type { FacetField, SearchPriceTier } from '../search-document.js';
import type { SuggestionSource } from '../text/suggestions.js';
import { facetColumnGroup, type FacetColumnGroup } from './pg-filter.js';
import { unitQuery, type PlaceProbe, type Vocabulary } from './pg-query-plan.js';
import {
  accreditationsOf,
  counterKey,
  facetValueOf,
  isTypoVocabulary,
  provinceOf,
  TOTAL_FACET,
  type CounterChanges,
  type PgSearchRow,
  type StoredDocument,
} from './pg-search-row.js';
import type {
  DocumentCriteria,
  DocumentDetails,
  DocumentOrder,
  FacetRows,
  SuggestionRow,
  TextCondition,
} from './search-criteria.js';
import { FACET_GROUPS, type TokenFacetKey } from './token-facet-counts.js';
import { allOf, anyLexeme, disjuncts, lexeme, oneOf, singleLexeme, without, type TsQuery } from './tsquery.js';

export const SEARCH_TABLES = [
  'search_document',
  'search_term',
  'search_facet_count',
  'search_suggestion',
  'search_token_facet',
] as const;
/** The column of each tier's price (fen, bigint): filters and sorts by price read the caller's. */
const PRICE_COLUMN: Readonly<Record<SearchPriceTier | 'BASE', string>> = {
  BASE: 'price_amount',
  STARTUP: 'price_startup',
  SME: 'price_sme',
  UNIVERSITY: 'price_university',
  RESEARCH_INSTITUTE: 'price_research_institute',
  LARGE_ENTERPRISE: 'price_large_enterprise',
};
const priceColumn = (tier: SearchPriceTier | undefined) => PRICE_COLUMN[tier ?? 'BASE'];
/** The search_document column holding each facet's codes (FACET_CODES, ACCREDITATION_BITS). */
export const FACET_COLUMNS: Record<FacetField, string> = {
  serviceType: 'service_type',
  industryDirection: 'industry_direction',
  province: 'province',
  level: 'platform_level',
  accreditation: 'accreditations',
};

/** Suffix of the tables a full re-index fills beside the live ones (search-rebuild.repository.ts). */
export const NEXT_SUFFIX = '_next';
const NEXT = NEXT_SUFFIX;
// Typo candidates looked up per query word, nearest first: the few within one or two edits are among them.
const MAX_NEIGHBOURS = 24;
// Statement texts sent as named (prepared) statements, the first ones a process sends: each costs its connections
// ≈ 170 kB of plan cache (measured with pg_backend_memory_contexts), and a search sends a few dozen texts in all
// (35 over the 632 searches of the bench's mix, the evaluation sets and 300 Zipf searches). Later texts go unnamed.
const MAX_NAMED_STATEMENTS = 48;
// Vocabulary words summed for a prefix's document count: an estimate, bounded so that 'c' stays cheap.
const MAX_PREFIX_WORDS = 500;
// Postings a headline probe may read: measured at 100 000 offerings, about 0.3–1 ms for 10 000 (锂电池: 9 528,
// absent, saving two bucket statements of 1.3–1.7 ms each), 2–5 ms for 40 000–55 000 (型式 试验, found).
const MAX_PROBE_POSTINGS = 12_000;
// The headline probes of vocabulary() ($6-$9), a UNION ALL branch sent only with probes.
const PROBES_SQL = `UNION ALL
       SELECT 'e', pr.key, NULL, 0 FROM unnest($6::text[], $7::text[], $8::text[], $9::text[]) AS pr(key, singles, postings, q)
        WHERE CASE WHEN EXISTS (SELECT 1 FROM search_term WHERE term = ANY(string_to_array(pr.singles, ' '))) THEN false
                   WHEN (SELECT coalesce(sum(doc_count), 0) FROM search_term
                          WHERE term = ANY(string_to_array(pr.postings, ' '))) > ${MAX_PROBE_POSTINGS} THEN false
                   ELSE NOT EXISTS (SELECT 1 FROM search_document WHERE terms @@ pr.q::tsquery) END`;

// A row's tokens that are among $1 (words, $3 the same as tsqueries) or start with a prefix that $2 finds (a regular
// expression, prefixPattern; NULL for none): what the query can match. Each word is looked up in the row's sorted
// lexemes (`@@` of one lexeme is a binary search) instead of every one of its ≈ 340 lexemes being unnested and
// compared with the words: 20 hits' tokens 1.6–2.2 → 0.45 ms at 100 000 offerings. `|| ''::tsvector` de-TOASTs
// `terms` once per row (OFFSET 0 keeps it computed once): each `@@` on the column itself would decompress it again.
// Prefixes: one regular expression over the lexemes' text form (in tsvector_to_array's order), its matches unescaped
// back to lexemes; listing the ≈ 340 lexemes as an array to test each cost about as much as the rest of a page's
// statement for a query ending in a prefix (docs/benchmarks.md).
const matchingTokens = (terms: string) =>
  `(SELECT ARRAY(SELECT q.t FROM unnest($1::text[], $3::tsquery[]) AS q(t, tq) WHERE v.terms @@ q.tq)
           || CASE WHEN $2::text IS NULL THEN '{}'::text[]
                   ELSE ARRAY(SELECT l.t FROM (SELECT replace(replace(m[1], '''''', ''''), '\\\\', '\\') AS t
                                                 FROM regexp_matches(v.terms::text, $2::text, 'g') AS m) AS l
                               WHERE l.t <> ALL($1::text[])) END
      FROM (SELECT ${terms} || ''::tsvector AS terms OFFSET 0) AS v)`;

// What a hit shows of a row `d` (details()): its place, its tokens the query can match ($1–$3), its texts.
const DETAILS_COLUMNS = `d.lat, d.lng, ${matchingTokens('d.terms')} AS tokens,
       d.document->>'titleZh' AS title_zh, d.document->>'titleEn' AS title_en,
       d.document->>'descriptionZh' AS description_zh, d.document->>'descriptionEn' AS description_en`;

/** A match with what ranking it in memory needs: its rating and its tokens the query can match. */
export interface CandidateRow {
  id: string;
  rating: number | null;
  tokens: string[];
}

interface DetailsRow {
  id: string;
  lat: number | null;
  lng: number | null;
  tokens: string[];
  title_zh: string;
  title_en: string | null;
  description_zh: string;
  description_en: string | null;
}

const toDetails = (r: DetailsRow): DocumentDetails => ({
  id: r.id,
  lat: r.lat,
  lng: r.lng,
  tokens: r.tokens,
  texts: { titleZh: r.title_zh, titleEn: r.title_en, descriptionZh: r.description_zh, descriptionEn: r.description_en },
});

/**
 * The regular expression (PostgreSQL's ARE) that finds, in a tsvector's text form, each lexeme starting with one of
 * `prefixes` (captured as written): a lexeme is written `'…'` with `'` and `\` doubled, one space between lexemes.
 * Null for no prefix.
 */
export function prefixPattern(prefixes: readonly string[]): string | null {
  if (prefixes.length === 0) return null;
  const written = prefixes.map((prefix) =>
    prefix.replace(/['\\]/g, (c) => c + c).replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`),
  );
  return `(?:^| )'((?:${written.join('|')})(?:[^']|'')*)'(?= |$)`;
}

/**
 * Nothing but one unit's words restricts the criteria: its alternatives are the disjuncts (several units, or the
 * universe's sets, would share posting lists that one tsquery reads once).
 */
const isOneUnit = ({ filter, text, oneOf, excludeIds }: DocumentCriteria) =>
  text.length === 1 &&
  text[0].units.length === 1 &&
  !oneOf?.length &&
  filter.anyOf.length === 0 &&
  !filter.openDays &&
  filter.maxPrice === undefined &&
  !filter.near &&
  !excludeIds?.length;

/** Positional parameters of one statement. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function params(...values: unknown[]): Params {
  const p = new Params();
  for (const value of values) p.add(value);
  return p;
}

/** Parameters $1–$3 of matchingTokens(). */
const tokenParams = (words: readonly string[], prefixes: readonly string[], ...more: unknown[]) =>
  params(words, prefixPattern(prefixes), words.map(lexeme), ...more);

/**
 * The SQL of the PostgreSQL search engine. Every condition on the inverted index is one tsquery (`terms @@ $n`,
 * see tsquery.ts), evaluated whole by ix_search_document_terms. Searches run on a small pool of their own (a
 * bulkhead: a burst of searches cannot take the connections bookings need) whose sessions set
 * `enable_seqscan = off`, so that the planner never answers `@@` by scanning and de-TOASTing `terms` row by row
 * (measured at 100 000 rows: 0.7 s instead of 15 ms for a term every document has, where the row estimate made a
 * scan look cheaper). A statement that nothing but a scan can answer still scans. Its statements are planned once per
 * connection: named (prepared) and, by `plan_cache_mode = force_generic_plan`, planned for any parameters, as the
 * session forces for its unnamed ones too (planning a custom plan cost 0.2–4 ms per statement at 100 000 offerings,
 * mostly estimating the tsquery's selectivity from the statistics; the plans' shapes are fixed by their planning
 * fences and the few indexes, and the generic ones were compared with the custom ones over 1 480 searches of every
 * kind: same rows, same or lower CPU; docs/benchmarks.md). Writes run in the callers' transactions (TransactionRunner).
 */
@Injectable()
export class SearchDocumentRepository implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchDocumentRepository.name);
  private searchPool: pg.Pool | undefined;
  /** Statement text → its name on every connection of the search pool (at most MAX_NAMED_STATEMENTS). */
  private readonly names = new Map<string, string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counter: QueryCounter,
  ) {}

  private get pool(): pg.Pool {
    if (!this.searchPool) {
      this.searchPool = new pg.Pool({
        connectionString: this.config.database.url,
        max: this.config.search.poolSize,
        application_name: 'pilotmatch-search',
        options: '-c enable_seqscan=off -c jit=off -c statement_timeout=5000 -c plan_cache_mode=force_generic_plan',
      });
      // An idle connection the server closed (a restart, a terminated backend) is dropped and replaced by the pool;
      // unheard, this event would end the process.
      this.searchPool.on('error', (error) => this.logger.warn(`search connection lost: ${error.message}`));
    }
    return this.searchPool;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.searchPool?.end();
    this.searchPool = undefined;
  }

  private async read<R extends object>(sql: string, params: Params): Promise<R[]> {
    // Counted with the main pool's statements: tests pin what a search sends.
    this.counter.logQuery(sql, params.values);
    return (await this.pool.query<R>({ name: this.nameOf(sql), text: sql, values: params.values })).rows;
  }

  /**
   * The name a statement text is prepared under on each connection, while names are left; else none (unnamed), and none
   * when prepared statements are off (DATABASE_PREPARED_STATEMENTS: a pooler that cannot keep them).
   */
  private nameOf(sql: string): string | undefined {
    if (!this.config.database.preparedStatements) return undefined;
    let name = this.names.get(sql);
    if (name === undefined && this.names.size < MAX_NAMED_STATEMENTS) {
      name = `search_${this.names.size}`;
      this.names.set(sql, name);
    }
    return name;
  }

  // ---- writes ----------------------------------------------------------------------------------------------

  /**
   * The stored documents among these ids, locked until the caller's transaction ends (served by the primary key).
   * A row lock cannot hold an id that is not stored yet: two writers adding the same document at once (an offering
   * published again, indexed by two outbox drains) would both read "absent" and both add its counts, the second
   * insert becoming an update (test/e2e/search-index-race.e2e-spec.ts found every counter of such a document one too
   * high). So every id is first locked by a transaction-scoped advisory lock on its hash (a collision only makes a
   * writer wait), in hash order like every other lock a write takes, so that writers never wait in a cycle.
   */
  async lockStored(manager: EntityManager, ids: readonly string[]): Promise<StoredDocument[]> {
    if (ids.length === 0) return [];
    await manager.query(
      `SELECT count(pg_advisory_xact_lock(hashtext('search_document'), h))
         FROM (SELECT DISTINCT hashtext(id::text) AS h FROM unnest($1::uuid[]) AS id ORDER BY h) AS ids`,
      [ids],
    );
    return manager.query(
      `SELECT tsvector_to_array(terms) AS tokens, document FROM search_document WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
  }

  /** Inserts or replaces rows; into the `*_next` table of a rebuild (no unique index yet) as plain inserts. */
  async upsertRows(
    manager: EntityManager,
    rows: readonly PgSearchRow[],
    into: 'live' | 'next' = 'live',
  ): Promise<void> {
    if (rows.length === 0) return;
    const records = rows.map((row) => ({
      id: row.id,
      rating_average: row.ratingAverage,
      price_amount: row.priceAmount,
      price_startup: row.document.tierPrices.STARTUP,
      price_sme: row.document.tierPrices.SME,
      price_university: row.document.tierPrices.UNIVERSITY,
      price_research_institute: row.document.tierPrices.RESEARCH_INSTITUTE,
      price_large_enterprise: row.document.tierPrices.LARGE_ENTERPRISE,
      earliest_open_slot: row.earliestOpenSlot,
      lat: row.lat,
      lng: row.lng,
      service_type: row.serviceType,
      industry_direction: row.industryDirection,
      province: row.province,
      platform_level: row.platformLevel,
      accreditations: row.accreditations,
      tokens: row.tokens,
      document: row.document,
    }));
    // One statement per batch: the rows travel as one JSON array and jsonb_to_recordset turns them into typed
    // columns (JSON arrays into PostgreSQL arrays); the tokens become the lexemes of `terms` as they are.
    await manager.query(
      `INSERT INTO search_document${into === 'next' ? NEXT : ''} (id, rating_average, price_amount, price_startup, price_sme,
              price_university, price_research_institute, price_large_enterprise, earliest_open_slot, lat, lng,
              service_type, industry_direction, province, platform_level, accreditations, terms, document)
       SELECT id, rating_average, price_amount, price_startup, price_sme, price_university, price_research_institute,
              price_large_enterprise, earliest_open_slot, lat, lng,
              service_type, industry_direction, province, platform_level, accreditations, array_to_tsvector(tokens), document
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, rating_average double precision, price_amount bigint,
              price_startup bigint, price_sme bigint, price_university bigint, price_research_institute bigint,
              price_large_enterprise bigint, earliest_open_slot timestamptz, lat double precision, lng double precision, service_type smallint,
              industry_direction smallint, province smallint, platform_level smallint, accreditations smallint, tokens text[], document jsonb)
       ${
         into === 'next'
           ? ''
           : `ON CONFLICT (id) DO UPDATE SET
         rating_average = EXCLUDED.rating_average, price_amount = EXCLUDED.price_amount, price_startup = EXCLUDED.price_startup,
         price_sme = EXCLUDED.price_sme, price_university = EXCLUDED.price_university,
         price_research_institute = EXCLUDED.price_research_institute, price_large_enterprise = EXCLUDED.price_large_enterprise,
         earliest_open_slot = EXCLUDED.earliest_open_slot,
         lat = EXCLUDED.lat, lng = EXCLUDED.lng, service_type = EXCLUDED.service_type, industry_direction = EXCLUDED.industry_direction,
         province = EXCLUDED.province, platform_level = EXCLUDED.platform_level, accreditations = EXCLUDED.accreditations,
         terms = EXCLUDED.terms, document = EXCLUDED.document, indexed_at = now()`
       }`,
      [JSON.stringify(records)],
    );
  }

  /**
   * A new generation of the index, in the transaction of the change it marks: searches that read it reuse nothing
   * computed before (search-cache.ts). Searches read it without waiting (MVCC); writers queue on its row, as they
   * already do on the total's row of search_facet_count.
   */
  async bumpGeneration(manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE search_index_state SET generation = generation + 1`);
  }

  async deleteRows(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`DELETE FROM search_document WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Adds counter changes, keys in sorted order (two writers never wait for each other in opposite orders), and
   * drops counts that reach zero. Served by each table's primary key.
   */
  async applyCounters(manager: EntityManager, changes: CounterChanges): Promise<void> {
    const terms = [...changes.terms.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (terms.length > 0) {
      await manager.query(
        `INSERT INTO search_term (term, doc_count, latin) SELECT * FROM unnest($1::text[], $2::int[], $3::boolean[])
         ON CONFLICT (term) DO UPDATE SET doc_count = search_term.doc_count + EXCLUDED.doc_count`,
        [terms.map(([term]) => term), terms.map(([, delta]) => delta), terms.map(([term]) => isTypoVocabulary(term))],
      );
      await manager.query(`DELETE FROM search_term WHERE term = ANY($1::text[]) AND doc_count <= 0`, [
        terms.map(([term]) => term),
      ]);
    }
    const facets = [...changes.facets.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, delta]) => [...key.split('\u0000'), delta] as const);
    if (facets.length > 0) {
      await manager.query(
        `INSERT INTO search_facet_count (facet, value, doc_count) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
         ON CONFLICT (facet, value) DO UPDATE SET doc_count = search_facet_count.doc_count + EXCLUDED.doc_count`,
        [facets.map((f) => f[0]), facets.map((f) => f[1]), facets.map((f) => f[2])],
      );
      await manager.query(`DELETE FROM search_facet_count WHERE doc_count <= 0`);
    }
    const suggestions = [...changes.suggestions.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, change]) => {
        const [source, norm] = key.split('\u0000');
        return { source, norm, ...change };
      });
    if (suggestions.length > 0) {
      await manager.query(
        `INSERT INTO search_suggestion (source, norm, text, doc_count) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
         ON CONFLICT (source, norm) DO UPDATE SET doc_count = search_suggestion.doc_count + EXCLUDED.doc_count,
           text = CASE WHEN EXCLUDED.doc_count > 0 THEN EXCLUDED.text ELSE search_suggestion.text END`,
        [
          suggestions.map((s) => s.source),
          suggestions.map((s) => s.norm),
          suggestions.map((s) => s.text),
          suggestions.map((s) => s.delta),
        ],
      );
      await manager.query(
        `DELETE FROM search_suggestion WHERE (source, norm) IN (SELECT * FROM unnest($1::text[], $2::text[])) AND doc_count <= 0`,
        [suggestions.map((s) => s.source), suggestions.map((s) => s.norm)],
      );
    }
  }

  /**
   * Adds token-facet count changes (tokenFacetChanges, in key order) to the counts of tracked tokens (those with their
   * `grp` 0 row; the others are not counted) and drops facet rows that reach zero. Served by the primary key.
   */
  async applyTokenFacets(
    manager: EntityManager,
    changes: ReadonlyArray<{ key: TokenFacetKey; delta: number }>,
  ): Promise<void> {
    if (changes.length === 0) return;
    const terms = changes.map((change) => change.key[0]);
    // ORDER BY n keeps the changes' sorted order: the EXISTS may be planned as a semi-join that emits them in another
    // (the tracked tokens' scan order), and two writers then locked the same keys in different orders and deadlocked
    // (test/e2e/search-index-race.e2e-spec.ts).
    await manager.query(
      `INSERT INTO search_token_facet (term, grp, a, b, doc_count)
       SELECT c.term, c.grp, c.a, c.b, c.delta
         FROM unnest($1::text[], $2::smallint[], $3::smallint[], $4::smallint[], $5::int[])
              WITH ORDINALITY AS c(term, grp, a, b, delta, n)
        WHERE EXISTS (SELECT 1 FROM search_token_facet t WHERE t.term = c.term AND t.grp = 0 AND t.a = 0 AND t.b = 0)
        ORDER BY c.n
       ON CONFLICT (term, grp, a, b) DO UPDATE SET doc_count = search_token_facet.doc_count + EXCLUDED.doc_count`,
      [
        terms,
        changes.map((change) => change.key[1]),
        changes.map((change) => change.key[2]),
        changes.map((change) => change.key[3]),
        changes.map((change) => change.delta),
      ],
    );
    await manager.query(`DELETE FROM search_token_facet WHERE term = ANY($1::text[]) AND grp <> 0 AND doc_count <= 0`, [
      [...new Set(terms)],
    ]);
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  /**
   * What a query needs to know of the vocabulary, in one round trip: typo candidates (the Latin vocabulary words nearest
   * to each fuzzy word by trigram distance, served by ix_search_term_trgm, a partial GiST index answering ORDER BY <->
   * as a nearest-neighbour scan) with their document counts; the document counts of `counted` tokens (primary key);
   * for each prefix, the summed counts of the words it starts (a range scan of the primary key, which is COLLATE "C");
   * the probes (PlaceProbe) that find no document: asked of ix_search_document_terms (a bitmap of the marked tokens'
   * posting lists, no row read when it is empty) only when none of their `singles` is counted and their lists are
   * short (MAX_PROBE_POSTINGS; CASE keeps that order); and the number of documents.
   */
  async vocabulary(
    fuzzy: readonly string[],
    counted: readonly string[],
    prefixes: readonly string[],
    probes: readonly PlaceProbe[] = [],
  ): Promise<Vocabulary & { generation: string }> {
    const rows: Array<{ kind: 'n' | 'c' | 'p' | 'e' | 't' | 'g'; query: string; term: string | null; n: number }> =
      await this.read(
        `SELECT 'n' AS kind, q.t AS query, s.term, s.doc_count AS n FROM unnest($1::text[]) AS q(t),
              LATERAL (SELECT term, doc_count FROM search_term WHERE latin ORDER BY term <-> q.t LIMIT ${MAX_NEIGHBOURS}) s
       UNION ALL
       SELECT 'c', term, NULL, doc_count FROM search_term WHERE term = ANY($2::text[])
       UNION ALL
       SELECT 'p', q.p, NULL, (SELECT coalesce(sum(doc_count), 0)::int FROM (SELECT doc_count FROM search_term
                 WHERE term >= q.p AND term < q.p || chr(1114111) LIMIT ${MAX_PREFIX_WORDS}) w)
         FROM unnest($3::text[]) AS q(p)
       ${probes.length > 0 ? PROBES_SQL : ''}
       UNION ALL
       SELECT 't', '', NULL, doc_count FROM search_facet_count WHERE facet = $4 AND value = $5
       UNION ALL
       SELECT 'g', '', generation::text, 0 FROM search_index_state`,
        // Tokens hold no spaces (the tokenizer splits on them): a probe's singles travel as one string.
        params(
          fuzzy,
          counted,
          prefixes,
          TOTAL_FACET.facet,
          TOTAL_FACET.value,
          ...(probes.length > 0
            ? [
                probes.map((probe) => probe.key),
                probes.map((probe) => probe.singles.join(' ')),
                probes.map((probe) => probe.postings.join(' ')),
                probes.map((probe) => probe.query),
              ]
            : []),
        ),
      );
    const neighbours = new Map<string, string[]>();
    const counts = new Map<string, number>();
    const absent = new Set<string>();
    let documents = 0;
    let generation = '0';
    for (const row of rows) {
      if (row.kind === 'n' && row.term !== null) {
        neighbours.set(row.query, [...(neighbours.get(row.query) ?? []), row.term]);
        counts.set(row.term, row.n);
      } else if (row.kind === 'c' || row.kind === 'p') counts.set(row.query, row.n);
      else if (row.kind === 'e') absent.add(row.query);
      else if (row.kind === 't') documents = row.n;
      else if (row.kind === 'g' && row.term !== null) generation = row.term;
    }
    return { neighbours, counts, documents, generation, absent };
  }

  /** The index generation (search-cache.ts), for a search that needs nothing of the vocabulary. */
  async generation(): Promise<string> {
    const [row] = await this.read<{ g: string }>(`SELECT generation::text AS g FROM search_index_state`, new Params());
    return row?.g ?? '0';
  }

  /** Facet counts and the document count of the whole index, kept by every write (no scan). */
  async indexFacets(): Promise<FacetRows> {
    const rows: Array<{ facet: string; value: string; doc_count: number }> = await this.read(
      `SELECT facet, value, doc_count FROM search_facet_count`,
      new Params(),
    );
    const total = rows.find((r) => r.facet === TOTAL_FACET.facet && r.value === TOTAL_FACET.value)?.doc_count ?? 0;
    return {
      total,
      facets: rows
        .filter((r) => r.facet !== TOTAL_FACET.facet)
        .map((r) => ({ field: r.facet as FacetField, value: r.value, count: r.doc_count })),
    };
  }

  /**
   * The total and the facets `fields` (none: the total alone) of the documents matching `criteria`, in one statement:
   * - when `universal` names a token every document may hold (the caller passes it only then) and it does (its
   *   search_term count equals the document count, in this statement's snapshot, as both are written in the same
   *   transactions) and nothing else restricts the search, the index-wide counts of search_facet_count answer
   *   without a scan;
   * - otherwise one pass over the matches: a bitmap scan of ix_search_document_terms for the tsquery, the two-byte
   *   facet codes read per row, one hash table per grouping set (FACET_GROUPS: facets counted in pairs, summed per
   *   facet here; the total is the sum of any one set). A One-Time Filter skips the branch not taken.
   */
  async facets(
    criteria: DocumentCriteria,
    universal: readonly string[],
    fields: readonly FacetField[],
  ): Promise<FacetRows> {
    const p = new Params();
    const where = this.where(criteria, p, 'union');
    const groups = FACET_GROUPS.map((group) => group.filter((field) => fields.includes(field))).filter(
      (group) => group.length > 0,
    );
    const sets =
      groups.length > 0
        ? groups.map((group) => `(${group.map((field) => FACET_COLUMNS[field]).join(', ')})`).join(', ')
        : '()';
    const column = (field: FacetField, alias: string) =>
      `${fields.includes(field) ? FACET_COLUMNS[field] : 'NULL::smallint'} AS ${alias}`;
    const columns = `${column('serviceType', 'st')}, ${column('industryDirection', 'dir')}, ${column('province', 'prov')},
                ${column('level', 'lvl')}, ${column('accreditation', 'acc')}, count(*)::int AS n`;
    // No word that may be everywhere: the pass over the matches alone (the check below costs a few planning steps).
    const counted = `SELECT NULL::text AS facet, NULL::text AS value, ${columns}
           FROM search_document WHERE ${where.sql}
          GROUP BY GROUPING SETS (${sets})`;
    const tokens = universal.length > 0 ? p.add(universal) : '';
    const common = universal.length === 0 ? this.commonWords(criteria) : null;
    const rows: Array<{
      facet: string | null;
      value: string | null;
      st: number | null;
      dir: number | null;
      prov: number | null;
      lvl: number | null;
      acc: number | null;
      n: number;
    }> = await this.read(
      common
        ? this.tokenFacetsSql(common, fields, columns, sets, where.sql, p)
        : universal.length === 0
          ? counted
          : `WITH everywhere AS (
           SELECT EXISTS (SELECT 1 FROM search_term t JOIN search_facet_count c ON c.facet = '*' AND c.value = '*'
                           WHERE t.term = ANY(${tokens}::text[]) AND t.doc_count = c.doc_count) AS yes)
         SELECT facet, value, NULL::smallint AS st, NULL::smallint AS dir, NULL::smallint AS prov, NULL::smallint AS lvl, NULL::smallint AS acc, doc_count AS n
           FROM search_facet_count WHERE (SELECT yes FROM everywhere)
         UNION ALL
         SELECT NULL, NULL, ${columns}
           FROM search_document WHERE NOT (SELECT yes FROM everywhere) AND ${where.sql}
          GROUP BY GROUPING SETS (${sets})`,
      p,
    );
    let total = 0;
    const counts = new Map<string, number>();
    const add = (field: FacetField, value: string, n: number) =>
      counts.set(counterKey(field, value), (counts.get(counterKey(field, value)) ?? 0) + n);
    // The facet columns are NOT NULL: a counted row's non-null codes are the values of its grouping set.
    const codes: Record<FacetField, number | null> = {
      serviceType: null,
      industryDirection: null,
      province: null,
      level: null,
      accreditation: null,
    };
    const [totalOf] = groups[0] ?? [];
    for (const row of rows) {
      if (row.facet !== null && row.value !== null) {
        if (row.facet === TOTAL_FACET.facet) total = row.n;
        else if (fields.includes(row.facet as FacetField)) add(row.facet as FacetField, row.value, row.n);
        continue;
      }
      Object.assign(codes, {
        serviceType: row.st,
        industryDirection: row.dir,
        province: row.prov,
        level: row.lvl,
        accreditation: row.acc,
      });
      if (totalOf === undefined || codes[totalOf] !== null) total += row.n;
      for (const field of fields) {
        const code = codes[field];
        if (code === null) continue;
        if (field === 'accreditation') for (const value of accreditationsOf(code)) add(field, value, row.n);
        else add(field, field === 'province' ? provinceOf(code) : facetValueOf(field, code), row.n);
      }
    }
    return {
      total,
      facets: [...counts.entries()].map(([key, count]) => {
        const [field, value] = key.split('\u0000');
        return { field: field as FacetField, value, count };
      }),
    };
  }

  /**
   * The words of a one-unit search (isOneUnit) matched whole by one of its alternatives, each with the search's
   * alternatives without it (`rests`, tagged in `restOf` by the word's 1-based place in `words`; none for the word's
   * own alternative, which only it matches): the candidates for the counts kept per common token (tokenFacetsSql).
   * Null for other criteria.
   */
  private commonWords(criteria: DocumentCriteria): { words: string[]; rests: TsQuery[]; restOf: number[] } | null {
    const queries = this.tsqueries(criteria);
    if (queries.length !== 1 || !isOneUnit(criteria)) return null;
    const alternatives = disjuncts(queries[0]);
    const words = alternatives.flatMap((part) => singleLexeme(part) ?? []);
    const rests: TsQuery[] = [];
    const restOf: number[] = [];
    for (const [index, word] of words.entries())
      for (const alternative of alternatives)
        if (singleLexeme(alternative) !== word) {
          rests.push(without(alternative, word));
          restOf.push(index + 1);
        }
    return words.length > 0 ? { words, rests, restOf } : null;
  }

  /**
   * The facet rows of a one-unit search, when one of its `common` words is tracked (search_token_facet): of all the
   * tracked ones, the word held by the most documents (its `grp` 0 row, primary key); its kept counts (the asked-for
   * grouping sets, codes of facets not asked for read as NULL, as the scan's) plus a pass over the matches that do not
   * hold it (each other alternative `& !word`, one index search each into one bitmap as `union` does: GIN tests each
   * posting against its alternative's few lexemes instead of the whole unit's; the word's posting list is read, its
   * documents not). Exact: each match is counted once, by the word's rows if it holds it, else by the pass; both read
   * in this statement's snapshot, and the counts change in the transactions of the documents. Without a tracked word,
   * the pass over all the matches (`union`).
   */
  private tokenFacetsSql(
    common: { words: string[]; rests: TsQuery[]; restOf: number[] },
    fields: readonly FacetField[],
    columns: string,
    sets: string,
    union: string,
    p: Params,
  ): string {
    const words = p.add(common.words);
    const rests = p.add(common.rests);
    const restOf = p.add(common.restOf);
    const asked = FACET_GROUPS.flatMap((group, k) => (group.some((field) => fields.includes(field)) ? [k + 1] : []));
    const grps = p.add(asked.length > 0 ? asked : [0]);
    const code = (field: FacetField, alias: string) => {
      const k = FACET_GROUPS.findIndex((group) => group.includes(field));
      const column = FACET_GROUPS[k][0] === field ? 'a' : 'b';
      return `${fields.includes(field) ? `CASE WHEN t.grp = ${k + 1} THEN t.${column} END` : 'NULL::smallint'} AS ${alias}`;
    };
    return `WITH pick AS MATERIALIZED (
              SELECT w.i FROM unnest(${words}::text[]) WITH ORDINALITY AS w(term, i)
                JOIN search_token_facet t ON t.term = w.term AND t.grp = 0 AND t.a = 0 AND t.b = 0
               ORDER BY t.doc_count DESC, w.i LIMIT 1)
            SELECT NULL::text AS facet, NULL::text AS value, ${code('serviceType', 'st')}, ${code('industryDirection', 'dir')},
                   ${code('province', 'prov')}, ${code('level', 'lvl')}, ${code('accreditation', 'acc')}, t.doc_count AS n
              FROM search_token_facet t
             WHERE t.term = (${words}::text[])[(SELECT i FROM pick)] AND t.grp = ANY(${grps}::smallint[]) AND t.doc_count > 0
            UNION ALL
            SELECT NULL, NULL, ${columns} FROM search_document
             WHERE EXISTS (SELECT 1 FROM pick)
               AND terms @@ ANY(ARRAY(SELECT r.q FROM unnest(${rests}::tsquery[], ${restOf}::int[]) AS r(q, i)
                                       WHERE r.i = (SELECT i FROM pick)))
             GROUP BY GROUPING SETS (${sets})
            UNION ALL
            SELECT NULL, NULL, ${columns} FROM search_document
             WHERE NOT EXISTS (SELECT 1 FROM pick) AND ${union}
             GROUP BY GROUPING SETS (${sets})`;
  }

  /**
   * Ids of matching documents in `order`, a page of them. With a tsquery: the bitmap scan of ix_search_document_terms
   * feeds a top-N heap sort on the narrow leading columns, the subquery (OFFSET 0, a planning fence) keeping the
   * planner from walking ix_search_document_rating in sort order and testing `terms` row by row, which would
   * de-TOAST every row it passes. Without one (no words, no filter on terms), ix_search_document_rating serves
   * RELEVANCE and RATING; other orders sort the narrow table.
   */
  async ids(
    criteria: DocumentCriteria,
    order: DocumentOrder,
    near: { lat: number; lng: number } | undefined,
    limit: number,
    offset: number,
  ): Promise<string[]> {
    if (limit <= 0) return [];
    const p = new Params();
    const rows: Array<{ id: string }> = await this.read(this.idsSql(criteria, order, near, limit, offset, p), p);
    return rows.map((row) => row.id);
  }

  /**
   * ids() and details() in one statement: the page's ids as ids() finds them, then each one's details (read by the
   * primary key, for the page's rows only), in page order. Saves the round trip of details() for a page that one
   * statement finds.
   */
  async idsWithDetails(
    criteria: DocumentCriteria,
    order: DocumentOrder,
    near: { lat: number; lng: number } | undefined,
    limit: number,
    offset: number,
    words: readonly string[],
    prefixes: readonly string[],
    walkRows = 0,
  ): Promise<DocumentDetails[]> {
    if (limit <= 0) return [];
    const p = tokenParams(words, prefixes);
    const page =
      walkRows > 0 && (order === 'RELEVANCE' || order === 'RATING') && offset === 0
        ? this.walkFirstSql(criteria, limit, walkRows, p)
        : this.idsSql(criteria, order, near, limit, offset, p);
    // Each row of the page is joined by the primary key (a LATERAL subquery behind a planning fence): a generic plan,
    // not knowing the page's LIMIT, would otherwise hash-join a page without words to every row of the table.
    const rows: DetailsRow[] = await this.read(
      `SELECT d.* FROM (SELECT id, row_number() OVER () AS position FROM (${page}) AS page) AS p,
              LATERAL (SELECT d.id, ${DETAILS_COLUMNS} FROM search_document d WHERE d.id = p.id OFFSET 0) AS d
        ORDER BY p.position`,
      p,
    );
    return rows.map(toDetails);
  }

  /**
   * The first page of a RELEVANCE match that is likely dense (a large share of the documents): the `walkRows` best
   * rated documents are walked in ix_search_document_rating order and tested one by one (de-TOASTing each row's
   * `terms`), which finds a dense match's best `limit` in a few hundred rows where the bitmap scan of
   * ix_search_document_terms would read and sort all of its tens of thousands. When the walk finds fewer (a sparse
   * match), the usual indexed query runs in the same statement (its one-time filter skips it otherwise); the walk
   * then costs at most `walkRows` row tests (a parameter: one statement text for any size). Same rows, same order
   * either way.
   */
  private walkFirstSql(criteria: DocumentCriteria, limit: number, walkRows: number, p: Params): string {
    const where = this.where(criteria, p, 'rowByRow');
    const rows = p.add(limit);
    const order = this.orderBy('RELEVANCE', undefined, p, criteria.filter.priceTier);
    return `WITH walk AS MATERIALIZED (
              SELECT id, rating_average FROM (SELECT * FROM search_document ORDER BY ${order} LIMIT ${p.add(walkRows)}) AS top
               WHERE ${where.sql} ORDER BY ${order} LIMIT ${rows})
            SELECT id FROM walk WHERE (SELECT count(*) FROM walk) >= ${rows}
            UNION ALL
            SELECT id FROM (${this.idsSql(criteria, 'RELEVANCE', undefined, limit, 0, p)}) AS indexed
             WHERE (SELECT count(*) FROM walk) < ${rows}`;
  }

  private idsSql(
    criteria: DocumentCriteria,
    order: DocumentOrder,
    near: { lat: number; lng: number } | undefined,
    limit: number,
    offset: number,
    p: Params,
  ): string {
    const where = this.where(criteria, p);
    const orderBy = this.orderBy(order, near, p, criteria.filter.priceTier);
    const page = `LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
    return where.usesTokens
      ? `SELECT id FROM (SELECT * FROM search_document WHERE ${where.sql} OFFSET 0) AS matched ORDER BY ${orderBy} ${page}`
      : `SELECT id FROM search_document WHERE ${where.sql} ORDER BY ${orderBy} ${page}`;
  }

  /**
   * Every document matching `criteria` (at most `limit`) with its rating and, of its tokens, those the query can match
   * (see details()): what ranking a small result in memory needs, each row's `terms` read once. The bitmap scan of
   * ix_search_document_terms finds them (the subquery, a planning fence, keeps the planner from walking an index in
   * some order and testing `terms` row by row); for results of a few hundred documents.
   */
  async candidates(
    criteria: DocumentCriteria,
    words: readonly string[],
    prefixes: readonly string[],
    limit: number,
  ): Promise<CandidateRow[]> {
    const [rows] = await this.candidatesOf([criteria], words, prefixes, limit);
    return rows;
  }

  /**
   * candidates() of several criteria in one statement (a UNION ALL, one branch each, each read at most `limit`):
   * one list per criteria, in their order.
   */
  async candidatesOf(
    criteria: readonly DocumentCriteria[],
    words: readonly string[],
    prefixes: readonly string[],
    limit: number,
  ): Promise<CandidateRow[][]> {
    if (criteria.length === 0) return [];
    const p = tokenParams(words, prefixes);
    const max = p.add(limit);
    const branches = criteria.map(
      (c, index) =>
        `(SELECT ${index} AS branch, id, rating_average, ${matchingTokens('terms')} AS tokens
            FROM (SELECT * FROM search_document WHERE ${this.where(c, p).sql} OFFSET 0) AS matched LIMIT ${max})`,
    );
    const rows: Array<{ branch: number; id: string; rating_average: number | null; tokens: string[] }> =
      await this.read(branches.join(' UNION ALL '), p);
    const lists: CandidateRow[][] = criteria.map(() => []);
    for (const row of rows) lists[row.branch].push({ id: row.id, rating: row.rating_average, tokens: row.tokens });
    return lists;
  }

  /**
   * Texts of a page of hits and, of their tokens, those the query can match (`words`, or starting with one of
   * `prefixes`): what scores and highlights need, without shipping hundreds of tokens per hit. Served by the
   * primary key.
   */
  async details(
    ids: readonly string[],
    words: readonly string[],
    prefixes: readonly string[],
  ): Promise<DocumentDetails[]> {
    if (ids.length === 0) return [];
    const rows: DetailsRow[] = await this.read(
      `SELECT id, ${DETAILS_COLUMNS} FROM search_document d WHERE id = ANY($4::uuid[])`,
      tokenParams(words, prefixes, ids),
    );
    return rows.map(toDetails);
  }

  /**
   * Completions containing the typed text, served by ix_search_suggestion_trgm (a trigram GIN index answers
   * LIKE '%…%'); those that start with it first, then the most used. The caller keeps matches at word starts.
   */
  async suggestions(normalizedPrefix: string, limit: number): Promise<SuggestionRow[]> {
    const escaped = normalizedPrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows: Array<{ text: string; norm: string; source: SuggestionSource; doc_count: number }> = await this.read(
      `SELECT text, norm, source, doc_count FROM search_suggestion WHERE norm LIKE $1
        ORDER BY (norm LIKE $2) DESC, doc_count DESC, length(norm), norm LIMIT $3`,
      params(`%${escaped}%`, `${escaped}%`, limit),
    );
    return rows.map((r) => ({ text: r.text, norm: r.norm, source: r.source, docCount: r.doc_count }));
  }

  async ping(): Promise<void> {
    await this.read(`SELECT 1 FROM search_document LIMIT 1`, new Params());
  }

  // ---- SQL of criteria -----------------------------------------------------------------------------------------

  /**
   * The conditions of `criteria`. On the index (`rowByRow` false), each filter group and the text are conditions of
   * their own (`terms @@ $a AND terms @@ $b …`), which ix_search_document_terms evaluates as scan keys of one bitmap
   * scan: the same rows as their conjunction in one tsquery, for less (measured at 100 000 offerings: the facets of
   * 检测 with two filter groups 21 → 15.5 ms of backend CPU, a search by two filter groups 6.4 → 3.6 ms; docs/benchmarks.md).
   * Tested row by row (the walk), one tsquery: each `@@` would de-TOAST the row's `terms` again. `union` (the facet
   * count): one unit's words alone, whose tsquery is a disjunction (a unit's alternatives: `testing` is 9 lexemes), as
   * `terms @@ ANY(disjuncts)`, one index search per disjunct into one bitmap, instead of the whole tsquery tested for
   * each of the union's postings: `testing`'s facets 28.3 → 25.7 ms of backend CPU. Not beside other conditions: there
   * the generic plan scanned the table (1.2 s for the filtered 检测).
   */
  private where(
    criteria: DocumentCriteria,
    params: Params,
    form: 'index' | 'rowByRow' | 'union' = 'index',
  ): { sql: string; usesTokens: boolean } {
    const text: string[] = [];
    const conditions: string[] = [];
    const { filter } = criteria;
    // Row by row, a group on a facet is tested on its column: no `terms` read for a row it leaves out.
    const columns = form === 'rowByRow' ? filter.anyOf.map(facetColumnGroup) : [];
    for (const group of columns) if (group) conditions.push(this.facetColumnSql(group, params));
    const queries = this.tsqueries(criteria, (index) => !columns[index]);
    const alternatives = form === 'union' && queries.length === 1 && isOneUnit(criteria) ? disjuncts(queries[0]) : [];
    if (alternatives.length > 1) text.push(`terms @@ ANY(${params.add(alternatives)}::tsquery[])`);
    else
      for (const query of form === 'rowByRow' && queries.length > 1 ? [allOf(queries)] : queries)
        text.push(`terms @@ ${params.add(query)}::tsquery`);
    // A window longer than MAX_WINDOW_DAY_TOKENS days: one binary search in each candidate's open days (a multirange).
    if (filter.openDays)
      conditions.push(
        `open_days && daterange(${params.add(filter.openDays.firstDay)}::date, ${params.add(filter.openDays.lastDay)}::date, '[]')`,
      );
    // The caller's tier price, in fen (QUOTE offerings have none and are left out).
    if (filter.maxPrice !== undefined)
      conditions.push(`${priceColumn(filter.priceTier)} <= ${params.add(filter.maxPrice)}`);
    if (filter.near) {
      const { box } = filter.near;
      // Bounding box first (cheap comparisons), then the exact great-circle distance.
      conditions.push(`lat BETWEEN ${params.add(box.minLat)} AND ${params.add(box.maxLat)}`);
      if (box.minLng !== null && box.maxLng !== null)
        conditions.push(`lng BETWEEN ${params.add(box.minLng)} AND ${params.add(box.maxLng)}`);
      conditions.push(`${this.distanceSql(filter.near, params)} <= ${params.add(filter.near.radiusKm)}`);
    }
    if (criteria.excludeIds?.length) conditions.push(`NOT (id = ANY(${params.add(criteria.excludeIds)}::uuid[]))`);
    // Row by row, `terms` (de-TOASTed for the test) only for the rows the other conditions keep: CASE fixes the order,
    // which the planner would otherwise choose by its operators' costs (`@@` looks cheaper than `= ANY`).
    if (form === 'rowByRow' && text.length > 0 && conditions.length > 0)
      return {
        sql: `CASE WHEN ${conditions.join(' AND ')} THEN ${text.join(' AND ')} ELSE false END`,
        usesTokens: true,
      };
    const all = [...text, ...conditions];
    return { sql: all.length > 0 ? all.join(' AND ') : 'true', usesTokens: queries.length > 0 };
  }

  /** A facet's filter group on its column (FACET_COLUMNS): one of the codes; for accreditations, one of the bits. */
  private facetColumnSql({ field, codes }: FacetColumnGroup, params: Params): string {
    const column = FACET_COLUMNS[field];
    if (field === 'accreditation')
      return `(${column} & ${params.add(codes.reduce((mask, bit) => mask | bit, 0))}::smallint) <> 0`;
    return `${column} = ANY(${params.add(codes)}::smallint[])`;
  }

  /**
   * Filter groups (any token of a group; those `included` by their index), each a tsquery, then the text conditions'
   * units in one; all to be ANDed.
   */
  private tsqueries(criteria: DocumentCriteria, included: (group: number) => boolean = () => true): TsQuery[] {
    const queries: TsQuery[] = [];
    for (const [index, group] of criteria.filter.anyOf.entries()) {
      if (!included(index)) continue;
      const any = anyLexeme(group);
      if (any === null) throw new RangeError('a filter group without values');
      queries.push(any);
    }
    const text = criteria.text.map((condition) => this.textQuery(condition));
    if (criteria.oneOf?.length) text.push(oneOf(criteria.oneOf.map((condition) => this.textQuery(condition))));
    if (text.length > 0) queries.push(allOf(text));
    return queries;
  }

  /** Every unit of a text condition, in its mode. */
  private textQuery(text: TextCondition): TsQuery {
    return allOf(text.units.map((unit) => unitQuery(unit, text.mode, text.place)));
  }

  private distanceSql(near: { lat: number; lng: number }, params: Params): string {
    const lat = params.add(near.lat);
    const lng = params.add(near.lng);
    return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(power(sin(radians(lat - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(lat)) * power(sin(radians(lng - ${lng}) / 2), 2)))))`;
  }

  /** Missing values (a QUOTE price, no open slot, no rating) sort last in both directions; the id breaks ties. */
  private orderBy(
    order: DocumentOrder,
    near: { lat: number; lng: number } | undefined,
    params: Params,
    priceTier: SearchPriceTier | undefined,
  ): string {
    switch (order) {
      case 'RELEVANCE':
      case 'RATING':
        return 'rating_average DESC NULLS LAST, id';
      case 'PRICE_ASC':
        return `${priceColumn(priceTier)} ASC NULLS LAST, id`;
      case 'PRICE_DESC':
        return `${priceColumn(priceTier)} DESC NULLS LAST, id`;
      case 'EARLIEST_AVAILABLE':
        return 'earliest_open_slot ASC NULLS LAST, id';
      case 'DISTANCE':
        if (!near) throw new RangeError('DISTANCE order needs a point');
        return `${this.distanceSql(near, params)} ASC NULLS LAST, id`;
    }
  }
}
