import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (the search tables have no entities): the generation of the PostgreSQL search index, one row that
 * every index write and every full re-index increments in the transaction of its change. Searches read it first and
 * reuse results and facet counts only of the generation they read (libs/search/src/postgres/search-cache.ts).
 */
export class SearchIndexGeneration1795978000000 implements MigrationInterface {
  name = 'SearchIndexGeneration1795978000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_index_state" ("id" smallint NOT NULL DEFAULT 1, "generation" bigint NOT NULL DEFAULT 0,
         CONSTRAINT "pk_search_index_state" PRIMARY KEY ("id"), CONSTRAINT "ck_search_index_state_one_row" CHECK ("id" = 1))`,
    );
    await queryRunner.query(`INSERT INTO "search_index_state" ("id", "generation") VALUES (1, 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_index_state"`);
  }
}
