import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A credit carries the operator's idempotency key, unique per charge: a credit sent again after a lost answer is taken
 * once (credits cannot be undone, so a doubled one would stay on the charge for good).
 */
export class ChargeCreditIdempotency1796120000000 implements MigrationInterface {
  name = 'ChargeCreditIdempotency1796120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "booking_charge_line" ADD "idempotency_key" character varying(100)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_charge_line_idempotency" ON "booking_charge_line" ("charge_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_charge_line_idempotency"`);
    await queryRunner.query(`ALTER TABLE "booking_charge_line" DROP COLUMN "idempotency_key"`);
  }
}
