import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (the search tables have no entities): the facet counts kept per common token of the PostgreSQL search
 * index (libs/search/src/postgres/token-facet-counts.ts), kept by every index write from now on and rebuilt by every full
 * re-index. Filled here once from the documents already indexed, as a re-index fills it: the words held by at least 2 %
 * of the documents, each counted per grouping set through the GIN index (at 100 000 offerings about 1 700 words).
 * A fresh database tracks nothing until its first re-index.
 */
export class SearchTokenFacet1796054196238 implements MigrationInterface {
  name = 'SearchTokenFacet1796054196238';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_token_facet" ("term" text COLLATE "C" NOT NULL, "grp" smallint NOT NULL, "a" smallint NOT NULL,
         "b" smallint NOT NULL, "doc_count" integer NOT NULL,
         CONSTRAINT "pk_search_token_facet" PRIMARY KEY ("term", "grp", "a", "b"))`,
    );
    // A scan would de-TOAST every document's terms once per word.
    await queryRunner.query(`SET LOCAL enable_seqscan = off`);
    await queryRunner.query(
      `INSERT INTO "search_token_facet" ("term", "grp", "a", "b", "doc_count")
       SELECT t.term, x.grp, x.a, x.b, x.n
         FROM (SELECT "term" FROM "search_term"
                WHERE left("term", 1) NOT IN ('^', '=', '@')
                  AND "doc_count" >= greatest(1, ceil(0.02 * (SELECT "doc_count" FROM "search_facet_count"
                                                              WHERE "facet" = '*' AND "value" = '*')))) AS t,
              LATERAL (SELECT (CASE WHEN GROUPING(d."service_type") = 0 THEN 1 WHEN GROUPING(d."industry_direction") = 0 THEN 2
                                    WHEN GROUPING(d."province") = 0 THEN 3 ELSE 0 END)::smallint AS grp,
                              coalesce(d."service_type", d."industry_direction", d."province", 0::smallint) AS a,
                              coalesce(d."platform_level", d."accreditations", 0::smallint) AS b, count(*)::int AS n
                         FROM "search_document" d
                        WHERE d."terms" @@ ('''' || replace(replace(t."term", '\\', '\\\\'), '''', '''''') || '''')::tsquery
                        GROUP BY GROUPING SETS ((), (d."service_type", d."platform_level"),
                                               (d."industry_direction", d."accreditations"), (d."province"))) AS x`,
    );
    await queryRunner.query(`ANALYZE "search_token_facet"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_token_facet"`);
  }
}
