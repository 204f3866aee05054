import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CoreError } from '#core';
import {
  canSeeOffering,
  canSeePlatform,
  CatalogService,
  offeringNotFound,
  toOfferingOwnership,
  type OfferingOwnership,
} from '#catalog';
import type { Actor, ActorRow, OrganizationKind } from '#identity';
import { BookingError, BookingErrorCode } from '../booking.errors.js';
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
import { SlotClaimRepository, type ClaimRead, type ReplayRow } from './slot-claim.repository.js';

export interface ClaimRequest {
  offeringId: string;
  /** The slots asked for; none for a proposal of a period only (the offering and requester are checked all the same). */
  slotIds: readonly string[];
  /** On whose behalf: the organization that will hold the slots and its kind (the requester, even when an operator proposes). */
  requester: { organizationId: string; kind: OrganizationKind | null };
  /** Claim slots this holder (a proposal) already HELD, rather than free ones. */
  heldBy?: string;
  now: Date;
  /** Check only, without locking the slots: what a quote runs (the answer may be stale by the time of a booking). */
  preview?: boolean;
  /**
   * The caller who named the offering and slots (a booking request, a quote): what it may not see — the offering, or
   * slots of another platform's hidden equipment — is answered as ids that do not exist. Left out where the ids come
   * from a record the caller already holds (a proposal it answers or accepts).
   */
  namedBy?: Actor;
}

export interface SlotClaim {
  /** The offering claimed for, with its platform and which of its equipment is shared. */
  offering: OfferingOwnership;
  /** The claimed slots, locked until the caller's transaction ends, in id order. */
  slots: CapacitySlotEntity[];
  /** The booking rules of the slots' equipment (confirmation mode, notice, run, buffer, horizon), by equipment id. */
  rules: Map<string, BookingRules>;
}

/** A retried booking request: the booking its idempotency key already made, instead of a claim. */
export interface Replay {
  replay: ReplayRow;
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
    private readonly claims: SlotClaimRepository,
    private readonly slots: SlotRepository,
    private readonly eligibility: OpenAccessEligibility,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * Reads the offering, its platform and shared equipment, the slots (locked) and their equipment's rules in one
   * statement, then checks every rule; a buffer set on the equipment and open-access slots each cost one more read.
   */
  async claim(manager: EntityManager, request: ClaimRequest): Promise<SlotClaim> {
    const read = await this.claims.read(manager, request.offeringId, request.slotIds, null, !request.preview);
    return this.check(manager, request, read);
  }

  /**
   * A booking request's claim: as `claim`, except that when this user already made a booking with `idempotencyKey`
   * (a retry) nothing is checked and that booking is returned, read in the same statement. The caller is read by the
   * same statement too: `caller` decides on that row (who requests, who named the ids) or refuses, before anything
   * else, the replay included.
   */
  async claimOrReplay(
    manager: EntityManager,
    request: Omit<ClaimRequest, 'requester' | 'namedBy'>,
    idempotency: { userId: string; key: string },
    caller: (row: ActorRow | null) => Pick<ClaimRequest, 'requester' | 'namedBy'>,
  ): Promise<SlotClaim | Replay> {
    const read = await this.claims.read(
      manager,
      request.offeringId,
      request.slotIds,
      idempotency,
      true,
      idempotency.userId,
    );
    const claimRequest = { ...request, ...caller(read.caller) };
    if (read.replay) return { replay: read.replay };
    try {
      return await this.check(manager, claimRequest, read);
    } catch (error) {
      // Copies of one request racing under one key (a double click, a retry sent before the answer): the first takes
      // the slots while the others wait for their locks, too late for their snapshot to see its booking. Only then is
      // the key looked up again, so an ordinary conflict costs no extra statement.
      if (error instanceof BookingError && error.code === BookingErrorCode.SLOT_UNAVAILABLE && read.holderUnseen) {
        const replay = await this.claims.findReplay(manager, idempotency);
        if (replay) return { replay };
      }
      throw error;
    }
  }

  private async check(manager: EntityManager, request: ClaimRequest, read: ClaimRead): Promise<SlotClaim> {
    const { slotIds, requester, now } = request;
    const offering = toOfferingOwnership(request.offeringId, read.offering);
    if (request.namedBy && !canSeeOffering(request.namedBy, offering)) throw offeringNotFound(request.offeringId);
    assertOfferingBookable(offering);
    assertNotOwnPlatform(offering, requester.organizationId);
    if (slotIds.length === 0) return { offering, slots: [], rules: new Map() };
    const { rules } = read;
    const slots = request.namedBy ? await this.withoutHidden(request.namedBy, read.slots, offering) : read.slots;
    assertClaimable(slotIds, slots, offering, request.heldBy ?? null, now);
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
    return { offering, slots, rules };
  }

  /**
   * The slots less those on another platform's equipment that `viewer` may not see, which `assertClaimable` then
   * reports as missing. Only slots foreign to the offering cost a read, and the claim refuses those anyway.
   */
  private async withoutHidden(
    viewer: Actor,
    slots: CapacitySlotEntity[],
    offering: OfferingOwnership,
  ): Promise<CapacitySlotEntity[]> {
    const foreign = [...new Set(slots.map((s) => s.equipmentId))].filter((id) => !offering.equipmentIds.includes(id));
    if (foreign.length === 0) return slots;
    const owners = await Promise.all(foreign.map((id) => this.catalog.equipmentOwnership(id)));
    const hidden = new Set(owners.filter((o) => !canSeePlatform(viewer, o)).map((o) => o.equipmentId));
    return slots.filter((s) => !hidden.has(s.equipmentId));
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
