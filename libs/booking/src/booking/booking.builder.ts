import type { StoredQuote } from '#billing';
import type { OfferingOwnership } from '#catalog';
import { BookingStatus } from '../booking.enums.js';
import type { CapacitySlotEntity } from '../slot/capacity-slot.entity.js';
import type { BookingSlotEntity } from './booking-slot.entity.js';
import type { NewBooking } from './booking.repository.js';

export interface NewBookingInput {
  offering: Pick<OfferingOwnership, 'offeringId' | 'platformId' | 'organizationId' | 'province'>;
  requester: { organizationId: string; userId: string };
  /** The claimed slots; none for a proposal that held no slots. */
  slots: readonly CapacitySlotEntity[];
  /** The period asked for when there are no slots. */
  period?: { startsAt: Date; endsAt: Date };
  /** CONFIRMED at once (the slots become BOOKED), or REQUESTED and held until `holdExpiresAt`. */
  confirmed: boolean;
  /** When a REQUESTED booking's hold ends (see booking.rules holdEnd); ignored when confirmed. */
  holdExpiresAt: Date;
  brief: string;
  idempotencyKey: string;
  requestFingerprint: string;
  proposalId: string | null;
  /** What it is expected to cost (billing's buildQuote, or a proposal's agreed quote). */
  quote: StoredQuote;
}

export interface BookingDraft {
  booking: NewBooking;
  /** The booking's slot rows, as the slots were when claimed. */
  slots: Array<Omit<BookingSlotEntity, 'bookingId'>>;
}

/** The one way a new booking's row and slot rows are built, from a booking request or an accepted proposal. */
export function buildNewBooking(input: NewBookingInput): BookingDraft {
  const { slots } = input;
  const period = slots.length
    ? {
        startsAt: new Date(Math.min(...slots.map((s) => s.startsAt.getTime()))),
        endsAt: new Date(Math.max(...slots.map((s) => s.endsAt.getTime()))),
      }
    : input.period;
  if (!period) throw new Error('a booking needs slots or a period');
  return {
    booking: {
      offeringId: input.offering.offeringId,
      platformId: input.offering.platformId,
      operatorOrganizationId: input.offering.organizationId,
      province: input.offering.province,
      requesterOrganizationId: input.requester.organizationId,
      requesterUserId: input.requester.userId,
      status: input.confirmed ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED,
      brief: input.brief,
      idempotencyKey: input.idempotencyKey,
      requestFingerprint: input.requestFingerprint,
      holdExpiresAt: input.confirmed ? null : input.holdExpiresAt,
      firstSlotStartsAt: period.startsAt,
      lastSlotEndsAt: period.endsAt,
      openAccess: slots.some((s) => s.openAccess),
      proposalId: input.proposalId,
      quote: input.quote,
      quoteAmount: input.quote.totalFen,
    },
    slots: slots.map((s) => ({
      slotId: s.id,
      equipmentId: s.equipmentId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      openAccess: s.openAccess,
    })),
  };
}
