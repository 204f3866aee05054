export { BookingModule } from './booking.module.js';
export { BookingService } from './booking.service.js';
export type { AcceptedProposal } from './booking/booking-lifecycle.service.js';
export type { OpenSlotFact, SlotFact } from './slot/slot.repository.js';
export type { OpenAccessBookingFact } from './booking/booking.repository.js';
export { BookingStatus, SlotStatus, ConfirmationMode } from './booking.enums.js';
export { EXPIRE_HOLDS_JOB } from './booking/booking.jobs.js';
export { BookingModel } from './booking/booking.model.js';
export { DEFAULT_ELIGIBLE_KINDS, type EligibleKindsLookup } from './booking/open-access.eligibility.js';
