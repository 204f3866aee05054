import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: the analysis of search text changed again (short trade words the segmenter cut into
 * characters are now dictionary words: 复材, 超算, 矢网, 插损, 残锂, 加纤, 长玻纤; 太 is a stop word), a platform's city
 * is also among its place words in pinyin (suzhou), and a document now also holds the words of where its platform is
 * marked `@` (the count that tells a query word names a place), so documents indexed before hold other tokens than a
 * query of the same words now asks for. Every offering is queued for indexing through the outbox, as in
 * ReindexSearchAfterDictionaryWords. A fresh database queues nothing.
 */
export class ReindexSearchAfterTradeWords1796024504462 implements MigrationInterface {
  name = 'ReindexSearchAfterTradeWords1796024504462';

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
