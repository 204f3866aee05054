import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: search_term now also counts the place-marked tokens of the search documents (^x in the
 * title fields, =x in the headline), kept by every write from now on (counterChanges), so that a search can skip a
 * ranking bucket that no document can fill. The counts of the documents already indexed are taken from their stored
 * tokens here, once; they are no typo vocabulary (latin false). A fresh database counts nothing.
 */
export class CountPlaceMarkedSearchTerms1795990000000 implements MigrationInterface {
  name = 'CountPlaceMarkedSearchTerms1795990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "search_term" ("term", "doc_count", "latin")
       SELECT t, count(*)::int, false FROM "search_document", unnest(tsvector_to_array("terms")) AS t
        WHERE left(t, 1) IN ('^', '=') GROUP BY t
       ON CONFLICT ("term") DO UPDATE SET "doc_count" = EXCLUDED."doc_count", "latin" = false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "search_term" WHERE left("term", 1) IN ('^', '=')`);
  }
}
