import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { paginate, type ConstructionMode, type IndustryDirection, type Page, type PlatformLevel } from '#core';
import type { PlatformStatus } from '../catalog.enums.js';
import type { PlatformCounts } from '../catalog.types.js';
import { wherePlatformVisible, type Viewer } from '../viewer.js';
import type { PlatformFilter } from './dto/platform.input.js';
import { PlatformEntity } from './platform.entity.js';

export type NewPlatform = Omit<PlatformEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class PlatformRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, data: NewPlatform): Promise<PlatformEntity> {
    return manager.save(manager.create(PlatformEntity, data));
  }

  async update(manager: EntityManager, id: string, changes: Partial<NewPlatform>): Promise<PlatformEntity> {
    if (Object.keys(changes).length) await manager.update(PlatformEntity, { id }, changes);
    return manager.findOneByOrFail(PlatformEntity, { id });
  }

  async insertMany(manager: EntityManager, rows: Array<Partial<PlatformEntity>>): Promise<void> {
    if (rows.length) await manager.insert(PlatformEntity, rows);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PlatformEntity | null> {
    return manager.findOneBy(PlatformEntity, { id });
  }

  /** Locks the platform row: status transitions of one platform happen one at a time. */
  lockById(manager: EntityManager, id: string): Promise<PlatformEntity | null> {
    return manager
      .createQueryBuilder(PlatformEntity, 'p')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  findByIds(ids: readonly string[]): Promise<PlatformEntity[]> {
    return this.dataSource.manager.findBy(PlatformEntity, { id: In([...ids]) });
  }

  /** Served by ix_platform_organization. */
  idsOfOrganization(organizationId: string): Promise<string[]> {
    return this.dataSource.manager
      .find(PlatformEntity, { select: { id: true }, where: { organizationId } })
      .then((rows) => rows.map((r) => r.id));
  }

  /** Served by ix_platform_province. */
  findByProvince(province: string): Promise<PlatformEntity[]> {
    return this.dataSource.manager.find(PlatformEntity, { where: { province }, order: { name: 'ASC' } });
  }

  /** Platforms of a province (all of them with `province` null), by name (ix_platform_province). */
  findInScope(province: string | null): Promise<PlatformEntity[]> {
    return this.dataSource.manager.find(PlatformEntity, {
      where: province === null ? {} : { province },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** The granted level, written only by authorities' decisions (the evaluation context). */
  async setLevels(
    manager: EntityManager,
    rows: ReadonlyArray<{ platformId: string; level: PlatformLevel }>,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE platform p SET level = v.level::platform_level, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, level) WHERE p.id = v.id`,
      [rows.map((r) => r.platformId), rows.map((r) => r.level)],
    );
  }

  /** Counts for authorities' dashboards, one scan of a province's platforms (ix_platform_province) or of all. */
  async counts(province: string | null): Promise<PlatformCounts> {
    const rows: Array<{
      status: PlatformStatus | null;
      level: PlatformLevel | null;
      mode: ConstructionMode | null;
      direction: IndustryDirection | null;
      n: number;
    }> = await this.dataSource.query(
      `SELECT status, level, mode, direction, count(*)::int AS n
         FROM (SELECT status::text AS status,
                      CASE WHEN status = 'PUBLISHED' THEN level::text END AS level,
                      CASE WHEN status = 'PUBLISHED' THEN construction_mode::text END AS mode,
                      CASE WHEN status = 'PUBLISHED' THEN industry_direction::text END AS direction
                 FROM platform WHERE $1::text IS NULL OR province = $1) p
        GROUP BY GROUPING SETS ((status), (level), (mode), (direction))
        ORDER BY 1, 2, 3, 4`,
      [province],
    );
    const counts: PlatformCounts = { byStatus: [], byLevel: [], byConstructionMode: [], byIndustryDirection: [] };
    for (const { status, level, mode, direction, n } of rows) {
      if (status !== null) counts.byStatus.push({ status, count: n });
      else if (level !== null) counts.byLevel.push({ level, count: n });
      else if (mode !== null) counts.byConstructionMode.push({ constructionMode: mode, count: n });
      else if (direction !== null) counts.byIndustryDirection.push({ industryDirection: direction, count: n });
    }
    return counts;
  }

  /** Served by ix_platform_status_created (published, newest first) or the province/organization indexes. */
  page(viewer: Viewer, filter: PlatformFilter, page: { first: number; after?: string }): Promise<Page<PlatformEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(PlatformEntity, 'p');
    wherePlatformVisible(query, 'p', viewer);
    return paginate(wherePlatformMatches(query, 'p', filter), page, 'platforms');
  }
}

/** The platform filters (AND across fields, OR within one) on `alias`; offerings reuse them on their platform. */
export function wherePlatformMatches<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
  filter: PlatformFilter,
): SelectQueryBuilder<E> {
  if (filter.provinces?.length) query.andWhere(`${alias}.province IN (:...provinces)`, { provinces: filter.provinces });
  if (filter.industryDirections?.length)
    query.andWhere(`${alias}.industryDirection IN (:...directions)`, { directions: filter.industryDirections });
  if (filter.constructionModes?.length)
    query.andWhere(`${alias}.constructionMode IN (:...modes)`, { modes: filter.constructionModes });
  if (filter.levels?.length) query.andWhere(`${alias}.level IN (:...levels)`, { levels: filter.levels });
  if (filter.organizationId)
    query.andWhere(`${alias}.organizationId = :organizationId`, { organizationId: filter.organizationId });
  return query;
}
