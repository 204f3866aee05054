import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { paginate, type Page } from '#core';
import { PlatformEntity } from '../platform/platform.entity.js';
import { wherePlatformVisible, type Viewer } from '../viewer.js';
import type { OfferingFilter } from './dto/offering.input.js';
import { OfferingEntity } from './offering.entity.js';

export type NewOffering = Omit<OfferingEntity, 'id' | 'createdAt' | 'updatedAt' | 'ratingAverage' | 'ratingCount'>;

@Injectable()
export class OfferingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, data: NewOffering): Promise<OfferingEntity> {
    return manager.save(manager.create(OfferingEntity, { ...data, ratingAverage: null, ratingCount: 0 }));
  }

  async update(manager: EntityManager, id: string, changes: Partial<NewOffering>): Promise<OfferingEntity> {
    if (Object.keys(changes).length) await manager.update(OfferingEntity, { id }, changes);
    return manager.findOneByOrFail(OfferingEntity, { id });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OfferingEntity | null> {
    return manager.findOneBy(OfferingEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<OfferingEntity[]> {
    return this.dataSource.manager.findBy(OfferingEntity, { id: In([...ids]) });
  }

  /** Offerings of these platforms that the viewer may see (served by ix_offering_platform_created). */
  findVisibleByPlatformIds(platformIds: readonly string[], viewer: Viewer): Promise<OfferingEntity[]> {
    return this.visible(viewer).andWhere('o.platformId IN (:...platformIds)', { platformIds }).orderBy('o.createdAt', 'ASC').addOrderBy('o.id', 'ASC').getMany();
  }

  page(viewer: Viewer, filter: OfferingFilter, page: { first: number; after?: string }): Promise<Page<OfferingEntity>> {
    const query = this.visible(viewer, filter.statuses);
    if (filter.provinces?.length) query.andWhere('p.province IN (:...provinces)', { provinces: filter.provinces });
    if (filter.industryDirections?.length) query.andWhere('p.industryDirection IN (:...directions)', { directions: filter.industryDirections });
    if (filter.constructionModes?.length) query.andWhere('p.constructionMode IN (:...modes)', { modes: filter.constructionModes });
    if (filter.levels?.length) query.andWhere('p.level IN (:...levels)', { levels: filter.levels });
    if (filter.serviceTypes?.length) query.andWhere('o.serviceType IN (:...serviceTypes)', { serviceTypes: filter.serviceTypes });
    if (filter.organizationId) query.andWhere('p.organizationId = :organizationId', { organizationId: filter.organizationId });
    if (filter.platformId) query.andWhere('o.platformId = :platformId', { platformId: filter.platformId });
    return paginate(query, page);
  }

  idsOfPlatform(manager: EntityManager, platformId: string): Promise<string[]> {
    return manager.find(OfferingEntity, { select: { id: true }, where: { platformId } }).then((rows) => rows.map((r) => r.id));
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
   * Offerings visible to the viewer: of a platform they may see; others' archived offerings and offerings of
   * unpublished platforms stay hidden. `statuses` narrows further (own, admin or authority views).
   */
  private visible(viewer: Viewer, statuses?: string[]): SelectQueryBuilder<OfferingEntity> {
    const query = this.dataSource.manager.createQueryBuilder(OfferingEntity, 'o').innerJoin(PlatformEntity, 'p', 'p.id = o.platformId');
    wherePlatformVisible(query, 'p', viewer);
    if (!(viewer.siteAdmin || viewer.authorityRegion)) {
      query.andWhere(`((p.status = 'PUBLISHED' AND o.status = 'ACTIVE') OR p.organizationId = :ownOrganizationId)`, {
        ownOrganizationId: viewer.organizationId ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    if (statuses?.length) query.andWhere('o.status IN (:...statuses)', { statuses });
    return query;
  }
}

