import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (the search tables have no entities): each search document's open days (the Shanghai days with a
 * bookable OPEN slot, `document->'openSlotDays'`) as a multirange column of their own, `open_days`, so that an
 * availability window too long to list as day tokens (or open at one end) is one binary search per candidate
 * instead of reading the days out of the JSON document (1.4–3 s of PostgreSQL per filter-only search at 100 000
 * offerings: docs/benchmarks.md). A stored generated column of the document: every write of a document (an upsert, a
 * full re-index's copy of the table, which LIKE … INCLUDING ALL gives the same expression) fills it, so it can never
 * disagree with the days the document lists, and adding it fills it for every document already indexed (the table is
 * rewritten once, its indexes rebuilt in bulk): no re-index needed.
 */
export class SearchOpenDays1796044683311 implements MigrationInterface {
  name = 'SearchOpenDays1796044683311';

  async up(queryRunner: QueryRunner): Promise<void> {
    // make_date of the digits rather than a text-to-date cast (which depends on DateStyle): truly immutable, as a
    // generated column's expression must be.
    await queryRunner.query(
      `CREATE FUNCTION "search_open_days"("days" jsonb) RETURNS datemultirange LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$SELECT coalesce(range_agg(daterange(day, day, '[]')), '{}'::datemultirange)
           FROM (SELECT make_date(substr(d, 1, 4)::int, substr(d, 6, 2)::int, substr(d, 9, 2)::int) AS day
                   FROM jsonb_array_elements_text(days) AS d) AS open$$`,
    );
    // STORAGE MAIN keeps the few bytes of each row's days in the row: with the default (EXTENDED), the table's rewrite
    // moved them out of line beside the large columns, and a filter on them then read four TOAST pages per row
    // (330 000 buffers for a filter-only search at 100 000 offerings instead of the table's 2 100 pages).
    await queryRunner.query(
      `ALTER TABLE "search_document" ADD "open_days" datemultirange STORAGE MAIN NOT NULL
         GENERATED ALWAYS AS ("search_open_days"("document" -> 'openSlotDays')) STORED`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "open_days"`);
    await queryRunner.query(`DROP FUNCTION "search_open_days"(jsonb)`);
  }
}
