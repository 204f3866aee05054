import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ProposalStatus } from '../matching.enums.js';
import { ProposalEntity } from './proposal.entity.js';

export type NewProposal = Omit<
  ProposalEntity,
  'id' | 'createdAt' | 'updatedAt' | 'declineReason' | 'bookingId' | 'status'
>;

@Injectable()
export class ProposalRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The id is chosen first: the slots are held under it before the row exists. */
  newId(): string {
    return randomUUID();
  }

  insert(manager: EntityManager, id: string, data: NewProposal): Promise<ProposalEntity> {
    return manager.save(
      manager.create(ProposalEntity, {
        ...data,
        id,
        status: ProposalStatus.SUBMITTED,
        declineReason: null,
        bookingId: null,
      }),
    );
  }

  findById(id: string): Promise<ProposalEntity | null> {
    return this.dataSource.manager.findOneBy(ProposalEntity, { id });
  }

  lockById(manager: EntityManager, id: string): Promise<ProposalEntity | null> {
    return manager
      .createQueryBuilder(ProposalEntity, 'p')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(manager: EntityManager, id: string, changes: Partial<ProposalEntity>): Promise<ProposalEntity> {
    await manager.update(ProposalEntity, { id }, changes);
    return manager.findOneByOrFail(ProposalEntity, { id });
  }

  /** The request's SUBMITTED proposals, locked in id order (served by ix_proposal_request). */
  lockSubmittedOf(manager: EntityManager, requestId: string): Promise<ProposalEntity[]> {
    return manager
      .createQueryBuilder(ProposalEntity, 'p')
      .where('p.requestId = :requestId AND p.status = :status', { requestId, status: ProposalStatus.SUBMITTED })
      .orderBy('p.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Served by ix_proposal_request. */
  forRequest(requestId: string): Promise<ProposalEntity[]> {
    return this.dataSource.manager.find(ProposalEntity, { where: { requestId }, order: { createdAt: 'DESC' } });
  }

  /** SUBMITTED proposals past validUntil, locked, skipping rows a concurrent sweep holds (ix_proposal_valid_until). */
  lockExpired(manager: EntityManager, now: Date, limit: number): Promise<ProposalEntity[]> {
    return manager
      .createQueryBuilder(ProposalEntity, 'p')
      .where('p.status = :status AND p.validUntil <= :now', { status: ProposalStatus.SUBMITTED, now })
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }
}
