import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMatching1795797069764 implements MigrationInterface {
  name = 'CreateMatching1795797069764';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pilot_request_share" ("request_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "shared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a60da643ed3d385a853f3ee894d" PRIMARY KEY ("request_id", "platform_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."pilot_request_kind" AS ENUM('SCALE_UP', 'TESTING', 'TRIAL_PRODUCTION', 'EQUIPMENT_ACCESS', 'TECH_TRANSFER')`);
    await queryRunner.query(`CREATE TYPE "public"."pilot_request_status" AS ENUM('OPEN', 'MATCHED', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "pilot_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requester_organization_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "kind" "public"."pilot_request_kind" NOT NULL, "title" character varying(200) NOT NULL, "title_en" character varying(200), "description" text NOT NULL, "description_en" text, "service_types" "public"."service_type" array NOT NULL DEFAULT '{}', "industry_direction" "public"."industry_direction", "key_domains" "public"."key_domain" array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "scale_from" numeric(14,3), "scale_to" numeric(14,3), "scale_unit" character varying(30), "window_from" TIMESTAMP WITH TIME ZONE NOT NULL, "window_to" TIMESTAMP WITH TIME ZONE NOT NULL, "budget_min" numeric(14,2), "budget_max" numeric(14,2), "preferred_provinces" text array NOT NULL DEFAULT '{}', "lat" double precision, "lng" double precision, "required_accreditations" "public"."accreditation" array NOT NULL DEFAULT '{}', "trl" smallint, "patent_numbers" text array NOT NULL DEFAULT '{}', "ip_ownership" text, "confidential" boolean NOT NULL DEFAULT false, "status" "public"."pilot_request_status" NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f326d947304b2e1c3450ef9d8b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_pilot_request_status_created" ON "pilot_request"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_pilot_request_requester_created" ON "pilot_request"  ("requester_organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."proposal_status" AS ENUM('SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')`);
    await queryRunner.query(`CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "operator_organization_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "price_amount" numeric(14,2) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "slot_ids" uuid array NOT NULL DEFAULT '{}', "message" text NOT NULL DEFAULT '', "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."proposal_status" NOT NULL DEFAULT 'SUBMITTED', "decline_reason" text, "booking_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_proposal_valid_until" ON "proposal"  ("valid_until") WHERE status = 'SUBMITTED'`);
    await queryRunner.query(`CREATE INDEX "ix_proposal_request" ON "proposal"  ("request_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_proposal_request"`);
    await queryRunner.query(`DROP INDEX "public"."ix_proposal_valid_until"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pilot_request_requester_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pilot_request_status_created"`);
    await queryRunner.query(`DROP TABLE "pilot_request"`);
    await queryRunner.query(`DROP TYPE "public"."pilot_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."pilot_request_kind"`);
    await queryRunner.query(`DROP TABLE "pilot_request_share"`);
  }
}
