import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sign-out: each user's session version, which every token carries and the per-request actor lookup
 * compares. Tokens issued before carry none and count as version 0, so they stay valid until their user signs out.
 */
export class SessionVersion1796070000000 implements MigrationInterface {
  name = 'SessionVersion1796070000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "session_version" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "session_version"`);
  }
}
