import { Injectable } from '@nestjs/common';
import { SlotRepository, type OpenSlotFact } from './slot/slot.repository.js';

/** Booking's public API for other contexts (search availability, obligations, matching). */
@Injectable()
export class BookingService {
  constructor(private readonly slots: SlotRepository) {}

  /** OPEN slots of these equipment that have not ended at `now`, in time order per equipment. */
  openSlotsOf(equipmentIds: readonly string[], now: Date = new Date()): Promise<OpenSlotFact[]> {
    return this.slots.openSlotsOf(equipmentIds, now);
  }
}
