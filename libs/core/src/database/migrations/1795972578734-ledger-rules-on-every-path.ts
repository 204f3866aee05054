import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerRulesOnEveryPath1795972578734 implements MigrationInterface {
  name = 'LedgerRulesOnEveryPath1795972578734';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_obligation_current"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_event_booking"`);
    await queryRunner.query(`ALTER TABLE "capacity_slot" ADD "held_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE TYPE "public"."obligation_version_kind" AS ENUM('PROMISE', 'CORRECTION')`);
    await queryRunner.query(`ALTER TABLE "open_access_obligation" ADD "kind" "public"."obligation_version_kind" NOT NULL DEFAULT 'PROMISE'`);
    await queryRunner.query(`ALTER TABLE "open_access_obligation" ADD "reason" text`);
    // Events recorded so far get their sequence in the order they happened: by time, and within one transaction (one
    // timestamp) a booking's creation first, then along its lifecycle. New events take the identity's next values.
    await queryRunner.query(`ALTER TABLE "booking_event" ADD "seq" bigint`);
    await queryRunner.query(`UPDATE "booking_event" e SET "seq" = o.n FROM (
        SELECT id, row_number() OVER (ORDER BY at, from_status IS NOT NULL,
          CASE to_status WHEN 'REQUESTED' THEN 0 WHEN 'CONFIRMED' THEN 1 ELSE 2 END, id) AS n
          FROM "booking_event") o WHERE e.id = o.id`);
    await queryRunner.query(`ALTER TABLE "booking_event" ALTER COLUMN "seq" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "booking_event" ALTER COLUMN "seq" ADD GENERATED ALWAYS AS IDENTITY`);
    await queryRunner.query(
      `SELECT setval(pg_get_serial_sequence('booking_event', 'seq'), COALESCE(max("seq"), 0) + 1, false) FROM "booking_event"`,
    );
    // Slots held today lapse when their booking's hold or their proposal's validity ends.
    await queryRunner.query(`UPDATE "capacity_slot" s SET "held_until" = b.hold_expires_at
        FROM "booking" b WHERE s.status = 'HELD' AND b.id = s.booking_id`);
    await queryRunner.query(`UPDATE "capacity_slot" s SET "held_until" = p.valid_until
        FROM "proposal" p WHERE s.status = 'HELD' AND p.id = s.booking_id`);
    await queryRunner.query(`ALTER TABLE "equipment_booking_rules" ADD "max_advance_days" integer NOT NULL DEFAULT '365'`);
    await queryRunner.query(`ALTER TYPE "public"."proposal_status" ADD VALUE 'SUPERSEDED'`);
    await queryRunner.query(`CREATE INDEX "ix_booking_event_booking_seq" ON "booking_event"  ("booking_id", "seq") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_booking_event_booking_seq"`);
    await queryRunner.query(`CREATE TYPE "public"."proposal_status_old" AS ENUM('SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')`);
    await queryRunner.query(`ALTER TABLE "proposal" ALTER COLUMN "status" TYPE "public"."proposal_status_old" USING "status"::"text"::"public"."proposal_status_old"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`ALTER TYPE "public"."proposal_status_old" RENAME TO "proposal_status"`);
    await queryRunner.query(`ALTER TABLE "equipment_booking_rules" DROP COLUMN "max_advance_days"`);
    await queryRunner.query(`ALTER TABLE "booking_event" DROP COLUMN "seq"`);
    await queryRunner.query(`ALTER TABLE "open_access_obligation" DROP COLUMN "reason"`);
    await queryRunner.query(`ALTER TABLE "open_access_obligation" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TYPE "public"."obligation_version_kind"`);
    await queryRunner.query(`ALTER TABLE "capacity_slot" DROP COLUMN "held_until"`);
    await queryRunner.query(`CREATE INDEX "ix_booking_event_booking" ON "booking_event" USING btree ("at", "booking_id") `);
    await queryRunner.query(`CREATE INDEX "ix_obligation_current" ON "open_access_obligation" USING btree ("platform_id") WHERE (superseded_at IS NULL)`);
  }
}
