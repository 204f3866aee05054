import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OfferingOwnership } from '#catalog';
import { SlotStatus } from '../booking.enums.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import { SlotRepository, type BookingRules } from '../slot/slot.repository.js';
import { assertClaimable, assertEquipmentRules } from './booking.rules.js';

export interface ClaimOptions {
  /** Claim slots this holder (a proposal) already HELD, rather than OPEN ones. */
  heldBy?: string;
  /**
   * Check the equipment's booking rules (minimum notice, maximum run). Booking requests do; proposals do not
   * yet hold or accept capacity under those rules.
   */
  equipmentRules: boolean;
  now: Date;
}

export interface SlotClaim {
  /** The claimed slots, locked until the caller's transaction ends, in id order. */
  slots: CapacitySlotEntity[];
  /** The booking rules of the slots' equipment (confirmation mode, notice, run, buffer), by equipment id. */
  rules: Map<string, BookingRules>;
}

/**
 * The one way to claim capacity, for booking requests and proposals alike, in the caller's transaction. Slot rows
 * are locked in id order, so of any number of concurrent claims on one slot exactly one wins and two claims over
 * overlapping sets cannot deadlock; the losers get CONFLICT naming the slot. The claim checks and locks; the
 * caller then marks the slots HELD or BOOKED by what it creates.
 */
@Injectable()
export class SlotClaimService {
  constructor(private readonly slots: SlotRepository) {}

  async claim(
    manager: EntityManager,
    offering: Pick<OfferingOwnership, 'equipmentIds'>,
    slotIds: readonly string[],
    options: ClaimOptions,
  ): Promise<SlotClaim> {
    if (slotIds.length === 0) return { slots: [], rules: new Map() };
    const slots = await this.slots.lockByIds(manager, slotIds);
    assertClaimable(slotIds, slots, offering.equipmentIds, options.heldBy ?? null);
    const rules = await this.slots.rulesFor(equipmentOf(slots), manager);
    if (options.equipmentRules) assertEquipmentRules(slots, rules, options.now);
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
