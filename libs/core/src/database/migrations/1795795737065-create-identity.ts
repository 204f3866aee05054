import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1795795737065 implements MigrationInterface {
  name = 'CreateIdentity1795795737065';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_attempt" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2b7decd11c28ffdfdde28e05382" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TYPE "public"."member_role" AS ENUM('OWNER', 'ADMIN', 'MEMBER')`);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" "public"."member_role" NOT NULL, "invited_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_invitation_pending" ON "invitation"  ("organization_id", "email") WHERE accepted_at IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('STARTUP', 'SME', 'LARGE_ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'GOVERNMENT')`);
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "name_en" character varying(200), "kind" "public"."organization_kind" NOT NULL, "is_leading_enterprise" boolean NOT NULL DEFAULT false, "province" character(2) NOT NULL, "city" character varying(100) NOT NULL, "credit_code" character(18), "verified" boolean NOT NULL DEFAULT false, "authority_region" character varying(8), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_organization_credit_code" ON "organization"  ("credit_code") WHERE credit_code IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" text NOT NULL, "organization_id" uuid, "role" "public"."member_role", "site_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_app_user_organization" ON "app_user"  ("organization_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_app_user_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ux_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."ux_organization_credit_code"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ux_invitation_pending"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."member_role"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
  }
}
