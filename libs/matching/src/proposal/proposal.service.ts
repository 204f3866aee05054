import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, CoreError, isUniqueViolation, TransactionRunner } from '#core';
import { BookingService, type BookingModel } from '#booking';
import { CatalogService } from '#catalog';
import {
  AccessPolicy,
  IdentityService,
  NotificationService,
  type Actor,
  type NotificationDraft,
  type Recipients,
} from '#identity';
import { MatchingError, MatchingErrorCode } from '../matching.errors.js';
import { PilotRequestStatus, ProposalStatus } from '../matching.enums.js';
import type { PilotRequestEntity } from '../request/pilot-request.entity.js';
import { PilotRequestRepository } from '../request/pilot-request.repository.js';
import { PilotRequestService } from '../request/pilot-request.service.js';
import { PILOT_REQUEST_LIFECYCLE } from '../request/pilot-request.state-machine.js';
import type { SubmitProposalInput } from './dto/proposal.input.js';
import type { ProposalEntity } from './proposal.entity.js';
import { ProposalRepository } from './proposal.repository.js';
import { PROPOSAL_LIFECYCLE } from './proposal.state-machine.js';

/**
 * Proposals answer pilot requests and may hold capacity for the requester, through booking's one claim (the same
 * rules as a booking request, checked at submission and again at acceptance). A SUBMITTED proposal past validUntil
 * is EXPIRED from that instant: a read, a write on it or the sweep records it, whichever comes first.
 */
@Injectable()
export class ProposalService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly proposals: ProposalRepository,
    private readonly requests: PilotRequestRepository,
    private readonly requestService: PilotRequestService,
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  /**
   * The operator of the offering's platform answers an OPEN request; given slots are HELD for the requester until the
   * proposal is answered or expires, which must be before the first slot's start minus its notice. A proposal its
   * author sends again with its idempotency key (a lost answer, a retry) is found under the request's row lock and
   * answered as it stands; the key for another proposal is PROPOSAL_KEY_REUSED.
   */
  async submit(actor: Actor, input: SubmitProposalInput): Promise<ProposalEntity> {
    const offering = await this.catalog.visibleOffering(actor, input.offeringId);
    this.access.assertCanWrite(actor, offering.organizationId);
    if (input.validUntil.getTime() > input.startsAt.getTime())
      throw CoreError.invalidField(
        'validUntil',
        'validUntil must be no later than startsAt: a proposal is answered before its period begins',
      );
    const request = await this.requests.findById(input.requestId);
    if (!request) throw new MatchingError(MatchingErrorCode.REQUEST_NOT_FOUND, `No pilot request ${input.requestId}`);
    const [requester] = await this.identity.organizationsByIds([request.requesterOrganizationId]);
    const id = this.proposals.newId();
    try {
      return await this.transactions.run(async (manager) => {
        // Locked, so no proposal is added to a request while another of its proposals is being accepted, and copies of
        // one proposal sent at once go one at a time: each after the first finds it.
        const locked = await this.requests.lockById(manager, request.id);
        const sent = input.idempotencyKey
          ? await this.proposals.findByIdempotencyKey(actor.userId, input.idempotencyKey, manager)
          : null;
        // Before the checks that depend on the moment: a repeat answers what was made, whatever happened since.
        if (sent) return this.repeated(manager, sent, input);
        if (input.validUntil.getTime() <= this.clock.now().getTime())
          throw CoreError.invalidField('validUntil', 'validUntil must be in the future');
        assertWithinWindow(input, request);
        assertOpen(locked);
        const { slots: held, quote } = await this.booking.holdSlotsForProposal(manager, {
          proposalId: id,
          offeringId: input.offeringId,
          slotIds: input.slotIds,
          requester: { organizationId: request.requesterOrganizationId, kind: requester?.kind ?? null },
          validUntil: input.validUntil,
          priceFen: input.priceAmount,
          proposedBy: actor,
        });
        // Thrown inside the transaction: the holds just taken are rolled back with it.
        assertSlotsInPeriod(input, held);
        const proposal = await this.proposals.insert(manager, id, {
          requestId: input.requestId,
          offeringId: input.offeringId,
          platformId: offering.platformId,
          operatorOrganizationId: offering.organizationId,
          createdByUserId: actor.userId,
          priceAmount: input.priceAmount,
          quote,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          slotIds: input.slotIds,
          message: input.message,
          validUntil: input.validUntil,
          idempotencyKey: input.idempotencyKey ?? null,
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
    } catch (error) {
      // One key sent for two requests at once: their row locks do not meet, so the unique index lets one insert.
      if (input.idempotencyKey && isUniqueViolation(error)) {
        const key = input.idempotencyKey;
        const winner = await this.proposals.findByIdempotencyKey(actor.userId, key);
        if (winner) return this.transactions.run((manager) => this.repeated(manager, winner, input));
      }
      throw error;
    }
  }

  async withdraw(actor: Actor, id: string): Promise<ProposalEntity> {
    return this.finish(actor, id, 'withdraw', null);
  }

  async decline(actor: Actor, id: string, reason: string): Promise<ProposalEntity> {
    return this.finish(actor, id, 'decline', reason);
  }

  /**
   * The requester accepts: one transaction turns the proposal into a booking under the claim's rules checked again,
   * marks the request MATCHED and supersedes its other proposals (their holds freed, their authors told). The
   * request row is locked first, so of two proposals accepted at once exactly one wins.
   */
  async accept(actor: Actor, id: string): Promise<BookingModel> {
    const proposal = await this.readable(actor, id);
    const request = await this.requestService.own(actor, proposal.requestId);
    const outcome = await this.transactions.run<
      { booking: BookingModel } | { expiredAt: Date } | { acceptedAs: string }
    >(async (manager) => {
      const locked = await this.requests.lockById(manager, request.id);
      const current = await this.lockReadable(manager, id);
      // A retried acceptance (a lost response, a double click) answers with the booking the first one made.
      if (current.status === ProposalStatus.ACCEPTED && current.bookingId) return { acceptedAs: current.bookingId };
      if (this.lapsed(current)) {
        await this.expireOne(manager, current, request);
        return { expiredAt: current.validUntil };
      }
      const status = PROPOSAL_LIFECYCLE.next(current.status, 'accept');
      assertOpen(locked);
      const others = (await this.proposals.lockSubmittedOf(manager, request.id)).filter((p) => p.id !== id);
      const booking = await this.booking.bookFromProposal(
        manager,
        actor,
        {
          id: current.id,
          offeringId: current.offeringId,
          slotIds: current.slotIds,
          startsAt: current.startsAt,
          endsAt: current.endsAt,
          brief: `${request.title}\n\n${current.message}`.trim(),
          quote: current.quote,
        },
        others.map((p) => ({ proposalId: p.id, slotIds: p.slotIds })),
      );
      const accepted = await this.proposals.update(manager, id, { status, bookingId: booking.id });
      await this.requests.update(manager, request.id, { status: PilotRequestStatus.MATCHED });
      await this.notify(
        manager,
        { organizationIds: [current.operatorOrganizationId] },
        'accepted',
        accepted,
        request.title,
      );
      for (const other of others) {
        const superseded = await this.proposals.update(manager, other.id, {
          status: PROPOSAL_LIFECYCLE.next(other.status, 'supersede'),
        });
        await this.notify(
          manager,
          { organizationIds: [other.operatorOrganizationId] },
          'superseded',
          superseded,
          request.title,
        );
      }
      return { booking };
    });
    if ('booking' in outcome) return outcome.booking;
    if ('acceptedAs' in outcome) {
      const booking = await this.booking.bookingOf(outcome.acceptedAs);
      if (booking) return booking;
    }
    throw expiredError('expiredAt' in outcome ? outcome.expiredAt : proposal.validUntil);
  }

  /**
   * The requester closes its request: in the same transaction its proposals still SUBMITTED are declined (lapsed ones
   * expire), their holds freed and their authors told, so no capacity stays held for a request nobody will answer.
   * The request row is locked first, as in `accept`.
   */
  async closeRequest(actor: Actor, requestId: string): Promise<PilotRequestEntity> {
    await this.requestService.own(actor, requestId);
    return this.transactions.run(async (manager) => {
      const locked = await this.requests.lockById(manager, requestId);
      if (!locked) throw new MatchingError(MatchingErrorCode.REQUEST_NOT_FOUND, `No pilot request ${requestId}`);
      const closed = await this.requests.update(manager, requestId, {
        status: PILOT_REQUEST_LIFECYCLE.next(locked.status, 'close'),
      });
      for (const proposal of await this.proposals.lockSubmittedOf(manager, requestId)) {
        if (this.lapsed(proposal)) {
          await this.expireOne(manager, proposal, locked);
          continue;
        }
        await this.booking.releaseProposalSlots(manager, proposal.id, proposal.slotIds);
        const declined = await this.proposals.update(manager, proposal.id, {
          status: PROPOSAL_LIFECYCLE.next(proposal.status, 'decline'),
          declineReason: REQUEST_CLOSED,
        });
        await this.notify(
          manager,
          { organizationIds: [proposal.operatorOrganizationId] },
          'requestClosed',
          declined,
          locked.title,
        );
      }
      return closed;
    });
  }

  /** Worker job: proposals past validUntil expire and release their slots; both sides are told. */
  async expire(now: Date = this.clock.now()): Promise<number> {
    return this.transactions.run(async (manager) => {
      const expired = await this.proposals.lockExpired(manager, now, 200);
      for (const proposal of expired) await this.expireOne(manager, proposal);
      return expired.length;
    });
  }

  /** The request's proposals the actor may see; lapsed ones are recorded as EXPIRED first. */
  async forRequest(actor: Actor, requestId: string): Promise<ProposalEntity[]> {
    const { request } = await this.requestService.get(actor, requestId);
    let all = await this.proposals.forRequest(requestId);
    const lapsed = all.filter((p) => this.lapsed(p));
    if (lapsed.length) {
      await this.transactions.run(async (manager) => {
        for (const { id } of lapsed) {
          const current = await this.proposals.lockById(manager, id);
          if (current && this.lapsed(current)) await this.expireOne(manager, current, request);
        }
      });
      all = await this.proposals.forRequest(requestId);
    }
    if (actor.siteAdmin || actor.organizationId === request.requesterOrganizationId) return all;
    return all.filter((p) => p.operatorOrganizationId === actor.organizationId);
  }

  /** A SUBMITTED proposal past its validity: EXPIRED in substance, whatever the row says yet. */
  private lapsed(proposal: ProposalEntity): boolean {
    return proposal.status === ProposalStatus.SUBMITTED && proposal.validUntil.getTime() <= this.clock.now().getTime();
  }

  /**
   * The proposal its author's key made, as it stands (a lapsed one recorded EXPIRED first), when `input` asks for it
   * again; PROPOSAL_KEY_REUSED when the key made another one.
   */
  private async repeated(
    manager: EntityManager,
    sent: ProposalEntity,
    input: SubmitProposalInput,
  ): Promise<ProposalEntity> {
    if (!sameProposal(sent, input))
      throw new MatchingError(
        MatchingErrorCode.PROPOSAL_KEY_REUSED,
        'This idempotencyKey was already used for another proposal; use a new key',
        { fields: [{ field: 'idempotencyKey', message: 'already used for another proposal' }] },
      );
    const current = await this.lockReadable(manager, sent.id);
    return this.lapsed(current) ? this.expireOne(manager, current) : current;
  }

  /** Records a locked proposal's expiry: its holds are freed, the operator and the requester told. */
  private async expireOne(
    manager: EntityManager,
    proposal: ProposalEntity,
    request?: PilotRequestEntity,
  ): Promise<ProposalEntity> {
    await this.booking.releaseProposalSlots(manager, proposal.id, proposal.slotIds);
    const updated = await this.proposals.update(manager, proposal.id, {
      status: PROPOSAL_LIFECYCLE.next(proposal.status, 'expire'),
    });
    const requester = (request ?? (await this.requests.findById(proposal.requestId, manager)))?.requesterOrganizationId;
    await this.notify(
      manager,
      { organizationIds: [proposal.operatorOrganizationId, ...(requester ? [requester] : [])] },
      'expired',
      updated,
      '',
    );
    return updated;
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
    const outcome = await this.transactions.run<{ updated: ProposalEntity } | { expiredAt: Date }>(async (manager) => {
      const current = await this.lockReadable(manager, id);
      if (this.lapsed(current)) {
        await this.expireOne(manager, current, request ?? undefined);
        return { expiredAt: current.validUntil };
      }
      const status = PROPOSAL_LIFECYCLE.next(current.status, action);
      await this.booking.releaseProposalSlots(manager, id, current.slotIds);
      const updated = await this.proposals.update(manager, id, { status, declineReason: reason });
      const recipients =
        action === 'withdraw'
          ? { organizationIds: [requesterOrganizationId] }
          : { organizationIds: [current.operatorOrganizationId] };
      await this.notify(manager, recipients, action === 'withdraw' ? 'withdrawn' : 'declined', updated, reason ?? '');
      return { updated };
    });
    if ('updated' in outcome) return outcome.updated;
    throw expiredError(outcome.expiredAt);
  }

  private notify(
    manager: EntityManager,
    recipients: Recipients,
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

function assertOpen(request: PilotRequestEntity | null): void {
  if (request && request.status === PilotRequestStatus.OPEN) return;
  throw new MatchingError(MatchingErrorCode.REQUEST_NOT_OPEN, `The request is ${request?.status ?? 'gone'}`, {
    currentStatus: request?.status ?? null,
  });
}

/** Whether a proposal made under a key is the one `input` asks for: the same request, offering, terms and holds. */
function sameProposal(sent: ProposalEntity, input: SubmitProposalInput): boolean {
  const ids = (list: readonly string[]) =>
    list
      .map((id) => id.toLowerCase())
      .sort()
      .join();
  return (
    sent.requestId === input.requestId.toLowerCase() &&
    sent.offeringId === input.offeringId.toLowerCase() &&
    sent.priceAmount === input.priceAmount &&
    sent.startsAt.getTime() === input.startsAt.getTime() &&
    sent.endsAt.getTime() === input.endsAt.getTime() &&
    sent.validUntil.getTime() === input.validUntil.getTime() &&
    sent.message === input.message &&
    ids(sent.slotIds) === ids(input.slotIds)
  );
}

/** A proposal answers the request's need: its period must share at least an instant with the request's window. */
function assertWithinWindow(input: SubmitProposalInput, request: PilotRequestEntity): void {
  if (input.startsAt.getTime() <= request.windowTo.getTime() && input.endsAt.getTime() >= request.windowFrom.getTime())
    return;
  throw CoreError.invalidField(
    'startsAt',
    `the period ${input.startsAt.toISOString()} – ${input.endsAt.toISOString()} must overlap the request's window ` +
      `${request.windowFrom.toISOString()} – ${request.windowTo.toISOString()}`,
  );
}

/** Accepting books the held slots: each must lie inside the period the proposal shows, or it books a date never offered. */
function assertSlotsInPeriod(input: SubmitProposalInput, held: ReadonlyArray<{ startsAt: Date; endsAt: Date }>): void {
  const outside = held.find(
    (slot) => slot.startsAt.getTime() < input.startsAt.getTime() || slot.endsAt.getTime() > input.endsAt.getTime(),
  );
  if (!outside) return;
  throw CoreError.invalidField(
    'slotIds',
    `every held slot must lie inside startsAt – endsAt (${input.startsAt.toISOString()} – ` +
      `${input.endsAt.toISOString()}); a slot runs ${outside.startsAt.toISOString()} – ${outside.endsAt.toISOString()}`,
  );
}

/** The decline reason a proposal keeps when its request is closed (a free text field: both languages in one). */
const REQUEST_CLOSED = '需求方已关闭需求 / the requester closed the request';

const expiredError = (validUntil: Date) =>
  new MatchingError(
    MatchingErrorCode.ILLEGAL_PROPOSAL_TRANSITION,
    `The proposal expired at ${validUntil.toISOString()}; its held slots are free again`,
    { currentStatus: ProposalStatus.EXPIRED },
  );

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
  superseded: {
    title: { zh: '需求方已选择其他方案', en: 'Another proposal was accepted' },
    body: {
      zh: '需求方已接受另一份方案：{context}。您的方案已失效，保留的时段已释放',
      en: 'The requester accepted another proposal for {context}; yours is superseded and its held slots were released',
    },
  },
  requestClosed: {
    title: { zh: '需求已关闭', en: 'Request closed' },
    body: {
      zh: '需求方关闭了需求「{context}」：您的方案不再有效，预留的时段已释放',
      en: 'The requester closed the request “{context}”: your proposal no longer stands and its held slots are free again',
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
