import { CoreError } from '#core';
import { OfferingStatus, PlatformStatus, type OfferingOwnership } from '#catalog';
import { SlotStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode } from '../booking.errors.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import type { BookingRules } from '../slot/slot.repository.js';

// The rules a claim on capacity is checked against, as pure functions of what was read: SlotClaimService applies
// them to locked rows, and booking.rules.spec.ts pins them down without a database.

const HOUR = 3_600_000;

/** Only ACTIVE offerings of PUBLISHED platforms take bookings. */
export function assertOfferingBookable(offering: Pick<OfferingOwnership, 'status' | 'platformStatus'>): void {
  if (offering.status !== OfferingStatus.ACTIVE || offering.platformStatus !== PlatformStatus.PUBLISHED) {
    throw new BookingError(
      BookingErrorCode.OFFERING_NOT_BOOKABLE,
      'This offering is not open for booking (archived, or its platform is not published)',
    );
  }
}

/** An operator never books its own capacity. */
export function assertNotOwnPlatform(
  offering: Pick<OfferingOwnership, 'organizationId'>,
  requesterOrganizationId: string,
): void {
  if (offering.organizationId === requesterOrganizationId) {
    throw new BookingError(BookingErrorCode.OWN_PLATFORM, 'An organization cannot book its own platform’s capacity');
  }
}

/**
 * Every asked-for slot exists, is on equipment the offering uses, and is free for this claim: OPEN, or HELD by
 * `heldBy` (a proposal turning into a booking claims the slots it held). The first failure is reported.
 */
export function assertClaimable(
  slotIds: readonly string[],
  found: readonly CapacitySlotEntity[],
  offeringEquipmentIds: readonly string[],
  heldBy: string | null,
): void {
  const missing = slotIds.find((id) => !found.some((s) => s.id === id));
  if (missing) throw new BookingError(BookingErrorCode.SLOT_NOT_FOUND, `No slot ${missing}`, { slotId: missing });
  const foreign = found.find((s) => !offeringEquipmentIds.includes(s.equipmentId));
  if (foreign) throw CoreError.invalidField('slotIds', `slot ${foreign.id} is not on equipment this offering uses`);
  const free = (s: CapacitySlotEntity) =>
    heldBy === null ? s.status === SlotStatus.OPEN : s.status === SlotStatus.HELD && s.bookingId === heldBy;
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

/** Each slot's equipment rules: the minimum notice before it starts (at `now`) and the maximum run. */
export function assertEquipmentRules(
  slots: readonly CapacitySlotEntity[],
  rules: ReadonlyMap<string, BookingRules>,
  now: Date,
): void {
  for (const slot of slots) {
    const rule = rules.get(slot.equipmentId);
    if (!rule) throw new Error(`no booking rules read for equipment ${slot.equipmentId}`);
    if (slot.startsAt.getTime() < now.getTime() + rule.minNoticeHours * HOUR) {
      throw CoreError.invalidField(
        'slotIds',
        `slot ${slot.id} starts too soon: this equipment needs ${rule.minNoticeHours} h notice`,
      );
    }
    if (rule.maxRunHours !== null && (slot.endsAt.getTime() - slot.startsAt.getTime()) / HOUR > rule.maxRunHours) {
      throw CoreError.invalidField(
        'slotIds',
        `slot ${slot.id} is longer than this equipment's ${rule.maxRunHours} h maximum run`,
      );
    }
  }
}
