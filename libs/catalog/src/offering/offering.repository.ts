import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { EntityColumns, MONEY, paginate, prepared, type Page } from '#core';
import { NATIONAL_REGION } from '#identity';
import { PlatformEntity } from '../platform/platform.entity.js';
import { wherePlatformMatches } from '../platform/platform.repository.js';
import { wherePlatformVisible, type Viewer } from '../viewer.js';
import type { Currency, PlatformStatus, PriceModel } from '../catalog.enums.js';
import type { OfferingSearchSource } from '../catalog.types.js';
import type { OfferingFilter } from './dto/offering.input.js';
import { OFFERING_OWNERSHIP_VIEW, type OfferingOwnershipRow } from './offering-ownership.js';
import { OfferingEntity } from './offering.entity.js';
import type { StoredPriceTier } from './pricing.js';

/** The columns findShortByIds leaves out: its entities lack these properties. */
export const SHORT_READ_OMITS = ['description', 'descriptionEn', 'equipmentIds'] as const;
export type ShortOfferingEntity = Omit<OfferingEntity, (typeof SHORT_READ_OMITS)[number]>;

export type NewOffering = Omit<
  OfferingEntity,
  'id' | 'createdAt' | 'updatedAt' | 'ratingAverage' | 'ratingCount' | 'ratingSum'
>;

@Injectable()
export class OfferingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, data: NewOffering): Promise<OfferingEntity> {
    return manager.save(manager.create(OfferingEntity, { ...data, ratingAverage: null, ratingCount: 0, ratingSum: 0 }));
  }

  async update(manager: EntityManager, id: string, changes: Partial<NewOffering>): Promise<OfferingEntity> {
    if (Object.keys(changes).length) await manager.update(OfferingEntity, { id }, changes);
    return manager.findOneByOrFail(OfferingEntity, { id });
  }

  async insertMany(manager: EntityManager, rows: Array<Partial<OfferingEntity>>): Promise<void> {
    if (rows.length) await manager.insert(OfferingEntity, rows);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OfferingEntity | null> {
    return manager.findOneBy(OfferingEntity, { id });
  }

  /**
   * An offering with its platform, which of its equipment is shared and its price list, in one statement, from the
   * catalog's published view (primary keys of service_offering and platform; equipment by primary key).
   */
  async ownership(id: string, manager: EntityManager = this.dataSource.manager): Promise<OfferingOwnershipRow | null> {
    const [row]: OfferingOwnershipRow[] = await manager.query(
      `SELECT * FROM ${OFFERING_OWNERSHIP_VIEW} WHERE offering_id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Offerings by id with their platforms, in one statement (primary keys of service_offering and platform): a page
   * of search hits shows both. Read on every search, so its text is constant and prepared, and its rows are hydrated
   * by EntityColumns rather than built and grouped by the QueryBuilder.
   */
  async findByIdsWithPlatforms(
    ids: readonly string[],
  ): Promise<Array<{ offering: OfferingEntity; platform: PlatformEntity | null }>> {
    if (ids.length === 0) return [];
    const { offering, platform, sql } = (this.withPlatforms ??= this.offeringsWithPlatforms());
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(prepared(sql), [ids]);
    return rows.map((row) => ({ offering: offering.hydrate(row) as OfferingEntity, platform: platform.hydrate(row) }));
  }

  private withPlatforms?: {
    offering: EntityColumns<OfferingEntity>;
    platform: EntityColumns<PlatformEntity>;
    sql: string;
  };

  /** Built on first use: the entities' metadata is there once the data source is initialised. */
  private offeringsWithPlatforms() {
    const offering = new EntityColumns(this.dataSource, OfferingEntity, 'o');
    const platform = new EntityColumns(this.dataSource, PlatformEntity, 'p');
    const sql = `SELECT ${offering.select}, ${platform.select}
       FROM ${offering.table} LEFT JOIN ${platform.table} ON "p"."id" = "o"."platform_id"
      WHERE "o"."id" = ANY($1::uuid[])`;
    return { offering, platform, sql };
  }

  /**
   * Offerings by id without their long texts and equipment (SHORT_READ_OMITS), with their platform's status only, in
   * one statement (primary keys of service_offering and platform): what a page of search hits usually shows. The
   * full read decodes ≈ 1.4 KB of text per hit (descriptions, the platform's summaries) that such a page never sends.
   * An offering whose platform is gone is not returned.
   */
  async findShortByIds(
    ids: readonly string[],
  ): Promise<Array<{ offering: ShortOfferingEntity; platformStatus: PlatformStatus }>> {
    if (ids.length === 0) return [];
    const { offering, sql } = (this.short ??= this.shortOfferings());
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(prepared(sql), [ids]);
    return rows.map((row) => ({
      offering: offering.hydrate(row) as ShortOfferingEntity,
      platformStatus: row.p_status as PlatformStatus,
    }));
  }

  private short?: { offering: EntityColumns<OfferingEntity>; sql: string };

  private shortOfferings() {
    const offering = new EntityColumns(this.dataSource, OfferingEntity, 'o', SHORT_READ_OMITS);
    const platform = this.dataSource.getMetadata(PlatformEntity).tablePath;
    const sql = `SELECT ${offering.select}, "p"."status" AS "p_status"
       FROM ${offering.table} JOIN "${platform}" "p" ON "p"."id" = "o"."platform_id"
      WHERE "o"."id" = ANY($1::uuid[])`;
    return { offering, sql };
  }

  /** Offerings of these platforms that the viewer may see (served by ix_offering_platform_created). */
  findVisibleByPlatformIds(platformIds: readonly string[], viewer: Viewer): Promise<OfferingEntity[]> {
    return this.visible(viewer)
      .andWhere('o.platformId IN (:...platformIds)', { platformIds })
      .orderBy('o.createdAt', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  page(viewer: Viewer, filter: OfferingFilter, page: { first: number; after?: string }): Promise<Page<OfferingEntity>> {
    const query = wherePlatformMatches(this.visible(viewer, filter.statuses), 'p', filter);
    if (filter.serviceTypes?.length)
      query.andWhere('o.serviceType IN (:...serviceTypes)', { serviceTypes: filter.serviceTypes });
    if (filter.platformId) query.andWhere('o.platformId = :platformId', { platformId: filter.platformId });
    return paginate(query, page, 'offerings');
  }

  idsOfPlatform(manager: EntityManager, platformId: string): Promise<string[]> {
    return manager
      .find(OfferingEntity, { select: { id: true }, where: { platformId } })
      .then((rows) => rows.map((r) => r.id));
  }

  /** Offerings that list the equipment (GIN-free: a platform has few offerings, filtered by platform first). */
  idsUsingEquipment(manager: EntityManager, platformId: string, equipmentId: string): Promise<string[]> {
    return manager
      .createQueryBuilder(OfferingEntity, 'o')
      .select('o.id', 'id')
      .where('o.platformId = :platformId AND :equipmentId = ANY(o.equipmentIds)', { platformId, equipmentId })
      .getRawMany<{ id: string }>()
      .then((rows) => rows.map((r) => r.id));
  }

  /**
   * Writes the rows of the offerings that list the equipment (their `updated_at`), locked in id order with the lock
   * archiving takes on one, and returns their ids: what stopping the equipment's sharing does so that booking claims
   * in flight on them (which hold their rows FOR SHARE) finish first, and a claim that waited for it reads again
   * (`offeringChangedUnseenSql`). Filtered by platform first (ix_offering_platform_created).
   */
  async touchUsingEquipment(manager: EntityManager, platformId: string, equipmentId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH locked AS MATERIALIZED (
         SELECT id FROM service_offering WHERE platform_id = $1 AND $2 = ANY(equipment_ids) ORDER BY id FOR NO KEY UPDATE
       ), touched AS (
         UPDATE service_offering o SET updated_at = now() FROM locked WHERE o.id = locked.id RETURNING o.id
       )
       SELECT id FROM touched`,
      [platformId, equipmentId],
    );
    return rows.map((r) => r.id);
  }

  /** One query: offerings with their platform and equipment names (equipment via unnest of the id array). */
  async searchSources(
    offeringIds: readonly string[],
    platformIds: readonly string[],
    equipmentIds: readonly string[],
  ): Promise<OfferingSearchSource[]> {
    if (offeringIds.length === 0 && platformIds.length === 0 && equipmentIds.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT o.id AS offering_id, o.platform_id, p.organization_id,
              (o.status = 'ACTIVE' AND p.status = 'PUBLISHED') AS searchable,
              o.service_type, o.equipment_ids, o.title, o.title_en, o.description, o.description_en, o.keywords,
              p.name AS platform_name, p.name_en AS platform_name_en, p.level AS platform_level, p.industry_direction,
              p.key_domains::text[] AS key_domains, p.construction_mode, p.province, p.city, p.lat, p.lng,
              ARRAY(SELECT DISTINCT a FROM unnest(o.accreditations::text[] || p.accreditations::text[]) a ORDER BY a) AS accreditations,
              o.price_model, o.price_amount, o.currency, o.price_tiers, o.lead_time_days, o.rating_average, o.rating_count, o.updated_at,
              COALESCE((SELECT array_agg(n ORDER BY n) FROM equipment e, LATERAL unnest(ARRAY[e.name, e.name_en]) n
                         WHERE e.id = ANY(o.equipment_ids) AND n IS NOT NULL), '{}') AS equipment_names,
              COALESCE((SELECT array_agg(e.model ORDER BY e.model) FROM equipment e
                         WHERE e.id = ANY(o.equipment_ids) AND e.model IS NOT NULL), '{}') AS equipment_models
         FROM service_offering o JOIN platform p ON p.id = o.platform_id
        WHERE o.id = ANY($1::uuid[]) OR o.platform_id = ANY($2::uuid[]) OR o.equipment_ids && $3::uuid[]`,
      [offeringIds, platformIds, equipmentIds],
    );
    return rows.map((r) => ({
      offeringId: r.offering_id as string,
      platformId: r.platform_id as string,
      organizationId: r.organization_id as string,
      searchable: r.searchable as boolean,
      serviceType: r.service_type as OfferingSearchSource['serviceType'],
      title: r.title as string,
      titleEn: r.title_en as string | null,
      description: r.description as string,
      descriptionEn: r.description_en as string | null,
      keywords: r.keywords as string[],
      platformName: r.platform_name as string,
      platformNameEn: r.platform_name_en as string | null,
      platformLevel: r.platform_level as OfferingSearchSource['platformLevel'],
      industryDirection: r.industry_direction as OfferingSearchSource['industryDirection'],
      keyDomains: r.key_domains as OfferingSearchSource['keyDomains'],
      constructionMode: r.construction_mode as OfferingSearchSource['constructionMode'],
      province: (r.province as string).trim(),
      city: r.city as string,
      location: r.lat === null || r.lng === null ? null : { lat: Number(r.lat), lng: Number(r.lng) },
      equipmentIds: r.equipment_ids as string[],
      equipmentNames: r.equipment_names as string[],
      equipmentModels: r.equipment_models as string[],
      accreditations: r.accreditations as OfferingSearchSource['accreditations'],
      pricing: {
        model: r.price_model as PriceModel,
        baseFen: MONEY.from(r.price_amount as string | null),
        currency: r.currency as Currency,
        tiers: r.price_tiers as StoredPriceTier[],
      },
      leadTimeDays: Number(r.lead_time_days),
      ratingAverage: r.rating_average === null ? null : Number(r.rating_average),
      ratingCount: Number(r.rating_count),
      updatedAt: r.updated_at as Date,
    }));
  }

  idsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(OfferingEntity, 'o')
      .select('o.id', 'id')
      .orderBy('o.id')
      .limit(limit);
    if (afterId) query.where('o.id > :afterId', { afterId });
    return query.getRawMany<{ id: string }>().then((rows) => rows.map((r) => r.id));
  }

  /**
   * The mean of every rating, from their exact sum, updated atomically in the row (no read-modify-write race between
   * two reviews); the right-hand sides read the row as it was before this update.
   */
  async addRating(manager: EntityManager, offeringId: string, rating: number): Promise<void> {
    await manager.query(
      `UPDATE service_offering
          SET rating_average = round((rating_sum + $2)::numeric / (rating_count + 1), 2),
              rating_sum = rating_sum + $2, rating_count = rating_count + 1, updated_at = now()
        WHERE id = $1`,
      [offeringId, rating],
    );
  }

  /**
   * Offerings visible to the viewer: of a platform they may see; others' archived offerings and offerings of
   * unpublished platforms stay hidden. `statuses` narrows further (own, admin or authority views).
   */
  private visible(viewer: Viewer, statuses?: string[]): SelectQueryBuilder<OfferingEntity> {
    const query = this.dataSource.manager
      .createQueryBuilder(OfferingEntity, 'o')
      .innerJoin(PlatformEntity, 'p', 'p.id = o.platformId');
    wherePlatformVisible(query, 'p', viewer);
    // Archived offerings, like unpublished platforms, only for those who see any status (viewer.ts, canSeeAnyStatus):
    // an authority of another province sees only what the public sees.
    if (!(viewer.siteAdmin || viewer.authorityRegion === NATIONAL_REGION)) {
      query.andWhere(
        `((p.status = 'PUBLISHED' AND o.status = 'ACTIVE') OR p.organizationId = :ownOrganizationId OR p.province = :ownRegion)`,
        {
          ownOrganizationId: viewer.organizationId ?? '00000000-0000-0000-0000-000000000000',
          ownRegion: viewer.authorityRegion ?? '--',
        },
      );
    }
    if (statuses?.length) query.andWhere('o.status IN (:...statuses)', { statuses });
    return query;
  }
}
