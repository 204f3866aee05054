import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (no entities: the search tables belong to the PostgreSQL search engine and are read and written
 * with SQL in libs/search/src/postgres/search-document.repository.ts, which explains each query's index).
 */
export class CreateSearch1795797225878 implements MigrationInterface {
  name = 'CreateSearch1795797225878';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The indexer's equipment messages (slot changes) look offerings up by `equipment_ids && $3` (searchSources).
    await queryRunner.query(`CREATE INDEX "ix_offering_equipment_ids" ON "service_offering" USING gin ("equipment_ids")`);

    // One row per searchable offering, as narrow as the searches that read many rows need: sort keys, facet values
    // as two-byte codes (FACET_CODES in pg-search-row.ts), the id; then `terms` and `document`, large and TOASTed
    // out of line (toast_tuple_target), last, so that scans over many rows never touch them.
    await queryRunner.query(
      `CREATE TABLE "search_document" (
        "rating_average" double precision,
        "price_amount" double precision,
        "lat" double precision,
        "lng" double precision,
        "earliest_open_slot" TIMESTAMP WITH TIME ZONE,
        "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "service_type" smallint NOT NULL,
        "industry_direction" smallint NOT NULL,
        "province" smallint NOT NULL,
        "platform_level" smallint NOT NULL,
        "accreditations" smallint NOT NULL,
        "id" uuid NOT NULL,
        "terms" tsvector NOT NULL,
        "document" jsonb NOT NULL,
        CONSTRAINT "pk_search_document" PRIMARY KEY ("id")
      ) WITH (toast_tuple_target = 128)`,
    );
    // The inverted index: words, title words, filter values, open days and geo cells as the lexemes of a tsvector
    // (see pg-search-row.ts). A search is one tsquery (AND, OR, prefix) evaluated wholly inside this index.
    // fastupdate off: searches never scan a pending list, at the price of slower single-document writes.
    await queryRunner.query(`CREATE INDEX "ix_search_document_terms" ON "search_document" USING gin ("terms") WITH (fastupdate = off)`);
    // Serves the first pages of a search without words or filters (RELEVANCE and RATING order by rating).
    await queryRunner.query(`CREATE INDEX "ix_search_document_rating" ON "search_document" ("rating_average" DESC NULLS LAST, "id")`);

    // Every text token with the number of documents holding it: Latin words are the typo vocabulary (the trigram
    // GiST serves nearest-neighbour candidates), and a token every document holds is known to filter nothing.
    await queryRunner.query(
      `CREATE TABLE "search_term" ("term" text COLLATE "C" NOT NULL, "doc_count" integer NOT NULL, "latin" boolean NOT NULL, CONSTRAINT "pk_search_term" PRIMARY KEY ("term"))`,
    );
    // Typo candidates are looked for among Latin words only (CJK terms take no typos): a partial index, a fraction
    // of the vocabulary.
    await queryRunner.query(`CREATE INDEX "ix_search_term_trgm" ON "search_term" USING gist ("term" gist_trgm_ops) WHERE "latin"`);

    // Facet counts over the whole index (and the document count, facet '*'), kept with every write: a search
    // without words or filters reads them instead of counting 100 000 rows.
    await queryRunner.query(
      `CREATE TABLE "search_facet_count" ("facet" text NOT NULL, "value" text NOT NULL, "doc_count" integer NOT NULL, CONSTRAINT "pk_search_facet_count" PRIMARY KEY ("facet", "value"))`,
    );

    // Search-as-you-type completions (titles, keywords, platform names) with the number of documents using each.
    await queryRunner.query(
      `CREATE TABLE "search_suggestion" ("source" text NOT NULL, "norm" text COLLATE "C" NOT NULL, "text" text NOT NULL, "doc_count" integer NOT NULL, CONSTRAINT "pk_search_suggestion" PRIMARY KEY ("source", "norm"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_search_suggestion_trgm" ON "search_suggestion" USING gin ("norm" gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_suggestion"`);
    await queryRunner.query(`DROP TABLE "search_facet_count"`);
    await queryRunner.query(`DROP TABLE "search_term"`);
    await queryRunner.query(`DROP TABLE "search_document"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offering_equipment_ids"`);
  }
}
