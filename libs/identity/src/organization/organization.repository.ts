import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { paginate, type Page } from '#core';
import type { OrganizationFilter } from './dto/organization.input.js';
import { InvitationEntity } from './invitation.entity.js';
import { OrganizationEntity } from './organization.entity.js';

@Injectable()
export class OrganizationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(
    manager: EntityManager,
    data: Omit<OrganizationEntity, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<OrganizationEntity> {
    return manager.save(manager.create(OrganizationEntity, data));
  }

  async insertMany(
    manager: EntityManager,
    rows: Array<Omit<OrganizationEntity, 'createdAt' | 'updatedAt'>>,
  ): Promise<void> {
    if (rows.length) await manager.insert(OrganizationEntity, rows);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrganizationEntity | null> {
    return manager.findOneBy(OrganizationEntity, { id });
  }

  /** Locks the organization's row for the caller's transaction (changes to what a verification vouched for). */
  lockById(manager: EntityManager, id: string): Promise<OrganizationEntity | null> {
    return manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  count(): Promise<number> {
    return this.dataSource.manager.count(OrganizationEntity);
  }

  /** Oldest first, keyset on (created_at, id); a sequential scan of a table of a few thousand rows. */
  page(filter: OrganizationFilter, page: { first: number; after?: string }): Promise<Page<OrganizationEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(OrganizationEntity, 'o');
    if (filter.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.verified !== undefined) query.andWhere('o.verified = :verified', { verified: filter.verified });
    if (filter.provinces?.length) query.andWhere('o.province IN (:...provinces)', { provinces: filter.provinces });
    return paginate(query, page, 'organizations');
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.dataSource.manager.findBy(OrganizationEntity, { id: In([...ids]) });
  }

  async update(manager: EntityManager, id: string, changes: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    await manager.update(OrganizationEntity, { id }, changes);
    return manager.findOneByOrFail(OrganizationEntity, { id });
  }

  async creditCodeTaken(manager: EntityManager, creditCode: string, exceptId?: string): Promise<boolean> {
    const found = await manager.findOneBy(OrganizationEntity, { creditCode });
    return !!found && found.id !== exceptId;
  }

  createInvitation(
    manager: EntityManager,
    data: Omit<InvitationEntity, 'id' | 'createdAt' | 'acceptedAt'>,
  ): Promise<InvitationEntity> {
    return manager.save(manager.create(InvitationEntity, { ...data, acceptedAt: null }));
  }

  /** Served by ux_invitation_pending; locks the invitation so it is accepted once. */
  findPendingInvitation(
    manager: EntityManager,
    organizationId: string,
    email: string,
  ): Promise<InvitationEntity | null> {
    return manager
      .createQueryBuilder(InvitationEntity, 'i')
      .where(
        'i.organizationId = :organizationId AND i.email = :email AND i.acceptedAt IS NULL AND i.expiresAt > now()',
        { organizationId, email },
      )
      .setLock('pessimistic_write')
      .getOne();
  }

  /** A new code (and role and expiry) for a pending invitation: inviting again re-sends it. */
  async renewInvitation(
    manager: EntityManager,
    id: string,
    changes: Pick<InvitationEntity, 'role' | 'tokenHash' | 'expiresAt' | 'invitedBy'>,
  ): Promise<InvitationEntity> {
    await manager.update(InvitationEntity, { id }, changes);
    return manager.findOneByOrFail(InvitationEntity, { id });
  }

  async markInvitationAccepted(manager: EntityManager, id: string): Promise<void> {
    await manager.update(InvitationEntity, { id }, { acceptedAt: new Date() });
  }
}
