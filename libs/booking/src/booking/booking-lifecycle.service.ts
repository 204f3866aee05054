import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  Clock,
  CoreError,
  enqueueSearchIndex,
  formatMoney,
  isUniqueViolation,
  OutboxWriter,
  searchIndexFragment,
  TransactionRunner,
  type AppConfig,
} from '#core';
import {
  agreeOnProposal,
  BillingService,
  buildQuote,
  quantityProblems,
  quoteFromOperator,
  QuoteStatus,
  type Adjustment,
  type StoredQuote,
} from '#billing';
import { CatalogService, type OfferingOwnership } from '#catalog';
import { AccessPolicy, IdentityService, NotificationService, OrganizationKind, type Actor } from '#identity';
import { BookingStatus, ConfirmationMode, SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode, bookingNotFound } from '../booking.errors.js';
import { SlotRepository } from '../slot/slot.repository.js';
import { mayReadBooking } from './booking.access.js';
import { buildNewBooking, type BookingDraft } from './booking.builder.js';
import type { BookingEntity } from './booking.entity.js';
import { bookingNotification, recipientsOf, type Side } from './booking.notifications.js';
import { BookingRepository, type NewBookingEvent } from './booking.repository.js';
import type { BookingSlotEntity } from './booking-slot.entity.js';
import { freeCancellationEnd, holdEnd, latestHoldEnd } from './booking.rules.js';
import { BOOKING_LIFECYCLE, SLOT_EFFECT, type BookingAction } from './booking.state-machine.js';
import type { RequestBookingInput } from './dto/booking.input.js';
import type { ReplayRow } from './slot-claim.repository.js';
import { equipmentOf, SlotClaimService, type Replay } from './slot-claim.service.js';

/**
 * Who books capacity: every kind but GOVERNMENT. DOMAIN.md gives authorities the reading of their region's platforms,
 * service results and compliance, not their use; an authority booking platforms it regulates would buy from those it
 * judges (pilot requests refuse it alike).
 */
const BOOKING_KINDS = Object.values(OrganizationKind).filter((kind) => kind !== OrganizationKind.GOVERNMENT);
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
  /** The price the proposal agreed, line by line (null for proposals from before quotes: priced from the list). */
  quote: StoredQuote | null;
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
  /** The price proposed for the whole job, in fen. */
  priceFen: number;
  /** The operator proposing, who named the slots: another platform's hidden slots are missing to it. */
  proposedBy: Actor;
}

/** What a proposal's hold gives it: the slots' times, and its quote (the list price of them and the agreed price). */
export interface HeldForProposal {
  slots: Array<{ startsAt: Date; endsAt: Date }>;
  quote: StoredQuote;
}

/** What the operator says at completion. */
export interface Completion {
  outcome: string;
  deliveredQuantity?: number | null;
  adjustments: readonly Adjustment[];
}

/** A booking just created, with its slot rows (what its `slots` field shows, without reading them back). */
export interface CreatedBooking {
  booking: BookingEntity;
  slots?: BookingSlotEntity[];
}

/** A request's booking, and its caller as the claim's statement read it (what the answer's fields should see). */
export interface RequestedBooking extends CreatedBooking {
  actor: Actor;
}

/** The events that record how a new booking began, and whether the operator needs telling. */
interface Creation {
  actor: Actor;
  reason: string | null;
  /** Who confirmed it at once, when it is created CONFIRMED. */
  confirmedBy: { actor: Actor | null; side: Side; reason: string };
  /** A booking confirmed at once from an accepted proposal was announced by the proposal: no second notice. */
  announced: boolean;
  /** Its insert is the transaction's last statement: COMMIT goes with it (one round trip fewer). */
  last: boolean;
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
    private readonly billing: BillingService,
    private readonly access: AccessPolicy,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims the slots for the requester: REQUESTED with the slots HELD until the hold ends (the hold period, or the
   * first slot's start minus its notice if sooner), or CONFIRMED and BOOKED where every piece of equipment confirms
   * automatically. Of any number of concurrent claims on one slot exactly one wins; the rest get CONFLICT naming it.
   *
   * `caller` may be the actor its user's last lookup found (`@ActorCheckedInStatement()`): every decision is taken on
   * the caller as the claim's own statement reads it, so a member removed or demoted since is refused at once, and a
   * refusal of `caller` itself is read fresh before it is given (a stale refusal must not stand; no slot is locked).
   */
  async request(caller: Actor, input: RequestBookingInput): Promise<RequestedBooking> {
    try {
      this.access.writableOwnOrganization(caller);
    } catch {
      this.access.writableOwnOrganization(await this.identity.actorOfUser(caller));
    }
    const fingerprint = createHash('sha256')
      .update(
        JSON.stringify({
          offeringId: input.offeringId,
          slotIds: [...input.slotIds].sort(),
          brief: input.brief,
          // Only when given, so a request without one hashes as before quantities existed.
          ...(input.quantity === undefined ? {} : { quantity: input.quantity }),
        }),
      )
      .digest('hex');
    const idempotency = { userId: caller.userId, key: input.idempotencyKey };
    let actor = caller;
    let requesterOrganizationId = '';
    try {
      const outcome = await this.transactions.run(async (manager): Promise<CreatedBooking | Replay> => {
        const now = this.clock.now();
        const claimed = await this.claims.claimOrReplay(
          manager,
          { offeringId: input.offeringId, slotIds: input.slotIds, now },
          idempotency,
          (row) => {
            actor = this.identity.actorFromRow(caller, row);
            requesterOrganizationId = this.access.writableOwnOrganization(actor);
            this.access.assertOrganizationKind(actor, BOOKING_KINDS, 'book capacity');
            return {
              requester: { organizationId: requesterOrganizationId, kind: actor.organizationKind },
              namedBy: actor,
            };
          },
        );
        if ('replay' in claimed) return claimed;
        const { offering, slots, rules } = claimed;
        // Checked against the price model the claim read; a refusal rolls the claim back, changing nothing.
        const problems = quantityProblems(offering.pricing.model, input.quantity);
        if (problems.length) throw CoreError.invalidInput(problems);
        // Priced in memory from the price list the claim's offering read carries: no statement of its own.
        const quote = buildQuote({
          pricing: offering.pricing,
          requesterKind: actor.organizationKind,
          slots,
          quantity: input.quantity,
        });
        // Thrown inside the transaction: the claim is rolled back, so nothing is held at a price nobody was shown.
        if (input.expectedAmount !== undefined) assertAsQuoted(quote, input.expectedAmount);
        // An offering on quotation waits for the operator's amount, whatever the equipment's confirmation mode.
        const automatic =
          quote.status !== QuoteStatus.AWAITING_OPERATOR_QUOTE &&
          [...rules.values()].every((r) => r.confirmationMode === ConfirmationMode.AUTOMATIC);
        const draft = buildNewBooking({
          offering,
          requester: { organizationId: requesterOrganizationId, userId: actor.userId },
          slots,
          quote,
          confirmed: automatic,
          holdExpiresAt: holdEnd(slots, rules, this.config.booking.holdHours, now),
          brief: input.brief,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprint,
          proposalId: null,
        });
        const confirmedBy = { actor: null, side: 'SYSTEM', reason: 'automatic confirmation' } as const;
        const creation = { actor, reason: null, confirmedBy, announced: false, last: true };
        return this.create(manager, draft, creation, offering);
      });
      return 'replay' in outcome
        ? { booking: await this.replayed(outcome.replay, fingerprint), slots: outcome.replay.slots, actor }
        : { ...outcome, actor };
    } catch (error) {
      // Two retries with one key racing each other past their claims (slots freed in between, or none asked): the unique
      // index lets one insert; the other returns it. (A copy that found its slots taken by its twin replays in the claim.)
      if (isUniqueViolation(error)) {
        const winner = await this.bookings.findByIdempotencyKey(actor.userId, input.idempotencyKey);
        if (winner)
          return {
            booking: await this.replayed(
              { bookingId: winner.id, requestFingerprint: winner.requestFingerprint },
              fingerprint,
              winner,
            ),
            actor,
          };
      }
      throw error;
    }
  }

  /**
   * A proposal (matching) holds capacity for the requester it answers, through the same claim as a booking request,
   * so a proposal and a booking never get one slot both and a proposal never gets what a request would not. The hold
   * lasts the proposal's validity, which must end by the first slot's start minus its notice.
   */
  async holdForProposal(manager: EntityManager, hold: ProposalHoldRequest): Promise<HeldForProposal> {
    const { offering, slots, rules } = await this.claims.claim(manager, {
      offeringId: hold.offeringId,
      slotIds: hold.slotIds,
      requester: hold.requester,
      now: this.clock.now(),
      namedBy: hold.proposedBy,
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
    // The list price of what it holds for the requester, and the operator's price for the job made up in one line.
    const listed = buildQuote({ pricing: offering.pricing, requesterKind: hold.requester.kind, slots });
    return {
      slots: slots.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
      quote: agreeOnProposal(listed, hold.priceFen),
    };
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
    const requesterOrganizationId = this.access.writableOwnOrganization(actor);
    const { offering, slots } = await this.claims.claim(manager, {
      offeringId: proposal.offeringId,
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
      quote: proposal.quote ?? buildQuote({ pricing: offering.pricing, requesterKind: actor.organizationKind, slots }),
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
    const { booking } = await this.create(
      manager,
      draft,
      { actor, reason: 'accepted proposal', confirmedBy, announced: true, last: false },
      offering,
    );
    for (const other of superseded) await this.releaseProposalHold(manager, other.proposalId, other.slotIds);
    return booking;
  }

  /**
   * Operator: REQUESTED → CONFIRMED, while the hold lasts and before the first slot starts. A booking of an offering
   * on quotation is confirmed with the operator's amount for the job (`quotedAmount`, fen), which becomes its quote;
   * other bookings keep the quote they were requested with.
   */
  async confirm(actor: Actor, id: string, quotedAmount?: number): Promise<BookingEntity> {
    let changes: Partial<BookingEntity> = {};
    return this.transition(
      actor,
      id,
      'confirm',
      'OPERATOR',
      null,
      (current, now) => {
        assertNotStarted(current, now, 'confirmed');
        const awaiting = current.quote?.status === QuoteStatus.AWAITING_OPERATOR_QUOTE;
        if (awaiting && quotedAmount === undefined)
          throw CoreError.invalidField(
            'quotedAmount',
            'quotedAmount is required: this offering is priced on quotation',
          );
        if (!awaiting && quotedAmount !== undefined)
          throw CoreError.invalidField('quotedAmount', 'quotedAmount is only for offerings priced on quotation');
        if (awaiting && current.quote) {
          const quote = quoteFromOperator(current.quote, quotedAmount as number);
          changes = { quote, quoteAmount: quote.totalFen };
        }
      },
      () => changes,
    );
  }

  async decline(actor: Actor, id: string, reason: string): Promise<BookingEntity> {
    return this.transition(actor, id, 'decline', 'OPERATOR', reason);
  }

  /**
   * Either side may cancel until the first slot starts; from then on a booking runs to completion (the ledger of a
   * period never loses hours it counted). The requester withdraws a request at any time while it is held, and
   * cancels a confirmed booking free of charge until the cancellation window, not after it — unless the operator named
   * the amount of a booking on quotation inside that window; the operator may cancel until the start but must say why.
   */
  async cancel(actor: Actor, id: string, reason: string | undefined): Promise<BookingEntity> {
    const booking = await this.readable(actor, id);
    const side: Side = actor.organizationId === booking.requesterOrganizationId ? 'REQUESTER' : 'OPERATOR';
    if (side === 'OPERATOR' && !reason)
      throw CoreError.invalidField('reason', 'reason is required when the operator cancels');
    // When the operator named the amount of a booking on quotation (confirmation is final, so read once, unlocked; a
    // confirmation racing this read is judged by the window alone, and a retry reads it).
    const quotedAt =
      side === 'REQUESTER' && booking.quote?.status === QuoteStatus.OPERATOR_QUOTED
        ? await this.bookings.confirmedAt(id)
        : null;
    return this.transition(actor, id, 'cancel', side, reason ?? null, (current, now) => {
      assertNotStarted(current, now, 'cancelled');
      if (side !== 'REQUESTER' || current.status !== BookingStatus.CONFIRMED) return;
      const hours = this.config.booking.cancellationWindowHours;
      const windowStart = current.firstSlotStartsAt.getTime() - hours * HOUR;
      if (now.getTime() >= freeCancellationEnd(current.firstSlotStartsAt, hours, quotedAt).getTime()) {
        throw new BookingError(
          BookingErrorCode.CANCELLATION_WINDOW_PASSED,
          `Cancellation closed ${hours} h before the first slot (at ${new Date(windowStart).toISOString()}); ask the operator`,
          { cancellationWindowHours: hours, closedAt: new Date(windowStart).toISOString() },
        );
      }
    });
  }

  /**
   * Operator: CONFIRMED → COMPLETED once the first slot has started, with what was delivered. The charge is issued in
   * the same transaction (billing: priced from the quote, the delivered quantity and the adjustments; the voucher
   * redeemed): a bad quantity or adjustment is refused naming its field and the booking stays CONFIRMED.
   */
  async complete(actor: Actor, id: string, completion: Completion): Promise<BookingEntity> {
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
      (now) => ({ outcome: completion.outcome, completedAt: now }),
      async (manager, booking, now) => {
        const offering = await this.catalog.offeringOwnership(booking.offeringId, manager);
        const [requester] = await this.identity.organizationsByIds([booking.requesterOrganizationId]);
        await this.billing.issueCharge(manager, {
          bookingId: booking.id,
          offeringId: booking.offeringId,
          offeringTitle: offering.title,
          platformId: booking.platformId,
          platformName: offering.platformName,
          operatorOrganizationId: booking.operatorOrganizationId,
          requesterOrganizationId: booking.requesterOrganizationId,
          requesterKind: requester?.kind ?? null,
          requesterVerified: requester?.verified ?? false,
          province: booking.province,
          serviceType: offering.serviceType,
          quote: booking.quote ?? (await this.legacyQuote(manager, booking, offering, requester?.kind ?? null)),
          voucherProgrammeId: booking.voucherProgrammeId,
          deliveredQuantity: completion.deliveredQuantity,
          adjustments: completion.adjustments,
          issuedByUserId: actor.userId,
          at: now,
        });
      },
    );
  }

  /**
   * The requester applies an innovation voucher to their booking (REQUESTED or CONFIRMED); applying another replaces
   * it. Refused naming `programmeId` when the programme does not apply to it, or its cap or budget is used up.
   */
  async applyVoucher(actor: Actor, id: string, programmeId: string): Promise<BookingEntity> {
    const booking = await this.readable(actor, id);
    this.access.assertCanWrite(actor, booking.requesterOrganizationId);
    const [offering, [requester]] = await Promise.all([
      this.catalog.offeringOwnership(booking.offeringId),
      this.identity.organizationsByIds([booking.requesterOrganizationId]),
    ]);
    await this.billing.assertVoucherApplicable(programmeId, {
      province: booking.province,
      requesterKind: requester?.kind ?? null,
      requesterVerified: requester?.verified ?? false,
      requesterOrganizationId: booking.requesterOrganizationId,
      serviceType: offering.serviceType,
      at: this.clock.now(),
    });
    return this.transactions.run(async (manager) => {
      const current = await this.bookings.lockById(manager, id);
      if (!current) throw bookingNotFound(id);
      if (current.status !== BookingStatus.REQUESTED && current.status !== BookingStatus.CONFIRMED) {
        throw new BookingError(
          BookingErrorCode.ILLEGAL_TRANSITION,
          `A voucher applies to REQUESTED or CONFIRMED bookings; this one is ${current.status}`,
          { currentStatus: current.status },
        );
      }
      return this.bookings.update(manager, id, { voucherProgrammeId: programmeId });
    });
  }

  /** A booking from before quotes: priced from the offering's list as it is now, for its requester's kind. */
  private async legacyQuote(
    manager: EntityManager,
    booking: BookingEntity,
    offering: OfferingOwnership,
    kind: OrganizationKind | null,
  ): Promise<StoredQuote> {
    const slots = await this.bookings.slotsOf(manager, booking.id);
    return buildQuote({
      pricing: offering.pricing,
      requesterKind: kind,
      slots: slots.map((s) => ({ ...s, priceOverride: null })),
    });
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
    changes: Partial<BookingEntity> | ((now: Date) => Partial<BookingEntity>) = {},
    after?: (manager: EntityManager, updated: BookingEntity, now: Date) => Promise<void>,
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
      const updated = await this.apply(
        manager,
        current,
        action,
        actor,
        side,
        reason,
        typeof changes === 'function' ? changes(now) : changes,
      );
      await after?.(manager, updated, now);
      return { updated };
    });
    if ('updated' in outcome) return outcome.updated;
    throw new BookingError(
      BookingErrorCode.HOLD_EXPIRED,
      `The hold on this booking ended at ${outcome.lapsedAt.toISOString()}; the booking has expired and its slots are free again`,
      { currentStatus: BookingStatus.EXPIRED, holdExpiredAt: outcome.lapsedAt.toISOString() },
    );
  }

  /**
   * Inserts a new booking, marks its slots, writes its slot rows and how it began (one statement), tells the operator
   * and search.
   */
  private async create(
    manager: EntityManager,
    draft: BookingDraft,
    creation: Creation,
    offering: Pick<OfferingOwnership, 'title'>,
  ): Promise<CreatedBooking> {
    const confirmed = draft.booking.status === BookingStatus.CONFIRMED;
    const events: NewBookingEvent[] = [
      {
        actorUserId: creation.actor.userId,
        actorSide: 'REQUESTER',
        fromStatus: null,
        toStatus: BookingStatus.REQUESTED,
        reason: creation.reason,
      },
    ];
    if (confirmed) {
      const { actor, side, reason } = creation.confirmedBy;
      events.push({
        actorUserId: actor?.userId ?? null,
        actorSide: side,
        fromStatus: BookingStatus.REQUESTED,
        toStatus: BookingStatus.CONFIRMED,
        reason,
      });
    }
    const id = randomUUID();
    // One statement writes the booking, the operator's notification (identity renders it) and the outbox messages.
    const fragments = [searchIndexFragment(this.outbox, { equipmentIds: equipmentOf(draft.slots) })];
    // The operator hears once, of what it has to do: confirm a request, or nothing but note a booking.
    if (!(confirmed && creation.announced)) {
      fragments.push(
        this.notifications.notifyInStatement(
          { organizationIds: [draft.booking.operatorOrganizationId] },
          bookingNotification(confirmed ? 'BOOKED' : BookingStatus.REQUESTED, id, offering.title, null),
        ),
      );
    }
    if (creation.last) this.transactions.commitWithNext(manager);
    const booking = await this.bookings.insertNew(
      manager,
      { ...draft.booking, id },
      draft.slots,
      confirmed ? SlotStatus.BOOKED : SlotStatus.HELD,
      events,
      fragments,
    );
    return { booking, slots: draft.slots.map((slot) => ({ ...slot, bookingId: booking.id })) };
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

  /** The booking a retried request repeats, or IDEMPOTENCY_KEY_REUSED when the key was used for another request. */
  private async replayed(replay: ReplayRow, fingerprint: string, found?: BookingEntity): Promise<BookingEntity> {
    if (replay.requestFingerprint !== fingerprint) {
      throw new BookingError(
        BookingErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This idempotencyKey was already used for a different request; use a new key',
        {
          bookingId: replay.bookingId,
          fields: [{ field: 'idempotencyKey', message: 'already used for a different booking request' }],
        },
      );
    }
    const booking = found ?? (await this.bookings.findById(replay.bookingId));
    if (!booking) throw bookingNotFound(replay.bookingId);
    return booking;
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

/**
 * A request sent for the amount its quote showed is made at that amount or not at all: the operator may change a price
 * at any time, and an automatically confirmed booking inside the cancellation window would bind the requester to a
 * price it never saw.
 */
function assertAsQuoted(quote: StoredQuote, expectedFen: number): void {
  if (quote.totalFen === expectedFen) return;
  const quotedAmount = quote.totalFen === null ? null : formatMoney(quote.totalFen);
  throw new BookingError(
    BookingErrorCode.QUOTE_CHANGED,
    quotedAmount === null
      ? `This offering is now priced on quotation, not at ${formatMoney(expectedFen)} CNY: ask for a quote again`
      : `The price changed since your quote: these slots now cost ${quotedAmount} CNY, not ${formatMoney(expectedFen)}; ask for a quote again`,
    { expectedAmount: formatMoney(expectedFen), quotedAmount },
  );
}
