export { BookingModule } from './booking.module.js';
export { BookingService } from './booking.service.js';
export { BookingLoaders } from './booking.loaders.js';
export type {
  AcceptedProposal,
  HeldForProposal,
  ProposalHold,
  ProposalHoldRequest,
} from './booking/booking-lifecycle.service.js';
export type { OpenSlotFact, RemovedSlotFact, SlotFact } from './slot/slot.repository.js';
export type { OpenAccessBookingFact, ServiceRecordFact } from './booking/booking.repository.js';
export { BookingStatus, SlotStatus, SlotHolderKind, ConfirmationMode, Weekday } from './booking.enums.js';
export type { ProposalRequesterLookup } from './slot/slot-holders.js';
export { BookingError, BookingErrorCode } from './booking.errors.js';
/** The longest booking horizon an operator may set: no OPEN slot lies further ahead (search clips windows to it). */
export { MAX_ADVANCE_DAYS_LIMIT } from './slot/equipment-booking-rules.entity.js';
export { EXPIRE_HOLDS_JOB } from './booking/booking.jobs.js';
export { BookingModel } from './booking/booking.model.js';
export { DEFAULT_ELIGIBLE_KINDS, type EligibleKindsLookup } from './booking/open-access.eligibility.js';
