import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each offering's reviews (booking.rating): their exact sum and count. */
const REVIEWS = `SELECT "offering_id", sum("rating")::int AS total, count(*)::int AS n
                   FROM "booking" WHERE "rating" IS NOT NULL GROUP BY "offering_id"`;

/**
 * An offering keeps the sum of its ratings, so its average is the exact mean: the running average rounded to
 * hundredths at every review drifted from it (1.15 instead of 1.14 after seven reviews; tenths after hundreds).
 * Generated, plus the data by hand: the offerings whose average changes are queued for search indexing through the
 * outbox (rating sorts and ranks hits), then sums, counts and averages are recomputed from the reviews themselves.
 */
export class OfferingRatingSum1796055196275 implements MigrationInterface {
  name = 'OfferingRatingSum1796055196275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_offering" ADD "rating_sum" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `INSERT INTO "outbox_message" ("topic", "key", "payload")
       SELECT 'search.offering', 'offering:' || o."id", jsonb_build_object('offeringId', o."id")
         FROM "service_offering" o JOIN (${REVIEWS}) r ON r."offering_id" = o."id"
        WHERE o."rating_average" IS DISTINCT FROM round(r.total::numeric / r.n, 2)`,
    );
    await queryRunner.query(
      `UPDATE "service_offering" o
          SET "rating_sum" = r.total, "rating_count" = r.n, "rating_average" = round(r.total::numeric / r.n, 2)
         FROM (${REVIEWS}) r
        WHERE o."id" = r."offering_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_offering" DROP COLUMN "rating_sum"`);
  }
}
