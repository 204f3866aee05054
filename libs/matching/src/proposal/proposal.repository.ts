import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '#identity';
import { ProposalStatus } from '../matching.enums.js';
import { ProposalEntity } from './proposal.entity.js';

/** A platform's first proposal to a pilot request, and when it was asked: what response times are computed from. */
export interface ProposalResponseFact {
  platformId: string;
  requestId: string;
  /** When the request was posted, or shared with this platform (if that came before its proposal). */
  askedAt: Date;
  proposedAt: Date;
}

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

  /** The proposal this user sent with an idempotency key (ux_proposal_idempotency). */
  findByIdempotencyKey(
    userId: string,
    key: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProposalEntity | null> {
    return manager.findOneBy(ProposalEntity, { createdByUserId: userId, idempotencyKey: key });
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

  /** First proposals of these platforms made within [from, to), one per request (ix_proposal_platform_created). */
  async responses(platformIds: readonly string[], from: Date, to: Date): Promise<ProposalResponseFact[]> {
    if (platformIds.length === 0) return [];
    const rows: Array<{ platform_id: string; request_id: string; asked_at: Date; proposed_at: Date }> =
      await this.dataSource.query(
        `SELECT f.platform_id, f.request_id, f.proposed_at,
                coalesce((SELECT s.shared_at FROM pilot_request_share s
                           WHERE s.request_id = f.request_id AND s.platform_id = f.platform_id AND s.shared_at <= f.proposed_at),
                         r.created_at) AS asked_at
           FROM (SELECT platform_id, request_id, min(created_at) AS proposed_at FROM proposal
                  WHERE platform_id = ANY($1::uuid[]) GROUP BY platform_id, request_id) f
           JOIN pilot_request r ON r.id = f.request_id
          WHERE f.proposed_at >= $2 AND f.proposed_at < $3
          ORDER BY f.proposed_at`,
        [platformIds, from, to],
      );
    return rows.map((r) => ({
      platformId: r.platform_id,
      requestId: r.request_id,
      askedAt: r.asked_at,
      proposedAt: r.proposed_at,
    }));
  }

  /**
   * The requester organization each of these proposals answers, as `viewer` may know it: null when the request is
   * confidential, unless the viewer is a site admin, the requester, or the proposing organization of a platform it was
   * shared with — not the region's authorities, who read the platform's calendar (primary keys of proposal,
   * pilot_request and pilot_request_share).
   */
  async requestersOf(ids: readonly string[], viewer: Actor | null): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; requester: string | null }> = await this.dataSource.query(
      `SELECT p.id,
              CASE WHEN NOT r.confidential OR $2::boolean OR r.requester_organization_id = $3::uuid
                     OR (p.operator_organization_id = $3::uuid AND EXISTS (
                       SELECT 1 FROM pilot_request_share s WHERE s.request_id = r.id AND s.platform_id = p.platform_id))
                   THEN r.requester_organization_id END AS requester
         FROM proposal p JOIN pilot_request r ON r.id = p.request_id WHERE p.id = ANY($1::uuid[])`,
      [ids, viewer?.siteAdmin ?? false, viewer?.organizationId ?? null],
    );
    return new Map(rows.map((r) => [r.id, r.requester]));
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
