import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CoreError } from '#core';
import type { OfferingOwnership } from '#catalog';
import type { OrganizationKind } from '#identity';
import { SlotStatus } from '../booking.enums.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import { SlotRepository, type BookingRules } from '../slot/slot.repository.js';
import {
  assertClaimable,
  assertEquipmentRules,
  assertNotOwnPlatform,
  assertOfferingBookable,
} from './booking.rules.js';
import { OpenAccessEligibility } from './open-access.eligibility.js';

export interface ClaimRequest {
  offering: OfferingOwnership;
  /** The slots asked for; none for a proposal of a period only (the offering and requester are checked all the same). */
  slotIds: readonly string[];
  /** On whose behalf: the organization that will hold the slots and its kind (the requester, even when an operator proposes). */
  requester: { organizationId: string; kind: OrganizationKind | null };
  /** Claim slots this holder (a proposal) already HELD, rather than free ones. */
  heldBy?: string;
  now: Date;
  /** Check only, without locking the slots: what a quote runs (the answer may be stale by the time of a booking). */
  preview?: boolean;
}

export interface SlotClaim {
  /** The claimed slots, locked until the caller's transaction ends, in id order. */
  slots: CapacitySlotEntity[];
  /** The booking rules of the slots' equipment (confirmation mode, notice, run, buffer, horizon), by equipment id. */
  rules: Map<string, BookingRules>;
}

/**
 * The one way to claim capacity — booking requests, proposal holds and accepted proposals alike — in the caller's
 * transaction, with one set of rules: the offering takes bookings, the requester is not its operator, the slots exist
 * on shared equipment of the offering and are free, each meets its equipment's notice, maximum run, horizon and
 * changeover buffer, and open-access slots go only to requester kinds the governing obligation lets have them.
 * Slot rows are locked in id order, so of any number of concurrent claims on one slot exactly one wins and two claims
 * over overlapping sets cannot deadlock; the losers get CONFLICT naming the slot. The claim checks and locks; the
 * caller then marks the slots HELD or BOOKED by what it creates.
 */
@Injectable()
export class SlotClaimService {
  constructor(
    private readonly slots: SlotRepository,
    private readonly eligibility: OpenAccessEligibility,
  ) {}

  async claim(manager: EntityManager, request: ClaimRequest): Promise<SlotClaim> {
    const { offering, slotIds, requester, now } = request;
    assertOfferingBookable(offering);
    assertNotOwnPlatform(offering, requester.organizationId);
    if (slotIds.length === 0) return { slots: [], rules: new Map() };
    const slots = request.preview
      ? await this.slots.findByIds(slotIds, manager)
      : await this.slots.lockByIds(manager, slotIds);
    assertClaimable(slotIds, slots, offering, request.heldBy ?? null, now);
    const rules = await this.slots.rulesFor(equipmentOf(slots), manager);
    assertEquipmentRules(slots, rules, now);
    if ([...rules.values()].some((r) => r.bufferMinutes > 0)) {
      const neighbour = await this.slots.findBusyNeighbour(manager, slotIds, now);
      if (neighbour) {
        throw CoreError.invalidField(
          'slotIds',
          `slot ${neighbour.id} leaves no ${neighbour.bufferMinutes}-minute changeover before or after slot ${neighbour.other}, which another booking or proposal holds`,
        );
      }
    }
    await this.eligibility.assertMayBook(
      manager,
      requester.kind,
      offering.platformId,
      slots.filter((s) => s.openAccess).map((s) => s.startsAt),
    );
    return { slots, rules };
  }

  /**
   * Opens again the slots `holderId` (a booking or a proposal) still holds or owns; a slot re-published or claimed
   * by someone else since is left alone. Returns the slots it opened.
   */
  async release(manager: EntityManager, holderId: string, slotIds: readonly string[]): Promise<CapacitySlotEntity[]> {
    const locked = slotIds.length ? await this.slots.lockByIds(manager, slotIds) : [];
    const released = locked.filter((s) => s.bookingId === holderId);
    await this.slots.setStatus(
      manager,
      released.map((s) => s.id),
      SlotStatus.OPEN,
      null,
    );
    return released;
  }
}

/** The distinct equipment of some slots: what search re-indexes when their status changes. */
export function equipmentOf(slots: ReadonlyArray<{ equipmentId: string }>): string[] {
  return [...new Set(slots.map((s) => s.equipmentId))];
}
