import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCapacitySlots1795796061516 implements MigrationInterface {
  name = 'CreateCapacitySlots1795796061516';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."slot_status" AS ENUM('OPEN', 'HELD', 'BOOKED', 'BLOCKED')`);
    await queryRunner.query(`CREATE TABLE "capacity_slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "equipment_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."slot_status" NOT NULL DEFAULT 'OPEN', "open_access" boolean NOT NULL DEFAULT false, "price_override" numeric(12,2), "booking_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_940b98879d9caa5ddc8cb18c1ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_slot_booking" ON "capacity_slot"  ("booking_id") `);
    await queryRunner.query(`CREATE INDEX "ix_slot_equipment_starts" ON "capacity_slot"  ("equipment_id", "starts_at") `);
    // Written by hand (TypeORM cannot express these): a slot ends after it starts, and two slots of one
    // equipment never overlap, enforced by the database whatever the code does.
    await queryRunner.query(`ALTER TABLE "capacity_slot" ADD CONSTRAINT "ck_slot_period" CHECK ("ends_at" > "starts_at")`);
    await queryRunner.query(
      `ALTER TABLE "capacity_slot" ADD CONSTRAINT "ex_slot_no_overlap" EXCLUDE USING gist ("equipment_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "capacity_slot" DROP CONSTRAINT "ex_slot_no_overlap"`);
    await queryRunner.query(`ALTER TABLE "capacity_slot" DROP CONSTRAINT "ck_slot_period"`);
    await queryRunner.query(`DROP INDEX "public"."ix_slot_equipment_starts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_slot_booking"`);
    await queryRunner.query(`DROP TABLE "capacity_slot"`);
    await queryRunner.query(`DROP TYPE "public"."slot_status"`);
  }
}
