export { ObligationsModule } from './obligations.module.js';
export { ObligationsService } from './obligations.service.js';
export type { ObligationImport } from './obligation/obligation.service.js';
export { ObligationError, ObligationErrorCode } from './obligations.errors.js';
export {
  ComplianceStatus,
  COMPLIANCE_STATUS_LABELS,
  ObligationBasis,
  ObligationPeriod,
  ObligationVersionKind,
} from './obligations.enums.js';
export { OBLIGATION_ALERTS_JOB } from './obligation/obligation.jobs.js';
// The calendar periods obligations are measured in (tests compute the period they expect with it).
export { DELIVERY_RECORDING_DAYS, hoursWithin, periodContaining, type Period } from './obligation/compliance.js';
