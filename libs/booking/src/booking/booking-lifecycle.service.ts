import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  Clock,
  CoreError,
  enqueueSearchIndex,
  OutboxWriter,
  TransactionRunner,
  type AppConfig,
} from '#core';
import { CatalogService, type OfferingOwnership } from '#catalog';
import { AccessPolicy, NotificationService, type Actor, type OrganizationKind } from '#identity';
import { BookingStatus, ConfirmationMode, SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode, bookingNotFound } from '../booking.errors.js';
import { SlotRepository } from '../slot/slot.repository.js';
import { mayReadBooking } from './booking.access.js';
import { buildNewBooking, type BookingDraft } from './booking.builder.js';
import type { BookingEntity } from './booking.entity.js';
import { bookingNotification, recipientsOf, type Side } from './booking.notifications.js';
import { BookingRepository } from './booking.repository.js';
import { holdEnd, latestHoldEnd } from './booking.rules.js';
import { BOOKING_LIFECYCLE, SLOT_EFFECT, type BookingAction } from './booking.state-machine.js';
import type { RequestBookingInput } from './dto/booking.input.js';
import { equipmentOf, SlotClaimService } from './slot-claim.service.js';

const UNIQUE_VIOLATION = '23505';
const HOUR = 3_600_000;
const HOLD_LAPSED = 'the operator did not answer before the hold expired';

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

/** Slots a proposal holds: what accepting another proposal of the same request frees. */
export interface ProposalHold {
  proposalId: string;
  slotIds: readonly string[];
}

/** What a proposal asks booking to hold for the requester it answers. */
export interface ProposalHoldRequest {
  proposalId: string;
  offeringId: string;
  slotIds: readonly string[];
  /** The pilot request's organization: the claim is checked for it, not for the operator proposing. */
  requester: { organizationId: string; kind: OrganizationKind | null };
  /** The proposal's validity, which the hold lasts: no later than the first slot's start minus its notice. */
  validUntil: Date;
}

/** The events that record how a new booking began, and whether the operator needs telling. */
interface Creation {
  actor: Actor;
  reason: string | null;
  /** Who confirmed it at once, when it is created CONFIRMED. */
  confirmedBy: { actor: Actor | null; side: Side; reason: string };
  /** A booking confirmed at once from an accepted proposal was announced by the proposal: no second notice. */
  announced: boolean;
}

/**
 * Bookings change here: created from a request or an accepted proposal through the one claim, then moved along
 * their state machine. A REQUESTED booking whose hold has ended is EXPIRED from that instant: whichever comes first —
 * a read, a write on it, or the sweep — records it.
 */
@Injectable()
export class BookingLifecycleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly bookings: BookingRepository,
    private readonly claims: SlotClaimService,
    private readonly slots: SlotRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims the slots for the requester: REQUESTED with the slots HELD until the hold ends (the hold period, or the
   * first slot's start minus its notice if sooner), or CONFIRMED and BOOKED where every piece of equipment confirms
   * automatically. Of any number of concurrent claims on one slot exactly one wins; the rest get CONFLICT naming it.
   */
  async request(actor: Actor, input: RequestBookingInput): Promise<BookingEntity> {
    const requesterOrganizationId = this.access.writableOwnOrganization(actor);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ offeringId: input.offeringId, slotIds: [...input.slotIds].sort(), brief: input.brief }))
      .digest('hex');
    const replay = await this.replay(actor, input.idempotencyKey, fingerprint);
    if (replay) return replay;
    const offering = await this.catalog.offeringOwnership(input.offeringId);

    try {
      return await this.transactions.run(async (manager) => {
        const now = this.clock.now();
        const { slots, rules } = await this.claims.claim(manager, {
          offering,
          slotIds: input.slotIds,
          requester: { organizationId: requesterOrganizationId, kind: actor.organizationKind },
          now,
        });
        const automatic = [...rules.values()].every((r) => r.confirmationMode === ConfirmationMode.AUTOMATIC);
        const draft = buildNewBooking({
          offering,
          requester: { organizationId: requesterOrganizationId, userId: actor.userId },
          slots,
          confirmed: automatic,
          holdExpiresAt: holdEnd(slots, rules, this.config.booking.holdHours, now),
          brief: input.brief,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprint,
          proposalId: null,
        });
        const confirmedBy = { actor: null, side: 'SYSTEM', reason: 'automatic confirmation' } as const;
        return this.create(manager, draft, { actor, reason: null, confirmedBy, announced: false }, offering);
      });
    } catch (error) {
      // Copies of one request racing under one key (a double click, a retry sent before the answer): the first
      // takes the slots, so the others find them taken (or, taken in turn, meet the unique index); they return
      // its booking, as a later retry would.
      if (
        (error as { code?: string }).code === UNIQUE_VIOLATION ||
        (error instanceof BookingError && error.code === BookingErrorCode.SLOT_UNAVAILABLE)
      ) {
        const winner = await this.replay(actor, input.idempotencyKey, fingerprint);
        if (winner) return winner;
      }
      throw error;
    }
  }

  /**
   * A proposal (matching) holds capacity for the requester it answers, through the same claim as a booking request,
   * so a proposal and a booking never get one slot both and a proposal never gets what a request would not. The hold
   * lasts the proposal's validity, which must end by the first slot's start minus its notice.
   */
  async holdForProposal(
    manager: EntityManager,
    hold: ProposalHoldRequest,
  ): Promise<Array<{ startsAt: Date; endsAt: Date }>> {
    const offering = await this.catalog.offeringOwnership(hold.offeringId, manager);
    const { slots, rules } = await this.claims.claim(manager, {
      offering,
      slotIds: hold.slotIds,
      requester: hold.requester,
      now: this.clock.now(),
    });
    const latest = latestHoldEnd(slots, rules);
    if (latest && hold.validUntil.getTime() > latest.at.getTime()) {
      throw CoreError.invalidField(
        'validUntil',
        `validUntil must be no later than ${latest.at.toISOString()}: slot ${latest.slotId} starts ${latest.noticeHours} h after it, its equipment's notice`,
      );
    }
    await this.slots.setStatus(manager, hold.slotIds, SlotStatus.HELD, hold.proposalId, hold.validUntil);
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: equipmentOf(slots) });
    return slots.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt }));
  }

  /** Frees the slots a proposal still holds (withdrawn, declined, superseded or expired). */
  async releaseProposalHold(manager: EntityManager, proposalId: string, slotIds: readonly string[]): Promise<void> {
    const released = await this.claims.release(manager, proposalId, slotIds);
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: equipmentOf(released) });
  }

  /**
   * An accepted proposal becomes a booking atomically, in the caller's transaction, under the claim's rules checked
   * again for the requester accepting: CONFIRMED on the slots the proposal held (they become BOOKED), or REQUESTED
   * for the proposed period when it held none. The holds of the request's other proposals (`superseded`) are freed
   * in the same transaction; every slot involved is locked first, in id order, so no concurrent claim can deadlock it.
   */
  async bookFromProposal(
    manager: EntityManager,
    actor: Actor,
    proposal: AcceptedProposal,
    superseded: readonly ProposalHold[],
  ): Promise<BookingEntity> {
    const everySlot = [...proposal.slotIds, ...superseded.flatMap((p) => p.slotIds)];
    if (everySlot.length) await this.slots.lockByIds(manager, everySlot);
    const now = this.clock.now();
    const offering = await this.catalog.offeringOwnership(proposal.offeringId, manager);
    const requesterOrganizationId = this.access.writableOwnOrganization(actor);
    const { slots } = await this.claims.claim(manager, {
      offering,
      slotIds: proposal.slotIds,
      requester: { organizationId: requesterOrganizationId, kind: actor.organizationKind },
      heldBy: proposal.id,
      now,
    });
    const confirmed = slots.length > 0;
    const draft = buildNewBooking({
      offering,
      requester: { organizationId: requesterOrganizationId, userId: actor.userId },
      slots,
      period: { startsAt: proposal.startsAt, endsAt: proposal.endsAt },
      confirmed,
      holdExpiresAt: new Date(
        Math.min(now.getTime() + this.config.booking.holdHours * HOUR, proposal.startsAt.getTime()),
      ),
      brief: proposal.brief,
      idempotencyKey: `proposal:${proposal.id}`,
      requestFingerprint: createHash('sha256').update(`proposal:${proposal.id}`).digest('hex'),
      proposalId: proposal.id,
    });
    const confirmedBy = { actor, side: 'REQUESTER', reason: 'slots held by the accepted proposal' } as const;
    const booking = await this.create(
      manager,
      draft,
      { actor, reason: 'accepted proposal', confirmedBy, announced: true },
      offering,
    );
    for (const other of superseded) await this.releaseProposalHold(manager, other.proposalId, other.slotIds);
    return booking;
  }

  /** Operator: REQUESTED → CONFIRMED, while the hold lasts and before the first slot starts. */
  async confirm(actor: Actor, id: string): Promise<BookingEntity> {
    return this.transition(actor, id, 'confirm', 'OPERATOR', null, (current, now) =>
      assertNotStarted(current, now, 'confirmed'),
    );
  }

  async decline(actor: Actor, id: string, reason: string): Promise<BookingEntity> {
    return this.transition(actor, id, 'decline', 'OPERATOR', reason);
  }

  /**
   * Either side may cancel until the first slot starts; from then on a booking runs to completion (the ledger of a
   * period never loses hours it counted). The requester withdraws a request at any time while it is held, and
   * cancels a confirmed booking free of charge until the cancellation window, not after it; the operator may cancel
   * until the start but must say why.
   */
  async cancel(actor: Actor, id: string, reason: string | undefined): Promise<BookingEntity> {
    const booking = await this.readable(actor, id);
    const side: Side = actor.organizationId === booking.requesterOrganizationId ? 'REQUESTER' : 'OPERATOR';
    if (side === 'OPERATOR' && !reason)
      throw CoreError.invalidField('reason', 'reason is required when the operator cancels');
    return this.transition(actor, id, 'cancel', side, reason ?? null, (current, now) => {
      assertNotStarted(current, now, 'cancelled');
      if (side !== 'REQUESTER' || current.status !== BookingStatus.CONFIRMED) return;
      const hours = this.config.booking.cancellationWindowHours;
      const windowStart = current.firstSlotStartsAt.getTime() - hours * HOUR;
      if (now.getTime() >= windowStart) {
        throw new BookingError(
          BookingErrorCode.CANCELLATION_WINDOW_PASSED,
          `Cancellation closed ${hours} h before the first slot (at ${new Date(windowStart).toISOString()}); ask the operator`,
          { cancellationWindowHours: hours, closedAt: new Date(windowStart).toISOString() },
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
      (current, now) => {
        if (current.firstSlotStartsAt.getTime() > now.getTime()) {
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
    const booking = await this.readable(actor, id);
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
      for (const booking of expired) await this.apply(manager, booking, 'expire', null, 'SYSTEM', HOLD_LAPSED);
      return expired.length;
    });
  }

  /**
   * Records the expiry of those of `bookings` whose hold has lapsed, before a read shows them; true when any was.
   * Reads call it with what they are about to return, so this costs nothing unless a hold has lapsed.
   */
  async expireLapsed(bookings: readonly BookingEntity[]): Promise<boolean> {
    const now = this.clock.now();
    const lapsed = bookings.filter((b) => holdHasLapsed(b, now)).map((b) => b.id);
    if (lapsed.length === 0) return false;
    await this.transactions.run(async (manager) => {
      for (const id of lapsed) {
        const current = await this.bookings.lockById(manager, id);
        if (current && holdHasLapsed(current, now))
          await this.apply(manager, current, 'expire', null, 'SYSTEM', HOLD_LAPSED);
      }
    });
    return true;
  }

  /** The booking, if the actor may see it (as NOT_FOUND otherwise), as stored. */
  private async readable(actor: Actor, id: string): Promise<BookingEntity> {
    const booking = await this.bookings.findById(id);
    if (!booking || !mayReadBooking(actor, booking)) throw bookingNotFound(id);
    return booking;
  }

  /**
   * Moves a booking along its state machine under a row lock. A hold found lapsed is recorded as EXPIRED first, and
   * that is committed, so the asked-for action is refused with HOLD_EXPIRED on a booking that reads EXPIRED.
   */
  private async transition(
    actor: Actor,
    id: string,
    action: BookingAction,
    side: Side,
    reason: string | null,
    guard?: (current: BookingEntity, now: Date) => void,
    changes: Partial<BookingEntity> = {},
  ): Promise<BookingEntity> {
    const booking = await this.readable(actor, id);
    const owner = side === 'REQUESTER' ? booking.requesterOrganizationId : booking.operatorOrganizationId;
    this.access.assertCanWrite(actor, owner);
    const outcome = await this.transactions.run<{ updated: BookingEntity } | { lapsedAt: Date }>(async (manager) => {
      const current = await this.bookings.lockById(manager, id);
      if (!current) throw bookingNotFound(id);
      const now = this.clock.now();
      if (holdHasLapsed(current, now)) {
        await this.apply(manager, current, 'expire', null, 'SYSTEM', HOLD_LAPSED);
        return { lapsedAt: current.holdExpiresAt as Date };
      }
      BOOKING_LIFECYCLE.next(current.status, action);
      guard?.(current, now);
      return { updated: await this.apply(manager, current, action, actor, side, reason, changes) };
    });
    if ('updated' in outcome) return outcome.updated;
    throw new BookingError(
      BookingErrorCode.HOLD_EXPIRED,
      `The hold on this booking ended at ${outcome.lapsedAt.toISOString()}; the booking has expired and its slots are free again`,
      { currentStatus: BookingStatus.EXPIRED, holdExpiredAt: outcome.lapsedAt.toISOString() },
    );
  }

  /** Inserts a new booking and its slot rows, marks its slots, records how it began, tells the operator and search. */
  private async create(
    manager: EntityManager,
    draft: BookingDraft,
    creation: Creation,
    offering: Pick<OfferingOwnership, 'title'>,
  ): Promise<BookingEntity> {
    const booking = await this.bookings.insert(manager, draft.booking);
    const confirmed = booking.status === BookingStatus.CONFIRMED;
    await this.slots.setStatus(
      manager,
      draft.slots.map((s) => s.slotId),
      confirmed ? SlotStatus.BOOKED : SlotStatus.HELD,
      booking.id,
      confirmed ? null : booking.holdExpiresAt,
    );
    await this.bookings.insertSlots(
      manager,
      draft.slots.map((s) => ({ ...s, bookingId: booking.id })),
    );
    await this.record(manager, booking, null, BookingStatus.REQUESTED, creation.actor, 'REQUESTER', creation.reason);
    if (confirmed) {
      const { actor, side, reason } = creation.confirmedBy;
      await this.record(manager, booking, BookingStatus.REQUESTED, BookingStatus.CONFIRMED, actor, side, reason);
    }
    // The operator hears once, of what it has to do: confirm a request, or nothing but note a booking.
    if (!(confirmed && creation.announced)) {
      await this.notifications.notify(
        manager,
        { organizationIds: [booking.operatorOrganizationId] },
        bookingNotification(confirmed ? 'BOOKED' : BookingStatus.REQUESTED, booking.id, offering.title, null),
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
    if (effect === 'book') {
      // The hold may have lapsed an instant before this began and the slot gone to another claim, which does not
      // lock this booking: what is booked is what this booking still holds, checked under the slots' locks.
      const held = await this.slots.lockByIds(manager, slotIds);
      const lost = slotIds.find((id) => !held.some((s) => s.id === id && s.bookingId === current.id));
      if (lost) {
        throw new BookingError(
          BookingErrorCode.HOLD_EXPIRED,
          `Slot ${lost} is no longer held by this booking: its hold lapsed and the slot went to another claim`,
          { slotId: lost },
        );
      }
      await this.slots.setStatus(manager, slotIds, SlotStatus.BOOKED, current.id);
    }
    const released = effect === 'release' ? await this.claims.release(manager, current.id, slotIds) : [];
    const updated = await this.bookings.update(manager, current.id, {
      ...changes,
      status: to,
      holdExpiresAt: to === BookingStatus.REQUESTED ? current.holdExpiresAt : null,
    });
    const offering = await this.catalog.offeringOwnership(current.offeringId, manager);
    await this.record(manager, updated, current.status, to, actor, side, reason);
    await this.notifications.notify(
      manager,
      recipientsOf(updated, side, actor),
      bookingNotification(to, updated.id, offering.title, reason),
    );
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
  ): Promise<void> {
    await this.bookings.insertEvent(manager, {
      bookingId: booking.id,
      actorUserId: actor?.userId ?? null,
      actorSide: side,
      fromStatus: from,
      toStatus: to,
      reason,
    });
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

/** A REQUESTED booking whose hold has ended at `now`: EXPIRED in substance, whatever the row says yet. */
export function holdHasLapsed(booking: Pick<BookingEntity, 'status' | 'holdExpiresAt'>, now: Date): boolean {
  return (
    booking.status === BookingStatus.REQUESTED &&
    booking.holdExpiresAt !== null &&
    booking.holdExpiresAt.getTime() <= now.getTime()
  );
}

/** Nothing is confirmed or cancelled once its first slot has started: from then on it is history in the making. */
function assertNotStarted(booking: BookingEntity, now: Date, what: string): void {
  if (booking.firstSlotStartsAt.getTime() <= now.getTime()) {
    throw new BookingError(
      BookingErrorCode.ALREADY_STARTED,
      `A booking cannot be ${what} once its first slot has started (${booking.firstSlotStartsAt.toISOString()}); complete it instead`,
      { startedAt: booking.firstSlotStartsAt.toISOString(), currentStatus: booking.status },
    );
  }
}
