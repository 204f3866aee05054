import { SlotStatus } from '../booking.enums.js';
import type { CapacitySlotEntity } from './capacity-slot.entity.js';
import type { SlotModel } from './slot.model.js';

export const hoursBetween = (startsAt: Date, endsAt: Date) => (endsAt.getTime() - startsAt.getTime()) / 3_600_000;

export const toSlotModel = (entity: CapacitySlotEntity): SlotModel => ({
  id: entity.id,
  equipmentId: entity.equipmentId,
  startsAt: entity.startsAt,
  endsAt: entity.endsAt,
  hours: hoursBetween(entity.startsAt, entity.endsAt),
  status: entity.status,
  openAccess: entity.openAccess,
  priceOverride: entity.priceOverride,
  holderId: entity.status === SlotStatus.HELD || entity.status === SlotStatus.BOOKED ? entity.bookingId : null,
  heldUntil: entity.status === SlotStatus.HELD ? entity.heldUntil : null,
});
