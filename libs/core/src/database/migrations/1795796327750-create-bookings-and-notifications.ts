import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBookingsAndNotifications1795796327750 implements MigrationInterface {
  name = 'CreateBookingsAndNotifications1795796327750';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "booking_slot" ("booking_id" uuid NOT NULL, "slot_id" uuid NOT NULL, "equipment_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "open_access" boolean NOT NULL, CONSTRAINT "PK_bb505783cde13b589235fb8a306" PRIMARY KEY ("booking_id", "slot_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_booking_slot_slot" ON "booking_slot"  ("slot_id") `);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title_zh" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "body_zh" text NOT NULL DEFAULT '', "body_en" text NOT NULL DEFAULT '', "subject_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notification_recipient_created" ON "notification"  ("recipient_user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."booking_status" AS ENUM('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'EXPIRED', 'COMPLETED')`);
    await queryRunner.query(`CREATE TABLE "booking_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "actor_user_id" uuid, "actor_side" character varying(20) NOT NULL, "from_status" "public"."booking_status", "to_status" "public"."booking_status" NOT NULL, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_020993a41994bae310ecd6c17a5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_booking_event_booking" ON "booking_event"  ("booking_id", "at") `);
    await queryRunner.query(`CREATE TABLE "booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offering_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "operator_organization_id" uuid NOT NULL, "province" character(2) NOT NULL, "requester_organization_id" uuid NOT NULL, "requester_user_id" uuid NOT NULL, "status" "public"."booking_status" NOT NULL, "brief" text NOT NULL DEFAULT '', "idempotency_key" character varying(100) NOT NULL, "request_fingerprint" character(64) NOT NULL, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "first_slot_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_slot_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "open_access" boolean NOT NULL DEFAULT false, "proposal_id" uuid, "outcome" text, "rating" smallint, "review_comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49171efc69702ed84c812f33540" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_booking_hold_expiry" ON "booking"  ("hold_expires_at") WHERE status = 'REQUESTED'`);
    await queryRunner.query(`CREATE INDEX "ix_booking_platform_created" ON "booking"  ("platform_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_booking_requester_created" ON "booking"  ("requester_organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_booking_idempotency" ON "booking"  ("requester_user_id", "idempotency_key") `);
    await queryRunner.query(`CREATE TYPE "public"."confirmation_mode" AS ENUM('MANUAL', 'AUTOMATIC')`);
    await queryRunner.query(`CREATE TABLE "equipment_booking_rules" ("equipment_id" uuid NOT NULL, "min_notice_hours" integer NOT NULL DEFAULT '24', "max_run_hours" integer, "buffer_minutes" integer NOT NULL DEFAULT '0', "confirmation_mode" "public"."confirmation_mode" NOT NULL DEFAULT 'MANUAL', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11eabace8998f1a18a86a5bece0" PRIMARY KEY ("equipment_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "equipment_booking_rules"`);
    await queryRunner.query(`DROP TYPE "public"."confirmation_mode"`);
    await queryRunner.query(`DROP INDEX "public"."ux_booking_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_requester_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_platform_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_hold_expiry"`);
    await queryRunner.query(`DROP TABLE "booking"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_event_booking"`);
    await queryRunner.query(`DROP TABLE "booking_event"`);
    await queryRunner.query(`DROP TYPE "public"."booking_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient_created"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_slot_slot"`);
    await queryRunner.query(`DROP TABLE "booking_slot"`);
  }
}
