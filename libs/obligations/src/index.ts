export { ObligationsModule } from './obligations.module.js';
export { ObligationService } from './obligation/obligation.service.js';
export { OBLIGATION_ALERTS_JOB } from './obligation/obligation.jobs.js';
export { ComplianceStatus, ObligationBasis, ObligationPeriod } from './obligations.enums.js';
export { computeCompliance, periodContaining } from './obligation/compliance.js';
