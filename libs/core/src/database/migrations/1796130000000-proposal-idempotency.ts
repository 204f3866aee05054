import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A proposal carries its author's idempotency key, unique per user who sent it: a proposal sent again after a lost
 * answer is answered with the one it made, instead of a second proposal or a refusal over its own held slots.
 */
export class ProposalIdempotency1796130000000 implements MigrationInterface {
  name = 'ProposalIdempotency1796130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" ADD "idempotency_key" character varying(100)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_proposal_idempotency" ON "proposal" ("created_by_user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_proposal_idempotency"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "idempotency_key"`);
  }
}
