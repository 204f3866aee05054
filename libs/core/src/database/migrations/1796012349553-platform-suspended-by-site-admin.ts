import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformSuspendedBySiteAdmin1796012349553 implements MigrationInterface {
  name = 'PlatformSuspendedBySiteAdmin1796012349553';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "platform" ADD "suspended_by_site_admin" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "platform" DROP COLUMN "suspended_by_site_admin"`);
  }
}
