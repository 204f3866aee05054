import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: Meilisearch documents gained `completionKeys` (libs/search/src/meili/meili-completion.ts),
 * which completions now search alone, so a document indexed before offers no completion until it is written again.
 * Every offering is queued for indexing through the outbox, as in ReindexSearchAfterCatalogueWords (the PostgreSQL
 * engine rewrites the same documents, unchanged). A fresh database queues nothing.
 */
export class ReindexSearchAfterCompletionKeys1796110000000 implements MigrationInterface {
  name = 'ReindexSearchAfterCompletionKeys1796110000000';

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
