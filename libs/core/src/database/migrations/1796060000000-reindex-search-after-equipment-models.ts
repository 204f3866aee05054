import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: an offering's search document now also holds the models of its equipment (AC-45S,
 * DYN-250S) beside their names, so a model typed alone finds the services run on that equipment, not only the
 * machine-hour offering whose description names it. Every offering is queued for indexing through the outbox, as in
 * ReindexSearchAfterSubregions. A fresh database queues nothing.
 */
export class ReindexSearchAfterEquipmentModels1796060000000 implements MigrationInterface {
  name = 'ReindexSearchAfterEquipmentModels1796060000000';

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
