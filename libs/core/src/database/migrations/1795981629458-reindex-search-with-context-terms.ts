import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: search documents now carry their platform's place and level as words (contextTerms:
 * 江苏, 江苏省, Jiangsu, 长三角, 国家级 …), so documents indexed before cannot answer 江苏锂电池 or 湖南. Every offering is
 * queued for indexing through the outbox, as in ReindexSearchAfterWordSegmentation. A fresh database queues nothing.
 */
export class ReindexSearchWithContextTerms1795981629458 implements MigrationInterface {
  name = 'ReindexSearchWithContextTerms1795981629458';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "outbox_message" ("topic", "key", "payload")
       SELECT 'search.offering', 'offering:' || "id", jsonb_build_object('offeringId', "id") FROM "service_offering"`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: indexing messages are idempotent.
  }
}
