import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: the PostgreSQL search engine now cuts Chinese into words (jieba) and stores inner
 * strings and English stems, so documents indexed before cannot answer the new queries. Every offering is queued for
 * indexing through the outbox, as any change search must see is: the indexer rebuilds each document and its counters
 * in the new form while searches go on (`npm run reindex` does the same at once). A fresh database queues nothing.
 */
export class ReindexSearchAfterWordSegmentation1795970256058 implements MigrationInterface {
  name = 'ReindexSearchAfterWordSegmentation1795970256058';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "outbox_message" ("topic", "key", "payload")
       SELECT 'search.offering', 'offering:' || "id", jsonb_build_object('offeringId', "id") FROM "service_offering"`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: indexing messages are idempotent, and the old analysis is gone with the old code.
  }
}
