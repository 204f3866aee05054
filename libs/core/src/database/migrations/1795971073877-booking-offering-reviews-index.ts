import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingOfferingReviewsIndex1795971073877 implements MigrationInterface {
  name = 'BookingOfferingReviewsIndex1795971073877';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_booking_offering_reviews" ON "booking"  ("offering_id", "updated_at") WHERE rating IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_booking_offering_reviews"`);
  }
}
