import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, Clock, CoreError, enqueueSearchIndex, OutboxWriter, TransactionRunner, type AppConfig } from '#core';
import { CatalogService } from '#catalog';
import { AccessPolicy, NotificationService, type Actor } from '#identity';
import { BookingStatus, ConfirmationMode, SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode, bookingNotFound } from '../booking.errors.js';
import { SlotRepository } from '../slot/slot.repository.js';
import { BookingQueryService } from './booking-query.service.js';
import { buildNewBooking, type BookingDraft } from './booking.builder.js';
import type { BookingEntity } from './booking.entity.js';
import { bookingNotification } from './booking.notifications.js';
import { BookingRepository } from './booking.repository.js';
import { assertNotOwnPlatform, assertOfferingBookable } from './booking.rules.js';
import { BOOKING_LIFECYCLE, SLOT_EFFECT, type BookingAction } from './booking.state-machine.js';
import type { RequestBookingInput } from './dto/booking.input.js';
import { OpenAccessEligibility } from './open-access.eligibility.js';
import { equipmentOf, SlotClaimService } from './slot-claim.service.js';

const UNIQUE_VIOLATION = '23505';
type Side = 'REQUESTER' | 'OPERATOR' | 'ADMIN' | 'SYSTEM';

/** What booking needs of a proposal the requester accepted. */
export interface AcceptedProposal {
  id: string;
  offeringId: string;
  /** The slots it held; none when it proposed a period only. */
  slotIds: readonly string[];
  startsAt: Date;
  endsAt: Date;
  brief: string;
}

/** The events that record how a new booking began. */
interface Creation {
  actor: Actor;
  reason: string | null;
  /** Who confirmed it at once, when it is created CONFIRMED. */
  confirmedBy: { actor: Actor | null; side: Side; reason: string };
}

/** Bookings change here: created from a request or an accepted proposal, then moved along their state machine. */
@Injectable()
export class BookingLifecycleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly bookings: BookingRepository,
    private readonly queries: BookingQueryService,
    private readonly claims: SlotClaimService,
    private readonly slots: SlotRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
    private readonly notifications: NotificationService,
    private readonly eligibility: OpenAccessEligibility,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims the slots for the requester: REQUESTED with the slots HELD (or CONFIRMED and BOOKED where every
   * piece of equipment confirms automatically). Of any number of concurrent claims on one slot exactly one wins;
   * the rest get CONFLICT naming the slot (SlotClaimService).
   */
  async request(actor: Actor, input: RequestBookingInput): Promise<BookingEntity> {
    const requesterOrganizationId = this.access.writableOwnOrganization(actor);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ offeringId: input.offeringId, slotIds: [...input.slotIds].sort(), brief: input.brief }))
      .digest('hex');
    const replay = await this.replay(actor, input.idempotencyKey, fingerprint);
    if (replay) return replay;

    const offering = await this.catalog.offeringOwnership(input.offeringId);
    assertOfferingBookable(offering);
    assertNotOwnPlatform(offering, requesterOrganizationId);
    // Who may book open-access slots is read before the transaction: a claim must hold one pool connection only,
    // or concurrent claims waiting on each other's slot locks can drain the pool (openAccess never changes).
    const wantsOpenAccess = (await this.slots.findByIds(input.slotIds)).some((s) => s.openAccess);
    if (wantsOpenAccess) await this.eligibility.assertMayBook(actor.organizationKind, offering.platformId);

    try {
      return await this.transactions.run(async (manager) => {
        const { slots, rules } = await this.claims.claim(manager, offering, input.slotIds, {
          equipmentRules: true,
          now: this.clock.now(),
        });
        const automatic = [...rules.values()].every((r) => r.confirmationMode === ConfirmationMode.AUTOMATIC);
        const draft = buildNewBooking({
          offering,
          requester: { organizationId: requesterOrganizationId, userId: actor.userId },
          slots,
          confirmed: automatic,
          holdHours: this.config.booking.holdHours,
          now: this.clock.now(),
          brief: input.brief,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprint,
          proposalId: null,
        });
        const confirmedBy = { actor: null, side: 'SYSTEM', reason: 'automatic confirmation' } as const;
        return this.create(manager, draft, { actor, reason: null, confirmedBy }, offering.title);
      });
    } catch (error) {
      // Two retries with one key racing each other: the unique index lets one insert; the other returns it.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        const winner = await this.replay(actor, input.idempotencyKey, fingerprint);
        if (winner) return winner;
      }
      throw error;
    }
  }

  /**
   * Proposals (matching) hold capacity: OPEN slots of the offering's equipment become HELD by the proposal id.
   * The same claim as a booking request, so a proposal and a booking never get one slot both.
   */
  async holdForProposal(
    manager: EntityManager,
    proposalId: string,
    offeringId: string,
    slotIds: readonly string[],
  ): Promise<Array<{ startsAt: Date; endsAt: Date }>> {
    if (slotIds.length === 0) return [];
    const offering = await this.catalog.offeringOwnership(offeringId, manager);
    const { slots } = await this.claims.claim(manager, offering, slotIds, { equipmentRules: false, now: this.clock.now() });
    await this.slots.setStatus(manager, slotIds, SlotStatus.HELD, proposalId);
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: equipmentOf(slots) });
    return slots.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt }));
  }

  /** Frees the slots a proposal still holds (withdrawn, declined or expired). */
  async releaseProposalHold(manager: EntityManager, proposalId: string, slotIds: readonly string[]): Promise<void> {
    const released = await this.claims.release(manager, proposalId, slotIds);
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: equipmentOf(released) });
  }

  /**
   * An accepted proposal becomes a booking atomically, in the caller's transaction: CONFIRMED on the slots the
   * proposal held (they become BOOKED), or REQUESTED for the proposed period when it held none.
   */
  async bookFromProposal(manager: EntityManager, actor: Actor, proposal: AcceptedProposal): Promise<BookingEntity> {
    const offering = await this.catalog.offeringOwnership(proposal.offeringId, manager);
    const { slots } = await this.claims.claim(manager, offering, proposal.slotIds, {
      heldBy: proposal.id,
      equipmentRules: false,
      now: this.clock.now(),
    });
    const draft = buildNewBooking({
      offering,
      requester: { organizationId: this.access.writableOwnOrganization(actor), userId: actor.userId },
      slots,
      period: { startsAt: proposal.startsAt, endsAt: proposal.endsAt },
      confirmed: slots.length > 0,
      holdHours: this.config.booking.holdHours,
      now: this.clock.now(),
      brief: proposal.brief,
      idempotencyKey: `proposal:${proposal.id}`,
      requestFingerprint: createHash('sha256').update(`proposal:${proposal.id}`).digest('hex'),
      proposalId: proposal.id,
    });
    const confirmedBy = { actor, side: 'REQUESTER', reason: 'slots held by the accepted proposal' } as const;
    return this.create(manager, draft, { actor, reason: 'accepted proposal', confirmedBy }, offering.title);
  }

  async confirm(actor: Actor, id: string): Promise<BookingEntity> {
    return this.transition(actor, id, 'confirm', 'OPERATOR', null);
  }

  async decline(actor: Actor, id: string, reason: string): Promise<BookingEntity> {
    return this.transition(actor, id, 'decline', 'OPERATOR', reason);
  }

  /**
   * Either side may cancel. The requester cancels free of charge until the cancellation window before the first
   * slot, and is refused after it; the operator may cancel at any time but must say why.
   */
  async cancel(actor: Actor, id: string, reason: string | undefined): Promise<BookingEntity> {
    const booking = await this.queries.readable(actor, id);
    const side: Side = actor.organizationId === booking.requesterOrganizationId ? 'REQUESTER' : 'OPERATOR';
    if (side === 'OPERATOR' && !reason)
      throw CoreError.invalidField('reason', 'reason is required when the operator cancels');
    return this.transition(actor, id, 'cancel', side, reason ?? null, (current) => {
      if (side !== 'REQUESTER') return;
      const windowStart = current.firstSlotStartsAt.getTime() - this.config.booking.cancellationWindowHours * 3_600_000;
      if (this.clock.now().getTime() >= windowStart) {
        throw new BookingError(
          BookingErrorCode.CANCELLATION_WINDOW_PASSED,
          `Cancellation closed ${this.config.booking.cancellationWindowHours} h before the first slot (at ${new Date(windowStart).toISOString()}); ask the operator`,
          {
            cancellationWindowHours: this.config.booking.cancellationWindowHours,
            closedAt: new Date(windowStart).toISOString(),
          },
        );
      }
    });
  }

  async complete(actor: Actor, id: string, outcome: string): Promise<BookingEntity> {
    return this.transition(
      actor,
      id,
      'complete',
      'OPERATOR',
      null,
      (current) => {
        if (current.firstSlotStartsAt.getTime() > this.clock.now().getTime()) {
          throw new BookingError(
            BookingErrorCode.NOT_STARTED,
            'A booking can be completed only once its first slot has started',
          );
        }
      },
      { outcome },
    );
  }

  /** The requester rates a COMPLETED booking once; the offering's rating follows in the same transaction. */
  async review(actor: Actor, id: string, rating: number, comment: string | undefined): Promise<BookingEntity> {
    const booking = await this.queries.readable(actor, id);
    this.access.assertCanWrite(actor, booking.requesterOrganizationId);
    return this.transactions.run(async (manager) => {
      const current = await this.bookings.lockById(manager, id);
      if (!current) throw bookingNotFound(id);
      if (current.status !== BookingStatus.COMPLETED) {
        throw new BookingError(
          BookingErrorCode.ILLEGAL_TRANSITION,
          `Only COMPLETED bookings can be reviewed; this one is ${current.status}`,
          { currentStatus: current.status },
        );
      }
      if (current.rating !== null)
        throw new BookingError(BookingErrorCode.ALREADY_REVIEWED, 'This booking has already been reviewed');
      const updated = await this.bookings.update(manager, id, { rating, reviewComment: comment ?? null });
      await this.catalog.applyRating(manager, current.offeringId, rating);
      await enqueueSearchIndex(this.outbox, manager, { offeringIds: [current.offeringId] });
      return updated;
    });
  }

  /** Worker job: REQUESTED bookings the operator never answered become EXPIRED and free their slots. */
  async expireHolds(now: Date = this.clock.now()): Promise<number> {
    return this.transactions.run(async (manager) => {
      const expired = await this.bookings.lockExpiredHolds(manager, now, 200);
      for (const booking of expired)
        await this.apply(
          manager,
          booking,
          'expire',
          null,
          'SYSTEM',
          'the operator did not answer before the hold expired',
        );
      return expired.length;
    });
  }

  private async transition(
    actor: Actor,
    id: string,
    action: BookingAction,
    side: Side,
    reason: string | null,
    guard?: (current: BookingEntity) => void,
    changes: Partial<BookingEntity> = {},
  ): Promise<BookingEntity> {
    const booking = await this.queries.readable(actor, id);
    const owner = side === 'REQUESTER' ? booking.requesterOrganizationId : booking.operatorOrganizationId;
    this.access.assertCanWrite(actor, owner);
    return this.transactions.run(async (manager) => {
      const current = await this.bookings.lockById(manager, id);
      if (!current) throw bookingNotFound(id);
      BOOKING_LIFECYCLE.next(current.status, action);
      guard?.(current);
      return this.apply(manager, current, action, actor, side, reason, changes);
    });
  }

  /** Inserts a new booking and its slot rows, marks its slots, records how it began and tells search. */
  private async create(
    manager: EntityManager,
    draft: BookingDraft,
    creation: Creation,
    offeringTitle: string,
  ): Promise<BookingEntity> {
    const booking = await this.bookings.insert(manager, draft.booking);
    const confirmed = booking.status === BookingStatus.CONFIRMED;
    await this.slots.setStatus(
      manager,
      draft.slots.map((s) => s.slotId),
      confirmed ? SlotStatus.BOOKED : SlotStatus.HELD,
      booking.id,
    );
    await this.bookings.insertSlots(
      manager,
      draft.slots.map((s) => ({ ...s, bookingId: booking.id })),
    );
    await this.record(
      manager,
      booking,
      null,
      BookingStatus.REQUESTED,
      creation.actor,
      'REQUESTER',
      creation.reason,
      offeringTitle,
    );
    if (confirmed) {
      const { actor, side, reason } = creation.confirmedBy;
      await this.record(
        manager,
        booking,
        BookingStatus.REQUESTED,
        BookingStatus.CONFIRMED,
        actor,
        side,
        reason,
        offeringTitle,
      );
    }
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: equipmentOf(draft.slots) });
    return booking;
  }

  /** Moves a locked booking along the state machine: slots, event, notifications and search index together. */
  private async apply(
    manager: EntityManager,
    current: BookingEntity,
    action: BookingAction,
    actor: Actor | null,
    side: Side,
    reason: string | null,
    changes: Partial<BookingEntity> = {},
  ): Promise<BookingEntity> {
    const to = BOOKING_LIFECYCLE.next(current.status, action);
    const slotIds = (await this.bookings.slotsOf(manager, current.id)).map((s) => s.slotId);
    const effect = SLOT_EFFECT[to];
    if (effect === 'book') await this.slots.setStatus(manager, slotIds, SlotStatus.BOOKED, current.id);
    const released = effect === 'release' ? await this.claims.release(manager, current.id, slotIds) : [];
    const updated = await this.bookings.update(manager, current.id, {
      ...changes,
      status: to,
      holdExpiresAt: to === BookingStatus.REQUESTED ? current.holdExpiresAt : null,
    });
    const offering = await this.catalog.offeringOwnership(current.offeringId, manager);
    await this.record(manager, updated, current.status, to, actor, side, reason, offering.title);
    // Search shows OPEN slots: only slots opened again change what it must show.
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: equipmentOf(released) });
    return updated;
  }

  private async record(
    manager: EntityManager,
    booking: BookingEntity,
    from: BookingStatus | null,
    to: BookingStatus,
    actor: Actor | null,
    side: Side,
    reason: string | null,
    offeringTitle: string,
  ): Promise<void> {
    await this.bookings.insertEvent(manager, {
      bookingId: booking.id,
      actorUserId: actor?.userId ?? null,
      actorSide: side,
      fromStatus: from,
      toStatus: to,
      reason,
    });
    // The requester learns every step; the operator's OWNER/ADMIN members too, except of their own actions.
    const recipients =
      side === 'OPERATOR'
        ? { userIds: [booking.requesterUserId] }
        : side === 'REQUESTER'
          ? { organizationIds: [booking.operatorOrganizationId] }
          : { userIds: [booking.requesterUserId], organizationIds: [booking.operatorOrganizationId] };
    await this.notifications.notify(manager, recipients, bookingNotification(to, booking.id, offeringTitle, reason));
  }

  private async replay(actor: Actor, key: string, fingerprint: string): Promise<BookingEntity | null> {
    const existing = await this.bookings.findByIdempotencyKey(actor.userId, key);
    if (!existing) return null;
    if (existing.requestFingerprint !== fingerprint) {
      throw new BookingError(
        BookingErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This idempotencyKey was already used for a different request; use a new key',
        {
          bookingId: existing.id,
        },
      );
    }
    return existing;
  }
}
