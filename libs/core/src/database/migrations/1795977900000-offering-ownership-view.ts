import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (a view, which TypeORM does not generate from entities): the catalog publishes who owns an offering
 * and what of it may be booked as a view, so that a claim on capacity (booking) reads it in the same statement as it
 * locks the slots, instead of in a round trip of its own. The catalog's own `OfferingRepository.ownership` reads it
 * too, and `toOfferingOwnership` (catalog) maps its rows: the view is the catalog's contract, like its index.ts.
 */
export class OfferingOwnershipView1795977900000 implements MigrationInterface {
  name = 'OfferingOwnershipView1795977900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIEW "offering_ownership" AS
       SELECT o.id AS offering_id, o.title, o.status, o.equipment_ids,
              ARRAY(SELECT e.id FROM equipment e WHERE e.id = ANY(o.equipment_ids) AND e.shareable) AS shared_equipment_ids,
              p.id AS platform_id, p.name AS platform_name, p.status AS platform_status, p.organization_id, p.province,
              p.construction_mode
         FROM service_offering o JOIN platform p ON p.id = o.platform_id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "offering_ownership"`);
  }
}
