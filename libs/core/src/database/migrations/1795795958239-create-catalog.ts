import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalog1795795958239 implements MigrationInterface {
  name = 'CreateCatalog1795795958239';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "equipment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "platform_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "name_en" character varying(200), "model" character varying(100), "manufacturer" character varying(200), "category" character varying(100) NOT NULL, "specifications" jsonb NOT NULL DEFAULT '[]', "capacity_value" numeric(14,3), "capacity_unit" character varying(30), "shareable" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0722e1b9d6eb19f5874c1678740" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_equipment_platform_created" ON "equipment"  ("platform_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."industry_direction" AS ENUM('RAW_MATERIALS', 'EQUIPMENT_MANUFACTURING', 'CONSUMER_GOODS', 'INFORMATION_TECHNOLOGY', 'EMERGING_AND_FUTURE')`);
    await queryRunner.query(`CREATE TYPE "public"."key_domain" AS ENUM('PETROCHEMICAL', 'ADVANCED_MATERIALS', 'COMPLETE_MACHINES', 'CORE_SYSTEMS', 'KEY_COMPONENTS', 'INSTRUMENTS', 'MEDICAL_EQUIPMENT', 'ENVIRONMENTAL_EQUIPMENT', 'SOLID_WASTE_EQUIPMENT', 'PHARMACEUTICALS', 'PILOT_LINE_EQUIPMENT', 'COMMUNICATION_EQUIPMENT', 'MEASURING_INSTRUMENTS', 'PILOT_SOFTWARE')`);
    await queryRunner.query(`CREATE TYPE "public"."construction_mode" AS ENUM('GOVERNMENT_PUBLIC_SERVICE', 'UNIVERSITY_TRANSFER', 'MULTI_PARTY_JOINT', 'ENTERPRISE_MARKET_SERVICE', 'ENTERPRISE_PARTIAL_OPEN', 'LEADING_ENTERPRISE_OWN')`);
    await queryRunner.query(`CREATE TYPE "public"."platform_level" AS ENUM('NONE', 'CULTIVATION', 'PROVINCIAL', 'NATIONAL')`);
    await queryRunner.query(`CREATE TYPE "public"."accreditation" AS ENUM('CMA', 'CNAS', 'GLP', 'GMP', 'ISO_9001', 'IATF_16949', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."platform_status" AS ENUM('DRAFT', 'PUBLISHED', 'SUSPENDED')`);
    await queryRunner.query(`CREATE TABLE "platform" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "name_en" character varying(200), "summary" text NOT NULL DEFAULT '', "summary_en" text, "industry_direction" "public"."industry_direction" NOT NULL, "key_domains" "public"."key_domain" array NOT NULL DEFAULT '{}', "construction_mode" "public"."construction_mode" NOT NULL, "level" "public"."platform_level" NOT NULL DEFAULT 'NONE', "province" character(2) NOT NULL, "city" character varying(100) NOT NULL, "address" character varying(300) NOT NULL DEFAULT '', "lat" double precision, "lng" double precision, "accreditations" "public"."accreditation" array NOT NULL DEFAULT '{}', "contact_name" character varying(100), "contact_phone" character varying(50), "contact_email" character varying(254), "website" character varying(300), "status" "public"."platform_status" NOT NULL DEFAULT 'DRAFT', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c33d6abeebd214bd2850bfd6b8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_platform_organization" ON "platform"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_platform_province" ON "platform"  ("province") `);
    await queryRunner.query(`CREATE INDEX "ix_platform_status_created" ON "platform"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."service_type" AS ENUM('TECH_DEVELOPMENT', 'PROCESS_IMPROVEMENT', 'SCALE_UP', 'TYPE_TESTING', 'PERFORMANCE_TESTING', 'SMALL_BATCH_PRODUCTION', 'EQUIPMENT_SHARING', 'EQUIPMENT_VALIDATION')`);
    await queryRunner.query(`CREATE TYPE "public"."price_model" AS ENUM('FIXED', 'HOURLY', 'PER_BATCH', 'QUOTE')`);
    await queryRunner.query(`CREATE TYPE "public"."currency" AS ENUM('CNY')`);
    await queryRunner.query(`CREATE TYPE "public"."offering_status" AS ENUM('ACTIVE', 'ARCHIVED')`);
    await queryRunner.query(`CREATE TABLE "service_offering" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "platform_id" uuid NOT NULL, "service_type" "public"."service_type" NOT NULL, "title" character varying(200) NOT NULL, "title_en" character varying(200), "description" text NOT NULL, "description_en" text, "keywords" text array NOT NULL DEFAULT '{}', "equipment_ids" uuid array NOT NULL DEFAULT '{}', "scale_min" numeric(14,3), "scale_max" numeric(14,3), "scale_unit" character varying(30), "lead_time_days" integer NOT NULL DEFAULT '0', "price_model" "public"."price_model" NOT NULL, "price_amount" numeric(12,2), "currency" "public"."currency" NOT NULL DEFAULT 'CNY', "accreditations" "public"."accreditation" array NOT NULL DEFAULT '{}', "status" "public"."offering_status" NOT NULL DEFAULT 'ACTIVE', "rating_average" numeric(3,2), "rating_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_36d1431796da1e28dc90cfa58f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_offering_status_created" ON "service_offering"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_offering_platform_created" ON "service_offering"  ("platform_id", "created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_offering_platform_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offering_status_created"`);
    await queryRunner.query(`DROP TABLE "service_offering"`);
    await queryRunner.query(`DROP TYPE "public"."offering_status"`);
    await queryRunner.query(`DROP TYPE "public"."currency"`);
    await queryRunner.query(`DROP TYPE "public"."price_model"`);
    await queryRunner.query(`DROP TYPE "public"."service_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_platform_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_platform_province"`);
    await queryRunner.query(`DROP INDEX "public"."ix_platform_organization"`);
    await queryRunner.query(`DROP TABLE "platform"`);
    await queryRunner.query(`DROP TYPE "public"."platform_status"`);
    await queryRunner.query(`DROP TYPE "public"."accreditation"`);
    await queryRunner.query(`DROP TYPE "public"."platform_level"`);
    await queryRunner.query(`DROP TYPE "public"."construction_mode"`);
    await queryRunner.query(`DROP TYPE "public"."key_domain"`);
    await queryRunner.query(`DROP TYPE "public"."industry_direction"`);
    await queryRunner.query(`DROP INDEX "public"."ix_equipment_platform_created"`);
    await queryRunner.query(`DROP TABLE "equipment"`);
  }
}
