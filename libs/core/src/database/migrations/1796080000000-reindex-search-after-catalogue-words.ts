import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: the domain dictionary gained the trade's words the catalogue writes and the segmenter
 * cut into single characters (温循, 回差, 晶点, 补料 …: domain-dictionary.ts, catalogueWords), so documents indexed before
 * hold those characters apart where a query of the same words now asks for the word. Every offering is queued for
 * indexing through the outbox, as in ReindexSearchAfterEquipmentModels. A fresh database queues nothing.
 */
export class ReindexSearchAfterCatalogueWords1796080000000 implements MigrationInterface {
  name = 'ReindexSearchAfterCatalogueWords1796080000000';

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
