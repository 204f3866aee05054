export { BillingModule } from './billing.module.js';
export { BillingService } from './billing.service.js';
export { BillingLoaders } from './billing.loaders.js';
export type { ChargeFact, VoucherProgrammeImport } from './billing.types.js';
export type { ChargeIssue } from './charge/charge.service.js';
export { BillingError, BillingErrorCode } from './billing.errors.js';
export {
  ChargeLineKind,
  ChargeUnit,
  QuoteStatus,
  CHARGE_LINE_KIND_LABELS,
  CHARGE_UNIT_LABELS,
  QUOTE_STATUS_LABELS,
} from './billing.enums.js';
export {
  agreeOnProposal,
  buildQuote,
  quantityProblems,
  quoteFromOperator,
  COUNTED_MODELS,
  MAX_CHARGE_FEN,
  MAX_QUANTITY,
  type Adjustment,
  type QuoteRequest,
  type QuoteSlot,
  type StoredQuote,
  type StoredQuoteLine,
} from './quote/quote.js';
export { QuoteModel } from './quote/quote.model.js';
export { toQuoteModel } from './quote/quote.mapper.js';
export { ChargeModel } from './charge/charge.model.js';
export { ChargeAdjustmentInput } from './charge/dto/charge.input.js';
