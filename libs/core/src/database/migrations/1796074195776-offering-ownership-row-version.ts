import type { MigrationInterface, QueryRunner } from 'typeorm';

const VIEW = `SELECT o.id AS offering_id, o.title, o.status, o.equipment_ids,
              ARRAY(SELECT e.id FROM equipment e WHERE e.id = ANY(o.equipment_ids) AND e.shareable) AS shared_equipment_ids,
              p.id AS platform_id, p.name AS platform_name, p.status AS platform_status, p.organization_id, p.province,
              p.construction_mode,
              o.service_type, o.price_model, o.price_amount::text AS price_amount, o.currency, o.price_tiers`;

/**
 * By hand (a view): the catalog's ownership view also publishes the version of the offering's row (its `xmin`), so
 * that a booking claim that locked the row FOR SHARE can tell whether the row it locked is newer than its statement's
 * snapshot (`offeringChangedUnseenSql`): stopping an equipment's sharing writes the rows of the offerings that use it,
 * instead of every claim share-locking the equipment. The new column goes at the end (CREATE OR REPLACE VIEW keeps the
 * others in place).
 */
export class OfferingOwnershipRowVersion1796074195776 implements MigrationInterface {
  name = 'OfferingOwnershipRowVersion1796074195776';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "offering_ownership" AS
       ${VIEW}, o.xmin AS offering_version
         FROM service_offering o JOIN platform p ON p.id = o.platform_id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "offering_ownership"`);
    await queryRunner.query(
      `CREATE VIEW "offering_ownership" AS
       ${VIEW}
         FROM service_offering o JOIN platform p ON p.id = o.platform_id`,
    );
  }
}
