export { ChargeLineKind, ChargeUnit, QuoteStatus } from './billing.enums.js';
