import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated from the entities (price tiers, quotes on bookings and proposals, charges, voucher programmes), then by
 * hand: the ownership view's price list, the triggers that make issued charges immutable, the search engine's price
 * columns (fen, one per requester tier) and the re-indexing of every offering through the outbox so documents get them.
 */
export class PricesChargesVouchers1795982519655 implements MigrationInterface {
  name = 'PricesChargesVouchers1795982519655';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."charge_line_kind" AS ENUM('SERVICE', 'SLOT_PRICE', 'OPERATOR_QUOTE', 'PROPOSAL', 'ADJUSTMENT', 'CREDIT')`);
    await queryRunner.query(`CREATE TYPE "public"."price_tier" AS ENUM('BASE', 'STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'LARGE_ENTERPRISE', 'OPEN_ACCESS')`);
    await queryRunner.query(`CREATE TYPE "public"."charge_unit" AS ENUM('HOUR', 'SAMPLE', 'BATCH', 'JOB')`);
    await queryRunner.query(`CREATE TABLE "booking_charge_line" ("charge_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" "public"."charge_line_kind" NOT NULL, "tier" "public"."price_tier", "unit" "public"."charge_unit" NOT NULL, "quantity" numeric(14,3) NOT NULL, "unit_price" numeric(14,2) NOT NULL, "amount" numeric(14,2) NOT NULL, "list_unit_price" numeric(14,2), "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_user_id" uuid NOT NULL, CONSTRAINT "PK_99cafd976a90b41495780606760" PRIMARY KEY ("charge_id", "seq"))`);
    await queryRunner.query(`CREATE INDEX "ix_charge_line_created" ON "booking_charge_line"  ("created_at") `);
    await queryRunner.query(`CREATE TABLE "booking_charge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "offering_title" character varying(200) NOT NULL, "platform_id" uuid NOT NULL, "platform_name" character varying(200) NOT NULL, "operator_organization_id" uuid NOT NULL, "requester_organization_id" uuid NOT NULL, "requester_kind" "public"."organization_kind", "province" character(2) NOT NULL, "service_type" "public"."service_type" NOT NULL, "price_model" "public"."price_model" NOT NULL, "tier" "public"."price_tier" NOT NULL, "currency" "public"."currency" NOT NULL DEFAULT 'CNY', "delivered_quantity" numeric(14,3), "unit" "public"."charge_unit", "subtotal" numeric(14,2) NOT NULL, "adjustments_total" numeric(14,2) NOT NULL, "total" numeric(14,2) NOT NULL, "list_amount" numeric(14,2), "voucher_programme_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by_user_id" uuid NOT NULL, CONSTRAINT "ck_charge_total" CHECK ("total" >= 0), CONSTRAINT "PK_f8587d22528329f2a0561c5855f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_charge_platform_created" ON "booking_charge"  ("platform_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_charge_operator_created" ON "booking_charge"  ("operator_organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_charge_booking" ON "booking_charge"  ("booking_id") `);
    await queryRunner.query(`CREATE TABLE "voucher_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issuer_organization_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "province" character(2) NOT NULL, "name" character varying(200) NOT NULL, "name_en" character varying(200), "reference" character varying(200) NOT NULL, "eligible_kinds" "public"."organization_kind" array NOT NULL, "eligible_service_types" "public"."service_type" array NOT NULL, "share_basis_points" integer NOT NULL, "cap_per_requester_per_year" numeric(14,2) NOT NULL, "budget" numeric(15,2) NOT NULL, "committed" numeric(15,2) NOT NULL DEFAULT '0', "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_voucher_programme_validity" CHECK ("valid_to" > "valid_from"), CONSTRAINT "ck_voucher_programme_share" CHECK ("share_basis_points" BETWEEN 1 AND 10000), CONSTRAINT "ck_voucher_programme_committed" CHECK ("committed" >= 0 AND "committed" <= "budget"), CONSTRAINT "PK_902273b3539afa195f4b2ac21fa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_voucher_programme_province" ON "voucher_programme"  ("province", "valid_to") `);
    await queryRunner.query(`CREATE TABLE "voucher_redemption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "charge_id" uuid NOT NULL, "booking_id" uuid NOT NULL, "requester_organization_id" uuid NOT NULL, "requester_kind" "public"."organization_kind", "platform_id" uuid NOT NULL, "province" character(2) NOT NULL, "service_type" "public"."service_type" NOT NULL, "amount" numeric(14,2) NOT NULL, "year" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_60ee24fbe3eb76042aeeac9928b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_voucher_redemption_charge" ON "voucher_redemption"  ("charge_id") `);
    await queryRunner.query(`CREATE INDEX "ix_voucher_redemption_cap" ON "voucher_redemption"  ("programme_id", "requester_organization_id", "year") `);
    await queryRunner.query(`ALTER TABLE "service_offering" ADD "price_tiers" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "booking" ADD "quote" jsonb`);
    await queryRunner.query(`ALTER TABLE "booking" ADD "quote_amount" numeric(14,2)`);
    await queryRunner.query(`ALTER TABLE "booking" ADD "voucher_programme_id" uuid`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "quote" jsonb`);
    await queryRunner.query(`ALTER TYPE "public"."price_model" ADD VALUE 'PER_SAMPLE'`);

    // By hand: the catalog's ownership view (OfferingOwnershipView) also publishes the service type and the price list,
    // so that a booking's quote is computed from the row its claim already reads. New columns go at the end (CREATE OR
    // REPLACE VIEW keeps the existing ones in place); the amount as text so that to_jsonb keeps it exact.
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "offering_ownership" AS
       SELECT o.id AS offering_id, o.title, o.status, o.equipment_ids,
              ARRAY(SELECT e.id FROM equipment e WHERE e.id = ANY(o.equipment_ids) AND e.shareable) AS shared_equipment_ids,
              p.id AS platform_id, p.name AS platform_name, p.status AS platform_status, p.organization_id, p.province,
              p.construction_mode,
              o.service_type, o.price_model, o.price_amount::text AS price_amount, o.currency, o.price_tiers
         FROM service_offering o JOIN platform p ON p.id = o.platform_id`,
    );

    // By hand: a charge and its lines, once written, are never updated or deleted, whatever the code does.
    // Corrections are new CREDIT lines. (Row locks, SELECT … FOR UPDATE, are not changes: credits take them.)
    await queryRunner.query(
      `CREATE FUNCTION refuse_change_of_issued_charge() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'an issued charge is never changed: % of % refused; add a credit line instead', TG_OP, TG_TABLE_NAME
           USING ERRCODE = 'integrity_constraint_violation';
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_booking_charge_immutable BEFORE UPDATE OR DELETE ON "booking_charge"
       FOR EACH ROW EXECUTE FUNCTION refuse_change_of_issued_charge()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_booking_charge_line_immutable BEFORE UPDATE OR DELETE ON "booking_charge_line"
       FOR EACH ROW EXECUTE FUNCTION refuse_change_of_issued_charge()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_booking_charge_no_truncate BEFORE TRUNCATE ON "booking_charge"
       FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_issued_charge()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_booking_charge_line_no_truncate BEFORE TRUNCATE ON "booking_charge_line"
       FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_issued_charge()`,
    );

    // By hand: the PostgreSQL search engine's prices become exact fen, one column per requester tier (what the
    // caller would pay filters and sorts: search-document.repository.ts), filled by re-indexing every offering.
    await queryRunner.query(
      `ALTER TABLE "search_document" ALTER COLUMN "price_amount" TYPE bigint USING round("price_amount" * 100)::bigint`,
    );
    for (const column of ['price_startup', 'price_sme', 'price_university', 'price_research_institute', 'price_large_enterprise'])
      await queryRunner.query(`ALTER TABLE "search_document" ADD "${column}" bigint`);
    await queryRunner.query(
      `INSERT INTO "outbox_message" ("topic", "key", "payload")
       SELECT 'search.offering', 'offering:' || "id", jsonb_build_object('offeringId', "id") FROM "service_offering"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['price_startup', 'price_sme', 'price_university', 'price_research_institute', 'price_large_enterprise'])
      await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "${column}"`);
    await queryRunner.query(
      `ALTER TABLE "search_document" ALTER COLUMN "price_amount" TYPE double precision USING "price_amount" / 100.0`,
    );
    await queryRunner.query(`DROP TRIGGER tr_booking_charge_line_no_truncate ON "booking_charge_line"`);
    await queryRunner.query(`DROP TRIGGER tr_booking_charge_no_truncate ON "booking_charge"`);
    await queryRunner.query(`DROP TRIGGER tr_booking_charge_line_immutable ON "booking_charge_line"`);
    await queryRunner.query(`DROP TRIGGER tr_booking_charge_immutable ON "booking_charge"`);
    await queryRunner.query(`DROP FUNCTION refuse_change_of_issued_charge()`);
    // The view reads price_model, whose type changes back below: the original view, without the price list, first.
    await queryRunner.query(`DROP VIEW "offering_ownership"`);
    await queryRunner.query(
      `CREATE VIEW "offering_ownership" AS
       SELECT o.id AS offering_id, o.title, o.status, o.equipment_ids,
              ARRAY(SELECT e.id FROM equipment e WHERE e.id = ANY(o.equipment_ids) AND e.shareable) AS shared_equipment_ids,
              p.id AS platform_id, p.name AS platform_name, p.status AS platform_status, p.organization_id, p.province,
              p.construction_mode
         FROM service_offering o JOIN platform p ON p.id = o.platform_id`,
    );
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "quote"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "voucher_programme_id"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "quote_amount"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "quote"`);
    await queryRunner.query(`ALTER TABLE "service_offering" DROP COLUMN "price_tiers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_redemption_cap"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_redemption_charge"`);
    await queryRunner.query(`DROP TABLE "voucher_redemption"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voucher_programme_province"`);
    await queryRunner.query(`DROP TABLE "voucher_programme"`);
    await queryRunner.query(`DROP INDEX "public"."ux_charge_booking"`);
    await queryRunner.query(`DROP INDEX "public"."ix_charge_operator_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_charge_platform_created"`);
    await queryRunner.query(`DROP TABLE "booking_charge"`);
    await queryRunner.query(`DROP INDEX "public"."ix_charge_line_created"`);
    await queryRunner.query(`DROP TABLE "booking_charge_line"`);
    // booking_charge, dropped above, had a price_model column too: only now may the type change back.
    await queryRunner.query(`CREATE TYPE "public"."price_model_old" AS ENUM('FIXED', 'HOURLY', 'PER_BATCH', 'QUOTE')`);
    await queryRunner.query(`ALTER TABLE "service_offering" ALTER COLUMN "price_model" TYPE "public"."price_model_old" USING "price_model"::"text"::"public"."price_model_old"`);
    await queryRunner.query(`DROP TYPE "public"."price_model"`);
    await queryRunner.query(`ALTER TYPE "public"."price_model_old" RENAME TO "price_model"`);
    await queryRunner.query(`DROP TYPE "public"."charge_unit"`);
    await queryRunner.query(`DROP TYPE "public"."price_tier"`);
    await queryRunner.query(`DROP TYPE "public"."charge_line_kind"`);
  }
}
