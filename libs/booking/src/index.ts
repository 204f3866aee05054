export { BookingModule } from './booking.module.js';
export { BookingService } from './booking.service.js';
export type { OpenSlotFact } from './slot/slot.repository.js';
export { BookingStatus, SlotStatus } from './booking.enums.js';
