import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutbox1795795280780 implements MigrationInterface {
  name = 'CreateOutbox1795795280780';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram similarity for typo-tolerant search; btree_gist for the slot exclusion constraint.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "topic" character varying(100) NOT NULL, "key" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_pending_key" ON "outbox_message"  ("topic", "key", "id") WHERE processed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_pending" ON "outbox_message"  ("id") WHERE processed_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_pending_key"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}
