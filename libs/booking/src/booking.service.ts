import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, Clock, type AppConfig } from '#core';
import type { Actor } from '#identity';
import {
  BookingLifecycleService,
  type AcceptedProposal,
  type HeldForProposal,
  type ProposalHold,
  type ProposalHoldRequest,
} from './booking/booking-lifecycle.service.js';
import { toBookingModel } from './booking/booking.mapper.js';
import type { BookingModel } from './booking/booking.model.js';
import { BookingRepository, type OpenAccessBookingFact, type ServiceRecordFact } from './booking/booking.repository.js';
import { statusAt } from './booking/booking.rules.js';
import { OpenAccessEligibility, type EligibleKindsLookup } from './booking/open-access.eligibility.js';
import { SlotHolders, type ProposalRequesterLookup } from './slot/slot-holders.js';
import { SlotRepository, type OpenSlotFact, type RemovedSlotFact, type SlotFact } from './slot/slot.repository.js';

/** Booking's public API for other contexts (search availability, obligations, matching). */
@Injectable()
export class BookingService {
  constructor(
    private readonly slots: SlotRepository,
    private readonly bookings: BookingRepository,
    private readonly eligibility: OpenAccessEligibility,
    private readonly lifecycle: BookingLifecycleService,
    private readonly holders: SlotHolders,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Proposals hold capacity for the requester they answer through the one claim (the same rules as a booking
   * request); the hold lasts the proposal's validity. Returns the held slots' times and the proposal's quote (the
   * list price of what it holds for the requester, and its own price). See BookingLifecycleService.holdForProposal.
   */
  holdSlotsForProposal(manager: EntityManager, hold: ProposalHoldRequest): Promise<HeldForProposal> {
    return this.lifecycle.holdForProposal(manager, hold);
  }

  releaseProposalSlots(manager: EntityManager, proposalId: string, slotIds: readonly string[]): Promise<void> {
    return this.lifecycle.releaseProposalHold(manager, proposalId, slotIds);
  }

  /**
   * The booking an accepted proposal becomes, created in the caller's transaction under the claim's rules checked
   * again; the holds of `superseded` proposals are freed in the same transaction.
   */
  async bookFromProposal(
    manager: EntityManager,
    actor: Actor,
    proposal: AcceptedProposal,
    superseded: readonly ProposalHold[],
  ): Promise<BookingModel> {
    return toBookingModel(
      await this.lifecycle.bookFromProposal(manager, actor, proposal, superseded),
      this.config.booking.cancellationWindowHours,
    );
  }

  /** The booking an accepted proposal became: a repeated acceptance answers with it. */
  async bookingOf(id: string): Promise<BookingModel | null> {
    const booking = await this.bookings.findById(id);
    return booking && toBookingModel(booking, this.config.booking.cancellationWindowHours);
  }

  /** Per platform: the share of answered booking requests (confirmed or declined rather than left to expire). */
  responseRates(platformIds: readonly string[]): Promise<Map<string, { answered: number; total: number }>> {
    return this.bookings.responseRates(platformIds);
  }

  /** Slots of these equipment free at `now` (OPEN, or a lapsed hold) that have not ended, in time order per equipment. */
  openSlotsOf(equipmentIds: readonly string[], now: Date = this.clock.now()): Promise<OpenSlotFact[]> {
    return this.slots.openSlotsOf(equipmentIds, now);
  }

  /** Every slot of these equipment overlapping [from, to), whatever its status, as it stands at `now`. */
  async slotsOverlapping(
    equipmentIds: readonly string[],
    from: Date,
    to: Date,
    now: Date = this.clock.now(),
  ): Promise<SlotFact[]> {
    return (await this.slots.slotsOverlapping(equipmentIds, from, to)).map((s) => ({
      slotId: s.id,
      equipmentId: s.equipmentId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      status: statusAt(s, now),
      openAccess: s.openAccess,
    }));
  }

  /** Slots of these equipment removed from the calendar that overlapped [from, to), and when each was removed. */
  async removedSlotsOverlapping(equipmentIds: readonly string[], from: Date, to: Date): Promise<RemovedSlotFact[]> {
    return (await this.slots.removedOverlapping(equipmentIds, from, to)).map(
      ({ equipmentId, startsAt, endsAt, openAccess, removedAt }) => ({
        equipmentId,
        startsAt,
        endsAt,
        openAccess,
        removedAt,
      }),
    );
  }

  /** Bookings of a platform that involve open-access slots overlapping [from, to), with those slots. */
  openAccessBookings(platformId: string, from: Date, to: Date): Promise<OpenAccessBookingFact[]> {
    return this.bookings.openAccessBookings(platformId, from, to);
  }

  /** Bookings of these platforms touching [from, to) (by their slots or when asked), as service records. */
  serviceRecords(platformIds: readonly string[], from: Date, to: Date): Promise<ServiceRecordFact[]> {
    return this.bookings.serviceRecords(platformIds, from, to);
  }

  /** Bulk insert of OPEN slots (demo data, benchmarks), in chunks, in the caller's transaction. */
  async importSlots(
    manager: EntityManager,
    slots: Array<{ equipmentId: string; startsAt: Date; endsAt: Date; openAccess: boolean }>,
  ): Promise<void> {
    for (let i = 0; i < slots.length; i += 1000)
      await this.slots.insertMany(
        manager,
        slots.slice(i, i + 1000).map((s) => ({ ...s, priceOverride: null })),
      );
  }

  /** Lets the obligations context decide who may book a platform's open-access slots in each period. */
  useOpenAccessEligibility(lookup: EligibleKindsLookup): void {
    this.eligibility.use(lookup);
  }

  /** Lets the matching context name the requester a proposal holds slots for (an operator's calendar shows it). */
  useProposalRequesters(lookup: ProposalRequesterLookup): void {
    this.holders.use(lookup);
  }
}
