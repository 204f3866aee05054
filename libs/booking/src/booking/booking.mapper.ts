import { toQuoteModel } from '#billing';
import { BOOKING_STATUS_LABELS } from '../booking.enums.js';
import type { BookingEventEntity } from './booking-event.entity.js';
import type { BookingSlotEntity } from './booking-slot.entity.js';
import type { BookingEntity } from './booking.entity.js';
import { freeCancellationEnd } from './booking.rules.js';
import type { BookingEventModel, BookingModel, BookingSlotModel, ReviewModel } from './booking.model.js';

export const toBookingModel = (entity: BookingEntity, cancellationWindowHours: number): BookingModel => ({
  id: entity.id,
  offeringId: entity.offeringId,
  platformId: entity.platformId,
  operatorOrganizationId: entity.operatorOrganizationId,
  requesterOrganizationId: entity.requesterOrganizationId,
  status: entity.status,
  statusLabel: BOOKING_STATUS_LABELS[entity.status],
  brief: entity.brief,
  holdExpiresAt: entity.holdExpiresAt,
  firstSlotStartsAt: entity.firstSlotStartsAt,
  lastSlotEndsAt: entity.lastSlotEndsAt,
  // A booking on quotation confirmed late may extend it: resolved with its events (BookingResolver).
  freeCancellationUntil: freeCancellationEnd(entity.firstSlotStartsAt, cancellationWindowHours, null),
  openAccess: entity.openAccess,
  proposalId: entity.proposalId,
  quote: entity.quote ? toQuoteModel(entity.quote) : null,
  voucherProgrammeId: entity.voucherProgrammeId,
  outcome: entity.outcome,
  rating: entity.rating,
  reviewComment: entity.reviewComment,
  createdAt: entity.createdAt,
});

export const toBookingSlotModel = (entity: BookingSlotEntity): BookingSlotModel => ({
  slotId: entity.slotId,
  equipmentId: entity.equipmentId,
  startsAt: entity.startsAt,
  endsAt: entity.endsAt,
  openAccess: entity.openAccess,
});

export const toBookingEventModel = (entity: BookingEventEntity): BookingEventModel => ({
  from: entity.fromStatus,
  to: entity.toStatus,
  actorUserId: entity.actorUserId,
  actorSide: entity.actorSide,
  reason: entity.reason,
  at: entity.at,
});

/** Only rated bookings are reviews: the caller filters on rating. */
export const toReviewModel = (entity: BookingEntity): ReviewModel => ({
  rating: entity.rating ?? 0,
  comment: entity.reviewComment,
  reviewedAt: entity.updatedAt,
});
