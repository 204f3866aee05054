import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, CoreError, TransactionRunner } from '#core';
import { BookingService, type BookingModel } from '#booking';
import { CatalogService, OfferingStatus, PlatformStatus } from '#catalog';
import { AccessPolicy, NotificationService, type Actor, type NotificationDraft } from '#identity';
import { MatchingError, MatchingErrorCode } from '../matching.errors.js';
import { PilotRequestStatus } from '../matching.enums.js';
import { PilotRequestRepository } from '../request/pilot-request.repository.js';
import { PilotRequestService } from '../request/pilot-request.service.js';
import type { SubmitProposalInput } from './dto/proposal.input.js';
import type { ProposalEntity } from './proposal.entity.js';
import { ProposalRepository } from './proposal.repository.js';
import { PROPOSAL_LIFECYCLE } from './proposal.state-machine.js';

@Injectable()
export class ProposalService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly proposals: ProposalRepository,
    private readonly requests: PilotRequestRepository,
    private readonly requestService: PilotRequestService,
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly notifications: NotificationService,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  /** The operator of the offering's platform answers an OPEN request; given slots are HELD until it is answered or expires. */
  async submit(actor: Actor, input: SubmitProposalInput): Promise<ProposalEntity> {
    const offering = await this.catalog.offeringOwnership(input.offeringId);
    this.access.assertCanWrite(actor, offering.organizationId);
    if (offering.status !== OfferingStatus.ACTIVE || offering.platformStatus !== PlatformStatus.PUBLISHED) {
      throw CoreError.invalidField('offeringId', 'offeringId must be an active offering of a published platform');
    }
    if (input.validUntil.getTime() <= this.clock.now().getTime())
      throw CoreError.invalidField('validUntil', 'validUntil must be in the future');
    const request = await this.requests.findById(input.requestId);
    if (!request) throw new MatchingError(MatchingErrorCode.REQUEST_NOT_FOUND, `No pilot request ${input.requestId}`);
    if (request.status !== PilotRequestStatus.OPEN)
      throw new MatchingError(MatchingErrorCode.REQUEST_NOT_OPEN, `The request is ${request.status}`, {
        currentStatus: request.status,
      });
    const id = this.proposals.newId();
    return this.transactions.run(async (manager) => {
      await this.booking.holdSlotsForProposal(manager, id, input.offeringId, input.slotIds);
      const proposal = await this.proposals.insert(manager, id, {
        requestId: input.requestId,
        offeringId: input.offeringId,
        platformId: offering.platformId,
        operatorOrganizationId: offering.organizationId,
        createdByUserId: actor.userId,
        priceAmount: input.priceAmount,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        slotIds: input.slotIds,
        message: input.message,
        validUntil: input.validUntil,
      });
      await this.notify(
        manager,
        { organizationIds: [request.requesterOrganizationId] },
        'submitted',
        proposal,
        offering.platformName,
      );
      return proposal;
    });
  }

  async withdraw(actor: Actor, id: string): Promise<ProposalEntity> {
    return this.finish(actor, id, 'withdraw', null);
  }

  async decline(actor: Actor, id: string, reason: string): Promise<ProposalEntity> {
    return this.finish(actor, id, 'decline', reason);
  }

  /** The requester accepts: one transaction turns the proposal into a booking and marks the request MATCHED. */
  async accept(actor: Actor, id: string): Promise<BookingModel> {
    const proposal = await this.readable(actor, id);
    const request = await this.requestService.own(actor, proposal.requestId);
    return this.transactions.run(async (manager) => {
      const current = await this.lockReadable(manager, id);
      const status = PROPOSAL_LIFECYCLE.next(current.status, 'accept');
      if (current.validUntil.getTime() <= this.clock.now().getTime())
        throw new MatchingError(MatchingErrorCode.ILLEGAL_PROPOSAL_TRANSITION, 'The proposal has expired', {
          currentStatus: 'EXPIRED',
        });
      const booking = await this.booking.bookFromProposal(manager, actor, {
        id: current.id,
        offeringId: current.offeringId,
        slotIds: current.slotIds,
        startsAt: current.startsAt,
        endsAt: current.endsAt,
        brief: `${request.title}\n\n${current.message}`.trim(),
      });
      const accepted = await this.proposals.update(manager, id, { status, bookingId: booking.id });
      await this.requests.update(manager, request.id, { status: PilotRequestStatus.MATCHED });
      await this.notify(
        manager,
        { organizationIds: [current.operatorOrganizationId] },
        'accepted',
        accepted,
        request.title,
      );
      return booking;
    });
  }

  /** Worker job: proposals past validUntil expire and release their slots. */
  async expire(now: Date = this.clock.now()): Promise<number> {
    return this.transactions.run(async (manager) => {
      const expired = await this.proposals.lockExpired(manager, now, 200);
      for (const proposal of expired) {
        await this.booking.releaseProposalSlots(manager, proposal.id, proposal.slotIds);
        const updated = await this.proposals.update(manager, proposal.id, {
          status: PROPOSAL_LIFECYCLE.next(proposal.status, 'expire'),
        });
        await this.notify(manager, { organizationIds: [proposal.operatorOrganizationId] }, 'expired', updated, '');
      }
      return expired.length;
    });
  }

  async forRequest(actor: Actor, requestId: string): Promise<ProposalEntity[]> {
    const { request } = await this.requestService.get(actor, requestId);
    const all = await this.proposals.forRequest(requestId);
    if (actor.siteAdmin || actor.organizationId === request.requesterOrganizationId) return all;
    return all.filter((p) => p.operatorOrganizationId === actor.organizationId);
  }

  /** The requester's and the proposing operator's organizations (and site admins) see a proposal. */
  private async readable(actor: Actor, id: string): Promise<ProposalEntity> {
    const proposal = await this.proposals.findById(id);
    const notFound = new MatchingError(MatchingErrorCode.PROPOSAL_NOT_FOUND, `No proposal ${id}`);
    if (!proposal) throw notFound;
    const request = await this.requests.findById(proposal.requestId);
    if (
      !actor.siteAdmin &&
      actor.organizationId !== proposal.operatorOrganizationId &&
      actor.organizationId !== request?.requesterOrganizationId
    )
      throw notFound;
    return proposal;
  }

  /** Locks a proposal that `readable` has already found (it is never deleted). */
  private async lockReadable(manager: EntityManager, id: string): Promise<ProposalEntity> {
    const current = await this.proposals.lockById(manager, id);
    if (!current) throw new MatchingError(MatchingErrorCode.PROPOSAL_NOT_FOUND, `No proposal ${id}`);
    return current;
  }

  /** The operator withdraws or the requester declines: the held slots are released, the other side told. */
  private async finish(
    actor: Actor,
    id: string,
    action: 'withdraw' | 'decline',
    reason: string | null,
  ): Promise<ProposalEntity> {
    const proposal = await this.readable(actor, id);
    const request = await this.requests.findById(proposal.requestId);
    const requesterOrganizationId = request?.requesterOrganizationId ?? '';
    this.access.assertCanWrite(
      actor,
      action === 'withdraw' ? proposal.operatorOrganizationId : requesterOrganizationId,
    );
    return this.transactions.run(async (manager) => {
      const current = await this.lockReadable(manager, id);
      const status = PROPOSAL_LIFECYCLE.next(current.status, action);
      await this.booking.releaseProposalSlots(manager, id, current.slotIds);
      const updated = await this.proposals.update(manager, id, { status, declineReason: reason });
      const recipients =
        action === 'withdraw'
          ? { organizationIds: [requesterOrganizationId] }
          : { organizationIds: [current.operatorOrganizationId] };
      await this.notify(manager, recipients, action === 'withdraw' ? 'withdrawn' : 'declined', updated, reason ?? '');
      return updated;
    });
  }

  private notify(
    manager: EntityManager,
    recipients: { organizationIds: string[] },
    event: keyof typeof MESSAGES,
    proposal: ProposalEntity,
    context: string,
  ): Promise<void> {
    const message = MESSAGES[event];
    const draft: NotificationDraft = {
      kind: `proposal.${event}`,
      title: message.title,
      body: { zh: message.body.zh.replace('{context}', context), en: message.body.en.replace('{context}', context) },
      subjectId: proposal.id,
    };
    return this.notifications.notify(manager, recipients, draft);
  }
}

const MESSAGES = {
  submitted: {
    title: { zh: '收到新的中试方案', en: 'New pilot proposal' },
    body: { zh: '{context} 就您的中试需求提交了方案', en: '{context} sent a proposal for your pilot request' },
  },
  accepted: {
    title: { zh: '方案已被接受', en: 'Proposal accepted' },
    body: {
      zh: '需求方接受了您的方案：{context}，已生成预约',
      en: 'The requester accepted your proposal for {context}; a booking was created',
    },
  },
  declined: {
    title: { zh: '方案被拒绝', en: 'Proposal declined' },
    body: {
      zh: '需求方拒绝了您的方案。原因：{context}',
      en: 'The requester declined your proposal. Reason: {context}',
    },
  },
  withdrawn: {
    title: { zh: '方案已撤回', en: 'Proposal withdrawn' },
    body: {
      zh: '平台撤回了方案，保留的时段已释放',
      en: 'The platform withdrew its proposal; held slots were released',
    },
  },
  expired: {
    title: { zh: '方案已过期', en: 'Proposal expired' },
    body: { zh: '方案已过有效期，保留的时段已释放', en: 'The proposal expired; held slots were released' },
  },
} as const;
