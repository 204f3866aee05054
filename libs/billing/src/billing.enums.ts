import { registerLabelledEnum, type LabelTable } from '#core';

/** What a line of a quote or a charge is. */
export enum ChargeLineKind {
  /** Units at a price of the offering's list (the requester's tier, the base or the open-access price). */
  SERVICE = 'SERVICE',
  /** Hours of a slot that carries its own price. */
  SLOT_PRICE = 'SLOT_PRICE',
  /** The amount the operator named for an offering priced on quotation. */
  OPERATOR_QUOTE = 'OPERATOR_QUOTE',
  /** The price a proposal agreed on, or its difference from the list price of what it holds. */
  PROPOSAL = 'PROPOSAL',
  /** Added or taken off by the operator at completion, with a reason. */
  ADJUSTMENT = 'ADJUSTMENT',
  /** Taken off an issued charge afterwards, with a reason: the only way a charge changes. */
  CREDIT = 'CREDIT',
}
export const CHARGE_LINE_KIND_LABELS: LabelTable<ChargeLineKind> = {
  SERVICE: { zh: '服务费', en: 'service' },
  SLOT_PRICE: { zh: '时段定价', en: 'slot price' },
  OPERATOR_QUOTE: { zh: '运营方报价', en: 'operator’s quotation' },
  PROPOSAL: { zh: '方案报价', en: 'proposal price' },
  ADJUSTMENT: { zh: '调整', en: 'adjustment' },
  CREDIT: { zh: '冲减', en: 'credit' },
};

/** What a line counts. */
export enum ChargeUnit {
  HOUR = 'HOUR',
  SAMPLE = 'SAMPLE',
  BATCH = 'BATCH',
  JOB = 'JOB',
}
export const CHARGE_UNIT_LABELS: LabelTable<ChargeUnit> = {
  HOUR: { zh: '机时', en: 'hour' },
  SAMPLE: { zh: '样品', en: 'sample' },
  BATCH: { zh: '批次', en: 'batch' },
  JOB: { zh: '项', en: 'job' },
};

/** Where a quote's amount comes from. */
export enum QuoteStatus {
  /** From the offering's price list. */
  PRICED = 'PRICED',
  /** On quotation: the operator names the amount when confirming. */
  AWAITING_OPERATOR_QUOTE = 'AWAITING_OPERATOR_QUOTE',
  /** The operator named the amount. */
  OPERATOR_QUOTED = 'OPERATOR_QUOTED',
  /** Agreed through a proposal to a pilot request. */
  PROPOSED = 'PROPOSED',
}
export const QUOTE_STATUS_LABELS: LabelTable<QuoteStatus> = {
  PRICED: { zh: '按价目表计价', en: 'priced from the price list' },
  AWAITING_OPERATOR_QUOTE: { zh: '待运营方报价', en: 'awaiting the operator’s quotation' },
  OPERATOR_QUOTED: { zh: '运营方已报价', en: 'quoted by the operator' },
  PROPOSED: { zh: '按方案报价', en: 'agreed in a proposal' },
};

registerLabelledEnum(ChargeLineKind, CHARGE_LINE_KIND_LABELS, { name: 'ChargeLineKind' });
registerLabelledEnum(ChargeUnit, CHARGE_UNIT_LABELS, { name: 'ChargeUnit' });
registerLabelledEnum(QuoteStatus, QUOTE_STATUS_LABELS, { name: 'QuoteStatus' });
