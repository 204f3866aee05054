import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { paginate, type Page } from '#core';
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

  /** Served by ix_platform_status_created (published, newest first) or the province/organization indexes. */
  page(viewer: Viewer, filter: PlatformFilter, page: { first: number; after?: string }): Promise<Page<PlatformEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(PlatformEntity, 'p');
    wherePlatformVisible(query, 'p', viewer);
    return paginate(wherePlatformMatches(query, 'p', filter), page);
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
