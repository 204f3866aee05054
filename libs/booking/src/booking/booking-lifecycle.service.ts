import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  CoreError,
  enqueueSearchIndex,
  OutboxWriter,
  TransactionRunner,
  type AppConfig,
  type Page,
} from '#core';
import { CatalogService, OfferingStatus, PlatformStatus } from '#catalog';
import { AccessPolicy, isAuthorityFor, NotificationService, ORGANIZATION_KIND_LABELS, type Actor } from '#identity';
import { BookingStatus, ConfirmationMode, SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode } from '../booking.errors.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import { SlotRepository, type BookingRules } from '../slot/slot.repository.js';
import { bookingNotification } from './booking.notifications.js';
import { BookingRepository } from './booking.repository.js';
import type { BookingEntity } from './booking.entity.js';
import { BOOKING_LIFECYCLE, SLOT_EFFECT, type BookingAction } from './booking.state-machine.js';
import type { RequestBookingInput } from './dto/booking.input.js';
import { OpenAccessEligibility } from './open-access.eligibility.js';

const UNIQUE_VIOLATION = '23505';
type Side = 'REQUESTER' | 'OPERATOR' | 'ADMIN' | 'SYSTEM';

@Injectable()
export class BookingLifecycleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly bookings: BookingRepository,
    private readonly slots: SlotRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
    private readonly notifications: NotificationService,
    private readonly eligibility: OpenAccessEligibility,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims the slots for the requester: REQUESTED with the slots HELD (or CONFIRMED and BOOKED where every
   * piece of equipment confirms automatically). Slot rows are locked in id order, so of any number of
   * concurrent claims on one slot exactly one wins; the rest get CONFLICT naming the slot.
   */
  async request(actor: Actor, input: RequestBookingInput): Promise<BookingEntity> {
    const requesterOrganizationId = this.access.writableOwnOrganization(actor);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ offeringId: input.offeringId, slotIds: [...input.slotIds].sort(), brief: input.brief }))
      .digest('hex');
    const replay = await this.replay(actor, input.idempotencyKey, fingerprint);
    if (replay) return replay;

    const offering = await this.catalog.offeringOwnership(input.offeringId);
    if (offering.status !== OfferingStatus.ACTIVE || offering.platformStatus !== PlatformStatus.PUBLISHED) {
      throw new BookingError(
        BookingErrorCode.OFFERING_NOT_BOOKABLE,
        'This offering is not open for booking (archived, or its platform is not published)',
      );
    }
    if (offering.organizationId === requesterOrganizationId) {
      throw new BookingError(BookingErrorCode.OWN_PLATFORM, 'An organization cannot book its own platform’s capacity');
    }

    // Who may book open-access slots is read before the transaction: a claim must hold one pool connection only,
    // or concurrent claims waiting on each other's slot locks can drain the pool (openAccess never changes).
    const wantsOpenAccess = (await this.slots.findByIds(input.slotIds)).some((s) => s.openAccess);
    if (wantsOpenAccess) await this.assertOpenAccessEligible(actor, offering.platformId);

    try {
      return await this.transactions.run(async (manager) => {
        const slots = await this.slots.lockByIds(manager, input.slotIds);
        const missing = input.slotIds.find((id) => !slots.some((s) => s.id === id));
        if (missing) throw new BookingError(BookingErrorCode.SLOT_NOT_FOUND, `No slot ${missing}`, { slotId: missing });
        const foreign = slots.find((s) => !offering.equipmentIds.includes(s.equipmentId));
        if (foreign)
          throw CoreError.invalidField('slotIds', `slot ${foreign.id} is not on equipment this offering uses`);
        const taken = slots.find((s) => s.status !== SlotStatus.OPEN);
        if (taken) {
          throw new BookingError(
            BookingErrorCode.SLOT_UNAVAILABLE,
            `Slot ${taken.id} is no longer available (it is ${taken.status})`,
            { slotId: taken.id, slotStatus: taken.status },
          );
        }
        const rules = await this.slots.rulesFor([...new Set(slots.map((s) => s.equipmentId))], manager);
        assertRules(slots, rules);
        const openAccess = slots.some((s) => s.openAccess);

        const automatic = [...rules.values()].every((r) => r.confirmationMode === ConfirmationMode.AUTOMATIC);
        const status = automatic ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED;
        const ordered = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
        const booking = await this.bookings.insert(manager, {
          offeringId: offering.offeringId,
          platformId: offering.platformId,
          operatorOrganizationId: offering.organizationId,
          province: offering.province,
          requesterOrganizationId,
          requesterUserId: actor.userId,
          status,
          brief: input.brief,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprint,
          holdExpiresAt: automatic ? null : new Date(Date.now() + this.config.booking.holdHours * 3_600_000),
          firstSlotStartsAt: ordered[0].startsAt,
          lastSlotEndsAt: ordered.reduce((latest, s) => (s.endsAt > latest ? s.endsAt : latest), ordered[0].endsAt),
          openAccess,
          proposalId: null,
        });
        await this.slots.setStatus(manager, input.slotIds, automatic ? SlotStatus.BOOKED : SlotStatus.HELD, booking.id);
        await this.bookings.insertSlots(
          manager,
          slots.map((s) => ({
            bookingId: booking.id,
            slotId: s.id,
            equipmentId: s.equipmentId,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            openAccess: s.openAccess,
          })),
        );
        await this.record(manager, booking, null, BookingStatus.REQUESTED, actor, 'REQUESTER', null, offering.title);
        if (automatic)
          await this.record(
            manager,
            booking,
            BookingStatus.REQUESTED,
            BookingStatus.CONFIRMED,
            null,
            'SYSTEM',
            'automatic confirmation',
            offering.title,
          );
        await enqueueSearchIndex(this.outbox, manager, { equipmentIds: [...rules.keys()] });
        return booking;
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
   * Same locking as a booking request, so a proposal and a booking never get one slot both.
   */
  async holdForProposal(
    manager: EntityManager,
    proposalId: string,
    offeringId: string,
    slotIds: readonly string[],
  ): Promise<Array<{ startsAt: Date; endsAt: Date }>> {
    if (slotIds.length === 0) return [];
    const offering = await this.catalog.offeringOwnership(offeringId, manager);
    const slots = await this.slots.lockByIds(manager, slotIds);
    const missing = slotIds.find((id) => !slots.some((s) => s.id === id));
    if (missing) throw new BookingError(BookingErrorCode.SLOT_NOT_FOUND, `No slot ${missing}`, { slotId: missing });
    const foreign = slots.find((s) => !offering.equipmentIds.includes(s.equipmentId));
    if (foreign) throw CoreError.invalidField('slotIds', `slot ${foreign.id} is not on equipment this offering uses`);
    const taken = slots.find((s) => s.status !== SlotStatus.OPEN);
    if (taken)
      throw new BookingError(
        BookingErrorCode.SLOT_UNAVAILABLE,
        `Slot ${taken.id} is no longer available (it is ${taken.status})`,
        { slotId: taken.id, slotStatus: taken.status },
      );
    await this.slots.setStatus(manager, slotIds, SlotStatus.HELD, proposalId);
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: [...new Set(slots.map((s) => s.equipmentId))] });
    return slots.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt }));
  }

  /** Frees the slots a proposal still holds (withdrawn, declined or expired). */
  async releaseProposalHold(manager: EntityManager, proposalId: string, slotIds: readonly string[]): Promise<void> {
    await this.releaseSlots(manager, proposalId, [...slotIds]);
    const slots = slotIds.length ? await this.slots.lockByIds(manager, slotIds) : [];
    await enqueueSearchIndex(this.outbox, manager, { equipmentIds: [...new Set(slots.map((s) => s.equipmentId))] });
  }

  /**
   * An accepted proposal becomes a booking atomically, in the caller's transaction: CONFIRMED on the slots the
   * proposal held (they become BOOKED), or REQUESTED for the proposed period when it held none.
   */
  async bookFromProposal(
    manager: EntityManager,
    actor: Actor,
    proposal: {
      id: string;
      offeringId: string;
      slotIds: readonly string[];
      startsAt: Date;
      endsAt: Date;
      brief: string;
    },
  ): Promise<BookingEntity> {
    const offering = await this.catalog.offeringOwnership(proposal.offeringId, manager);
    const slots = proposal.slotIds.length ? await this.slots.lockByIds(manager, proposal.slotIds) : [];
    const lost = slots.find((s) => s.status !== SlotStatus.HELD || s.bookingId !== proposal.id);
    if (lost)
      throw new BookingError(
        BookingErrorCode.SLOT_UNAVAILABLE,
        `Slot ${lost.id} is no longer held by this proposal (it is ${lost.status})`,
        { slotId: lost.id },
      );
    const withSlots = slots.length > 0;
    const ordered = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const booking = await this.bookings.insert(manager, {
      offeringId: offering.offeringId,
      platformId: offering.platformId,
      operatorOrganizationId: offering.organizationId,
      province: offering.province,
      requesterOrganizationId: actor.organizationId ?? '',
      requesterUserId: actor.userId,
      status: withSlots ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED,
      brief: proposal.brief,
      idempotencyKey: `proposal:${proposal.id}`,
      requestFingerprint: createHash('sha256').update(`proposal:${proposal.id}`).digest('hex'),
      holdExpiresAt: withSlots ? null : new Date(Date.now() + this.config.booking.holdHours * 3_600_000),
      firstSlotStartsAt: withSlots ? ordered[0].startsAt : proposal.startsAt,
      lastSlotEndsAt: withSlots
        ? ordered.reduce((latest, s) => (s.endsAt > latest ? s.endsAt : latest), ordered[0].endsAt)
        : proposal.endsAt,
      openAccess: slots.some((s) => s.openAccess),
      proposalId: proposal.id,
    });
    if (withSlots) {
      await this.slots.setStatus(manager, proposal.slotIds, SlotStatus.BOOKED, booking.id);
      await this.bookings.insertSlots(
        manager,
        slots.map((s) => ({
          bookingId: booking.id,
          slotId: s.id,
          equipmentId: s.equipmentId,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          openAccess: s.openAccess,
        })),
      );
    }
    await this.record(
      manager,
      booking,
      null,
      BookingStatus.REQUESTED,
      actor,
      'REQUESTER',
      'accepted proposal',
      offering.title,
    );
    if (withSlots)
      await this.record(
        manager,
        booking,
        BookingStatus.REQUESTED,
        BookingStatus.CONFIRMED,
        actor,
        'REQUESTER',
        'slots held by the accepted proposal',
        offering.title,
      );
    await enqueueSearchIndex(this.outbox, manager, { offeringIds: [offering.offeringId] });
    return booking;
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
    const booking = await this.readable(actor, id);
    const side: Side = actor.organizationId === booking.requesterOrganizationId ? 'REQUESTER' : 'OPERATOR';
    if (side === 'OPERATOR' && !reason)
      throw CoreError.invalidField('reason', 'reason is required when the operator cancels');
    return this.transition(actor, id, 'cancel', side, reason ?? null, (current) => {
      if (side !== 'REQUESTER') return;
      const windowStart = current.firstSlotStartsAt.getTime() - this.config.booking.cancellationWindowHours * 3_600_000;
      if (Date.now() >= windowStart) {
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
        if (current.firstSlotStartsAt.getTime() > Date.now()) {
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
      if (!current) throw this.notFound(id);
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
  async expireHolds(now: Date = new Date()): Promise<number> {
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

  /** Requester organization, operator organization, authorities of the platform's region and site admins. */
  async readable(actor: Actor, id: string): Promise<BookingEntity> {
    const booking = await this.bookings.findById(id);
    if (!booking) throw this.notFound(id);
    const allowed =
      actor.siteAdmin ||
      actor.organizationId === booking.requesterOrganizationId ||
      actor.organizationId === booking.operatorOrganizationId ||
      isAuthorityFor(actor, booking.province);
    if (!allowed) throw this.notFound(id);
    return booking;
  }

  mine(
    actor: Actor,
    status: BookingStatus | undefined,
    page: { first: number; after?: string },
  ): Promise<Page<BookingEntity>> {
    if (!actor.organizationId) throw CoreError.invalidField('status', 'you belong to no organization');
    return this.bookings.pageForRequester(actor.organizationId, status, page);
  }

  async ofPlatform(
    actor: Actor,
    platformId: string,
    status: BookingStatus | undefined,
    page: { first: number; after?: string },
  ): Promise<Page<BookingEntity>> {
    const platform = await this.catalog.platformOwnership(platformId);
    if (!this.access.canReadRegional(actor, platform.organizationId, platform.province))
      this.access.assertCanReadOwn(actor, platform.organizationId);
    return this.bookings.pageForPlatform(platformId, status, page);
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
    const booking = await this.readable(actor, id);
    const owner = side === 'REQUESTER' ? booking.requesterOrganizationId : booking.operatorOrganizationId;
    this.access.assertCanWrite(actor, owner);
    return this.transactions.run(async (manager) => {
      const current = await this.bookings.lockById(manager, id);
      if (!current) throw this.notFound(id);
      BOOKING_LIFECYCLE.next(current.status, action);
      guard?.(current);
      return this.apply(manager, current, action, actor, side, reason, changes);
    });
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
    if (effect === 'release') await this.releaseSlots(manager, current.id, slotIds);
    const updated = await this.bookings.update(manager, current.id, {
      ...changes,
      status: to,
      holdExpiresAt: to === BookingStatus.REQUESTED ? current.holdExpiresAt : null,
    });
    const offering = await this.catalog.offeringOwnership(current.offeringId, manager);
    await this.record(manager, updated, current.status, to, actor, side, reason, offering.title);
    await enqueueSearchIndex(this.outbox, manager, { offeringIds: [current.offeringId] });
    return updated;
  }

  /** Frees only the slots this booking still holds (a slot re-published or re-booked since is left alone). */
  private async releaseSlots(manager: EntityManager, bookingId: string, slotIds: string[]): Promise<void> {
    const locked = slotIds.length ? await this.slots.lockByIds(manager, slotIds) : [];
    await this.slots.setStatus(
      manager,
      locked.filter((s) => s.bookingId === bookingId).map((s) => s.id),
      SlotStatus.OPEN,
      null,
    );
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

  private async assertOpenAccessEligible(actor: Actor, platformId: string): Promise<void> {
    const kinds = await this.eligibility.eligibleKinds(platformId);
    if (!actor.organizationKind || !kinds.includes(actor.organizationKind)) {
      const allowed = kinds.map((k) => ORGANIZATION_KIND_LABELS[k].en).join(', ');
      throw new BookingError(
        BookingErrorCode.OPEN_ACCESS_NOT_ELIGIBLE,
        `Open-access slots are reserved for outside ${allowed} organizations; yours is ${actor.organizationKind ?? 'none'}`,
        {
          eligibleKinds: kinds,
        },
      );
    }
  }

  private notFound(id: string): BookingError {
    return new BookingError(BookingErrorCode.BOOKING_NOT_FOUND, `No booking ${id}`);
  }
}

/** The equipment's minimum notice and maximum run, checked on the locked slots. */
function assertRules(slots: CapacitySlotEntity[], rules: Map<string, BookingRules>): void {
  for (const slot of slots) {
    const rule = rules.get(slot.equipmentId)!;
    if (slot.startsAt.getTime() < Date.now() + rule.minNoticeHours * 3_600_000) {
      throw CoreError.invalidField(
        'slotIds',
        `slot ${slot.id} starts too soon: this equipment needs ${rule.minNoticeHours} h notice`,
      );
    }
    if (rule.maxRunHours !== null && (slot.endsAt.getTime() - slot.startsAt.getTime()) / 3_600_000 > rule.maxRunHours) {
      throw CoreError.invalidField(
        'slotIds',
        `slot ${slot.id} is longer than this equipment's ${rule.maxRunHours} h maximum run`,
      );
    }
  }
}
