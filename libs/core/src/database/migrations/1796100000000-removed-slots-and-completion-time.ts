import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger's memory of capacity: a slot removed from the calendar is kept as a removal (a share of published hours
 * keeps it in its base once its period has begun), and a booking records when it was completed (deliveries recorded
 * after an ended period's grace no longer change its verdict). Completed bookings take the time of their COMPLETED
 * event.
 */
export class RemovedSlotsAndCompletionTime1796100000000 implements MigrationInterface {
  name = 'RemovedSlotsAndCompletionTime1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "removed_capacity_slot" ("id" uuid NOT NULL, "equipment_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "open_access" boolean NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_removed_capacity_slot" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_removed_slot_equipment_starts" ON "removed_capacity_slot" ("equipment_id", "starts_at")`,
    );
    await queryRunner.query(`ALTER TABLE "booking" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "booking" b SET "completed_at" = (SELECT min(e."at") FROM "booking_event" e WHERE e."booking_id" = b."id" AND e."to_status" = 'COMPLETED') WHERE b."status" = 'COMPLETED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "completed_at"`);
    await queryRunner.query(`DROP INDEX "ix_removed_slot_equipment_starts"`);
    await queryRunner.query(`DROP TABLE "removed_capacity_slot"`);
  }
}
