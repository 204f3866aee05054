import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HardenSignInAndInvitations1795968365231 implements MigrationInterface {
  name = 'HardenSignInAndInvitations1795968365231';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "failures"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "window_started_at"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "blocked_until"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "trusted_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "token_hash" character(64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "token_hash"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "trusted_until"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "next_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "last_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "attempts"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "blocked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "failures" integer NOT NULL`);
  }
}
