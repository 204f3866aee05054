import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthoritiesWorkspace1795975446835 implements MigrationInterface {
  name = 'AuthoritiesWorkspace1795975446835';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation_assignment" ("round_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "expert_user_id" uuid NOT NULL, CONSTRAINT "PK_d69b9195b87067d57291dbb66d5" PRIMARY KEY ("round_id", "platform_id", "expert_user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_evaluation_assignment_platform" ON "evaluation_assignment"  ("platform_id") `);
    await queryRunner.query(`CREATE INDEX "ix_evaluation_assignment_expert" ON "evaluation_assignment"  ("expert_user_id", "round_id") `);
    await queryRunner.query(`CREATE TABLE "evaluation_sheet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "expert_user_id" uuid NOT NULL, "site_notes" text NOT NULL DEFAULT '', "equipment_notes" text NOT NULL DEFAULT '', "facilities_notes" text NOT NULL DEFAULT '', "teams_notes" text NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eb43a733cfdf12c464ef979b9df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_evaluation_sheet" ON "evaluation_sheet"  ("round_id", "platform_id", "expert_user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."evaluation_dimension" AS ENUM('POSITIONING', 'CAPABILITY', 'TECHNOLOGY', 'SERVICE_RESULTS', 'OPERATING_MECHANISM')`);
    await queryRunner.query(`CREATE TABLE "evaluation_score" ("sheet_id" uuid NOT NULL, "dimension" "public"."evaluation_dimension" NOT NULL, "score" smallint NOT NULL, "comment" text NOT NULL DEFAULT '', CONSTRAINT "ck_evaluation_score_range" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "PK_00734b860f28c8a4b4fdf28f22a" PRIMARY KEY ("sheet_id", "dimension"))`);
    await queryRunner.query(`CREATE TABLE "evaluation_result" ("round_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "dimension_means" jsonb NOT NULL, "total" numeric(5,2) NOT NULL, "rank" integer NOT NULL, "experts" integer NOT NULL, CONSTRAINT "PK_85b5b71ba7c81d693e3b15f05ad" PRIMARY KEY ("round_id", "platform_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."level_action" AS ENUM('NOMINATE', 'ADMIT', 'RECOGNISE_PROVINCIAL', 'NOMINATE_NATIONAL', 'RECOGNISE_NATIONAL', 'DOWNGRADE_TO_PROVINCIAL', 'DOWNGRADE_TO_CULTIVATION', 'REMOVE')`);
    await queryRunner.query(`CREATE TYPE "public"."level_standing" AS ENUM('NONE', 'NOMINATED', 'CULTIVATION', 'PROVINCIAL', 'NOMINATED_NATIONAL', 'NATIONAL')`);
    await queryRunner.query(`CREATE TABLE "level_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "platform_id" uuid NOT NULL, "sequence" integer NOT NULL, "action" "public"."level_action" NOT NULL, "from_standing" "public"."level_standing" NOT NULL, "to_standing" "public"."level_standing" NOT NULL, "level_before" "public"."platform_level" NOT NULL, "level_after" "public"."platform_level" NOT NULL, "reason" text NOT NULL, "evidence" text array NOT NULL DEFAULT '{}', "authority_region" character varying(8) NOT NULL, "decided_by_user_id" uuid, "decided_by_organization_id" uuid, "evaluation_round_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf6960071b0f4aa46c56073af2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_level_decision_round" ON "level_decision"  ("evaluation_round_id") WHERE evaluation_round_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_level_decision_sequence" ON "level_decision"  ("platform_id", "sequence") `);
    await queryRunner.query(`CREATE TYPE "public"."evaluation_round_status" AS ENUM('OPEN', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "evaluation_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "scope" character varying(8) NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "weights" jsonb NOT NULL, "status" "public"."evaluation_round_status" NOT NULL, "authority_organization_id" uuid NOT NULL, "opened_by_user_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c3cb5633cc9a2a3247a7bed118" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_evaluation_round_scope_created" ON "evaluation_round"  ("scope", "created_at", "id") `);
    // One enum type serves app_user and invitation: the value is added once.
    await queryRunner.query(`ALTER TYPE "public"."member_role" ADD VALUE IF NOT EXISTS 'EXPERT'`);
    await queryRunner.query(`CREATE INDEX "ix_proposal_platform_created" ON "proposal"  ("platform_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_proposal_platform_created"`);
    // Experts become plain members: the enum type shared by app_user and invitation loses EXPERT.
    await queryRunner.query(`UPDATE "app_user" SET "role" = 'MEMBER' WHERE "role" = 'EXPERT'`);
    await queryRunner.query(`UPDATE "invitation" SET "role" = 'MEMBER' WHERE "role" = 'EXPERT'`);
    await queryRunner.query(`CREATE TYPE "public"."member_role_old" AS ENUM('OWNER', 'ADMIN', 'MEMBER')`);
    await queryRunner.query(`ALTER TABLE "invitation" ALTER COLUMN "role" TYPE "public"."member_role_old" USING "role"::"text"::"public"."member_role_old"`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "role" TYPE "public"."member_role_old" USING "role"::"text"::"public"."member_role_old"`);
    await queryRunner.query(`DROP TYPE "public"."member_role"`);
    await queryRunner.query(`ALTER TYPE "public"."member_role_old" RENAME TO "member_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evaluation_round_scope_created"`);
    await queryRunner.query(`DROP TABLE "evaluation_round"`);
    await queryRunner.query(`DROP TYPE "public"."evaluation_round_status"`);
    await queryRunner.query(`DROP INDEX "public"."ux_level_decision_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_level_decision_round"`);
    await queryRunner.query(`DROP TABLE "level_decision"`);
    await queryRunner.query(`DROP TYPE "public"."level_standing"`);
    await queryRunner.query(`DROP TYPE "public"."level_action"`);
    await queryRunner.query(`DROP TABLE "evaluation_result"`);
    await queryRunner.query(`DROP TABLE "evaluation_score"`);
    await queryRunner.query(`DROP TYPE "public"."evaluation_dimension"`);
    await queryRunner.query(`DROP INDEX "public"."ux_evaluation_sheet"`);
    await queryRunner.query(`DROP TABLE "evaluation_sheet"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evaluation_assignment_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evaluation_assignment_platform"`);
    await queryRunner.query(`DROP TABLE "evaluation_assignment"`);
  }
}
