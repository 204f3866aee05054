import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate, type Page } from '#core';
import { PilotRequestStatus } from '../matching.enums.js';
import { PilotRequestShareEntity } from './pilot-request-share.entity.js';
import { PilotRequestEntity } from './pilot-request.entity.js';

export type NewPilotRequest = Omit<PilotRequestEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class PilotRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, data: NewPilotRequest): Promise<PilotRequestEntity> {
    return manager.save(manager.create(PilotRequestEntity, data));
  }

  async update(manager: EntityManager, id: string, changes: Partial<NewPilotRequest>): Promise<PilotRequestEntity> {
    if (Object.keys(changes).length) await manager.update(PilotRequestEntity, { id }, changes);
    return manager.findOneByOrFail(PilotRequestEntity, { id });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PilotRequestEntity | null> {
    return manager.findOneBy(PilotRequestEntity, { id });
  }

  lockById(manager: EntityManager, id: string): Promise<PilotRequestEntity | null> {
    return manager
      .createQueryBuilder(PilotRequestEntity, 'r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Served by ix_pilot_request_requester_created. */
  pageForRequester(organizationId: string, page: { first: number; after?: string }): Promise<Page<PilotRequestEntity>> {
    return paginate(
      this.dataSource.manager
        .createQueryBuilder(PilotRequestEntity, 'r')
        .where('r.requesterOrganizationId = :organizationId', { organizationId }),
      page,
      'myPilotRequests',
    );
  }

  /** Open requests that could concern a platform: by its service types, region and accreditations (ix_pilot_request_status_created). */
  findOpenMatching(
    serviceTypes: string[],
    province: string,
    accreditations: string[],
    limit: number,
  ): Promise<PilotRequestEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(PilotRequestEntity, 'r')
      .where('r.status = :open', { open: PilotRequestStatus.OPEN })
      .andWhere('(cardinality(r.service_types) = 0 OR r.service_types::text[] && :serviceTypes::text[])', {
        serviceTypes,
      })
      .andWhere('(cardinality(r.preferred_provinces) = 0 OR :province = ANY(r.preferred_provinces))', { province })
      .andWhere('r.required_accreditations::text[] <@ :accreditations::text[]', { accreditations })
      .orderBy('r.createdAt', 'DESC')
      .limit(limit)
      .getMany();
  }

  async share(manager: EntityManager, requestId: string, platformId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PilotRequestShareEntity)
      .values({ requestId, platformId })
      .orIgnore()
      .execute();
  }

  /** Of these requests, the ones shared with a platform of `organizationPlatformIds`. */
  async sharedWith(requestIds: readonly string[], platformIds: readonly string[]): Promise<Set<string>> {
    if (requestIds.length === 0 || platformIds.length === 0) return new Set();
    const rows: Array<{ request_id: string }> = await this.dataSource.query(
      'SELECT DISTINCT request_id FROM pilot_request_share WHERE request_id = ANY($1::uuid[]) AND platform_id = ANY($2::uuid[])',
      [requestIds, platformIds],
    );
    return new Set(rows.map((r) => r.request_id));
  }
}
