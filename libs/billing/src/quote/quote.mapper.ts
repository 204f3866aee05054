import { formatMoney, type Bilingual } from '#core';
import { PRICE_TIER_LABELS } from '#catalog';
import { CHARGE_LINE_KIND_LABELS, CHARGE_UNIT_LABELS, ChargeLineKind, QUOTE_STATUS_LABELS } from '../billing.enums.js';
import type { QuoteLineModel, QuoteModel } from './quote.model.js';
import { quantityOf, type StoredQuote, type StoredQuoteLine } from './quote.js';

/** A line in words: "6 机时 × 560.00 元（初创企业价）" / "6 hour × 560.00 CNY (start-up price)". */
export function describeLine(line: StoredQuoteLine): Bilingual {
  const unit = CHARGE_UNIT_LABELS[line.unit];
  const tier = line.tier ? PRICE_TIER_LABELS[line.tier] : null;
  const kind = CHARGE_LINE_KIND_LABELS[line.kind];
  const quantity = quantityOf(line.quantityMilli);
  if (
    line.kind === ChargeLineKind.ADJUSTMENT ||
    line.kind === ChargeLineKind.CREDIT ||
    line.kind === ChargeLineKind.PROPOSAL
  )
    return {
      zh: `${kind.zh}${line.reason ? `：${line.reason}` : ''}`,
      en: `${kind.en}${line.reason ? `: ${line.reason}` : ''}`,
    };
  return {
    zh: `${quantity} ${unit.zh} × ${formatMoney(line.unitFen)} 元（${tier?.zh ?? kind.zh}）`,
    en: `${quantity} ${unit.en} × ${formatMoney(line.unitFen)} CNY (${tier?.en ?? kind.en})`,
  };
}

export const toQuoteLineModel = (line: StoredQuoteLine): QuoteLineModel => ({
  kind: line.kind,
  kindLabel: CHARGE_LINE_KIND_LABELS[line.kind],
  tier: line.tier,
  tierLabel: line.tier ? PRICE_TIER_LABELS[line.tier] : null,
  unit: line.unit,
  unitLabel: CHARGE_UNIT_LABELS[line.unit],
  quantity: quantityOf(line.quantityMilli),
  unitPrice: line.unitFen,
  amount: line.amountFen,
  listUnitPrice: line.listUnitFen,
  reason: line.reason,
  description: describeLine(line),
});

export const toQuoteModel = (quote: StoredQuote): QuoteModel => ({
  status: quote.status,
  statusLabel: QUOTE_STATUS_LABELS[quote.status],
  priceModel: quote.priceModel,
  tier: quote.tier,
  tierLabel: PRICE_TIER_LABELS[quote.tier],
  currency: quote.currency,
  lines: quote.lines.map(toQuoteLineModel),
  amount: quote.totalFen,
});
