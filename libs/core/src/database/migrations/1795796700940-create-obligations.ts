import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateObligations1795796700940 implements MigrationInterface {
  name = 'CreateObligations1795796700940';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."compliance_status" AS ENUM('MET', 'ON_TRACK', 'AT_RISK', 'BREACHED')`);
    await queryRunner.query(`CREATE TABLE "obligation_alert" ("obligation_id" uuid NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."compliance_status" NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33d12917bf450918df2c9482f23" PRIMARY KEY ("obligation_id", "period_start", "status"))`);
    await queryRunner.query(`CREATE TYPE "public"."obligation_basis" AS ENUM('SHARE_OF_PUBLISHED_HOURS', 'HOURS')`);
    await queryRunner.query(`CREATE TYPE "public"."obligation_period" AS ENUM('MONTH', 'QUARTER', 'YEAR')`);
    await queryRunner.query(`CREATE TABLE "open_access_obligation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "platform_id" uuid NOT NULL, "version" integer NOT NULL, "basis" "public"."obligation_basis" NOT NULL, "target" numeric(12,4) NOT NULL, "period" "public"."obligation_period" NOT NULL, "eligible_requester_kinds" "public"."organization_kind" array NOT NULL, "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL, "effective_to" TIMESTAMP WITH TIME ZONE, "reference" character varying(500) NOT NULL, "set_by_user_id" uuid NOT NULL, "set_by_side" character varying(20) NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1a65db9a91c5b1c4e262e746fb4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_obligation_current" ON "open_access_obligation"  ("platform_id") WHERE superseded_at IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_obligation_version" ON "open_access_obligation"  ("platform_id", "version") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_obligation_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_obligation_current"`);
    await queryRunner.query(`DROP TABLE "open_access_obligation"`);
    await queryRunner.query(`DROP TYPE "public"."obligation_period"`);
    await queryRunner.query(`DROP TYPE "public"."obligation_basis"`);
    await queryRunner.query(`DROP TABLE "obligation_alert"`);
    await queryRunner.query(`DROP TYPE "public"."compliance_status"`);
  }
}
