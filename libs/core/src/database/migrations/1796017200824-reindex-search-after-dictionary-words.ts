import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: the analysis of search text changed (catalogue words the segmenter cut wrongly are now
 * dictionary words: 碳纤维, 小批量, 试验箱, 吹膜, 等保, 网分, 贴装; traditional characters are simplified; GB/T codes
 * typed without the slash split like GB/T 18488), so documents indexed before hold other tokens than a query of the
 * same words now asks for. Every offering is queued for indexing through the outbox, as in
 * ReindexSearchWithContextTerms. A fresh database queues nothing.
 */
export class ReindexSearchAfterDictionaryWords1796017200824 implements MigrationInterface {
  name = 'ReindexSearchAfterDictionaryWords1796017200824';

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
