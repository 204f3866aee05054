import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, written by hand: a platform's place words now also name the part of its province its city lies in (苏南 for
 * Suzhou, Wuxi, Changzhou, Nanjing and Zhenjiang; 苏北, 闽南, 胶东 …), so documents indexed before cannot answer 苏南
 * 机器人. Every offering is queued for indexing through the outbox, as in ReindexSearchAfterTradeWords. A fresh database
 * queues nothing.
 */
export class ReindexSearchAfterSubregions1796045505575 implements MigrationInterface {
  name = 'ReindexSearchAfterSubregions1796045505575';

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
