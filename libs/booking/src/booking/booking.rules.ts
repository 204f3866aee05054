import { CoreError } from '#core';
import { OfferingStatus, PlatformStatus, type OfferingOwnership } from '#catalog';
import { SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode } from '../booking.errors.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import type { BookingRules } from '../slot/slot.repository.js';

// The rules a claim on capacity is checked against, as pure functions of what was read and of `now`:
// SlotClaimService applies them to locked rows, and booking.rules.spec.ts pins them down without a database.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type SlotState = Pick<CapacitySlotEntity, 'status' | 'heldUntil'>;

/** Only ACTIVE offerings of PUBLISHED platforms take bookings. */
export function offeringBookable(offering: Pick<OfferingOwnership, 'status' | 'platformStatus'>): boolean {
  return offering.status === OfferingStatus.ACTIVE && offering.platformStatus === PlatformStatus.PUBLISHED;
}

export function assertOfferingBookable(offering: Pick<OfferingOwnership, 'status' | 'platformStatus'>): void {
  if (!offeringBookable(offering)) {
    throw new BookingError(
      BookingErrorCode.OFFERING_NOT_BOOKABLE,
      'This offering is not open for booking (archived, or its platform is not published)',
    );
  }
}

/** An operator never books its own capacity, whether it asks itself or answers its own pilot request. */
export function assertNotOwnPlatform(
  offering: Pick<OfferingOwnership, 'organizationId'>,
  requesterOrganizationId: string,
): void {
  if (offering.organizationId === requesterOrganizationId) {
    throw new BookingError(BookingErrorCode.OWN_PLATFORM, 'An organization cannot book its own platform’s capacity');
  }
}

/** A hold that has run out frees its slot at once: the slot reads OPEN, whether or not the sweep has run. */
export function holdLapsed(slot: SlotState, now: Date): boolean {
  return slot.status === SlotStatus.HELD && slot.heldUntil !== null && slot.heldUntil.getTime() <= now.getTime();
}

/** The status a slot has at `now` (a lapsed hold is OPEN). */
export function statusAt(slot: SlotState, now: Date): SlotStatus {
  return holdLapsed(slot, now) ? SlotStatus.OPEN : slot.status;
}

/**
 * Every asked-for slot exists, is on equipment the offering uses and its platform shares, and is free for this
 * claim: OPEN (or held by a lapsed hold), or HELD by `heldBy` (a proposal turning into a booking claims the slots it
 * held). The first failure is reported.
 */
export function assertClaimable(
  slotIds: readonly string[],
  found: readonly CapacitySlotEntity[],
  offering: Pick<OfferingOwnership, 'equipmentIds' | 'sharedEquipmentIds'>,
  heldBy: string | null,
  now: Date,
): void {
  const missing = slotIds.find((id) => !found.some((s) => s.id === id));
  if (missing) throw new BookingError(BookingErrorCode.SLOT_NOT_FOUND, `No slot ${missing}`, { slotId: missing });
  const foreign = found.find((s) => !offering.equipmentIds.includes(s.equipmentId));
  if (foreign) throw CoreError.invalidField('slotIds', `slot ${foreign.id} is not on equipment this offering uses`);
  const unshared = found.find((s) => !offering.sharedEquipmentIds.includes(s.equipmentId));
  if (unshared)
    throw CoreError.invalidField('slotIds', `slot ${unshared.id} is on equipment its platform does not share`);
  const free = (s: CapacitySlotEntity) =>
    heldBy === null ? statusAt(s, now) === SlotStatus.OPEN : s.status === SlotStatus.HELD && s.bookingId === heldBy;
  const taken = found.find((s) => !free(s));
  if (taken) {
    throw new BookingError(
      BookingErrorCode.SLOT_UNAVAILABLE,
      heldBy === null
        ? `Slot ${taken.id} is no longer available (it is ${taken.status})`
        : `Slot ${taken.id} is no longer held by this proposal (it is ${taken.status})`,
      { slotId: taken.id, slotStatus: taken.status },
    );
  }
}

/**
 * Why the slot's equipment refuses it at `now` — started already, too soon for its minimum notice, longer than its
 * maximum run, beyond its booking horizon — or null: what a booking checks, and what the list of free slots leaves out.
 */
export function equipmentRuleProblem(
  slot: Pick<CapacitySlotEntity, 'id' | 'startsAt' | 'endsAt'>,
  rule: BookingRules,
  now: Date,
): string | null {
  if (slot.startsAt.getTime() < now.getTime())
    return `slot ${slot.id} has already started: only a slot yet to start is booked`;
  if (slot.startsAt.getTime() < now.getTime() + rule.minNoticeHours * HOUR)
    return `slot ${slot.id} starts too soon: this equipment needs ${rule.minNoticeHours} h notice`;
  if (rule.maxRunHours !== null && (slot.endsAt.getTime() - slot.startsAt.getTime()) / HOUR > rule.maxRunHours)
    return `slot ${slot.id} is longer than this equipment's ${rule.maxRunHours} h maximum run`;
  if (slot.startsAt.getTime() > horizonOf(rule, now).getTime())
    return `slot ${slot.id} starts more than ${rule.maxAdvanceDays} days ahead, beyond what this equipment takes bookings for`;
  return null;
}

/** The rules of each slot's equipment at `now`: minimum notice before it starts, maximum run, booking horizon. */
export function assertEquipmentRules(
  slots: readonly CapacitySlotEntity[],
  rules: ReadonlyMap<string, BookingRules>,
  now: Date,
): void {
  for (const slot of slots) {
    const problem = equipmentRuleProblem(slot, ruleOf(rules, slot), now);
    if (problem) throw CoreError.invalidField('slotIds', problem);
  }
}

/** The last instant a run of this equipment may start when published or booked at `now`. */
export function horizonOf(rule: Pick<BookingRules, 'maxAdvanceDays'>, now: Date): Date {
  return new Date(now.getTime() + rule.maxAdvanceDays * DAY);
}

/**
 * The latest instant a hold on these slots may last until — the earliest of each slot's start minus its notice, so
 * the operator answers in time for the run — and the slot that sets it. Null without slots.
 */
export function latestHoldEnd(
  slots: readonly CapacitySlotEntity[],
  rules: ReadonlyMap<string, BookingRules>,
): { at: Date; slotId: string; noticeHours: number } | null {
  let latest: { at: Date; slotId: string; noticeHours: number } | null = null;
  for (const slot of slots) {
    const noticeHours = ruleOf(rules, slot).minNoticeHours;
    const at = new Date(slot.startsAt.getTime() - noticeHours * HOUR);
    if (!latest || at < latest.at) latest = { at, slotId: slot.id, noticeHours };
  }
  return latest;
}

/** When a booking request's hold ends: after `holdHours`, or sooner if the slots' notice demands it. */
export function holdEnd(
  slots: readonly CapacitySlotEntity[],
  rules: ReadonlyMap<string, BookingRules>,
  holdHours: number,
  now: Date,
): Date {
  const latest = latestHoldEnd(slots, rules);
  const full = now.getTime() + holdHours * HOUR;
  return new Date(latest === null ? full : Math.min(full, latest.at.getTime()));
}

export function ruleOf(
  rules: ReadonlyMap<string, BookingRules>,
  slot: Pick<CapacitySlotEntity, 'equipmentId'>,
): BookingRules {
  const rule = rules.get(slot.equipmentId);
  if (!rule) throw new Error(`no booking rules read for equipment ${slot.equipmentId}`);
  return rule;
}

/**
 * Until when the requester cancels a confirmed booking free of charge: the cancellation window before its first slot,
 * or its first slot's start where the operator named the amount of a booking on quotation once that window had begun
 * (`quotedAt`): an amount first seen then was never the requester's to refuse.
 */
export function freeCancellationEnd(firstSlotStartsAt: Date, windowHours: number, quotedAt: Date | null): Date {
  const windowStart = firstSlotStartsAt.getTime() - windowHours * HOUR;
  return quotedAt && quotedAt.getTime() >= windowStart ? firstSlotStartsAt : new Date(windowStart);
}
