import { sumFen } from '#core';
import { PRICE_TIER_LABELS } from '#catalog';
import { ChargeLineKind } from '../billing.enums.js';
import { toQuoteLineModel } from '../quote/quote.mapper.js';
import type { StoredQuoteLine } from '../quote/quote.js';
import type { ChargeLineEntity } from './charge-line.entity.js';
import type { ChargeEntity } from './charge.entity.js';
import type { ChargeLineModel, ChargeModel } from './charge.model.js';

/** A stored line as the quote's line type (the pricing rules' shape). */
export const asQuoteLine = (line: ChargeLineEntity): StoredQuoteLine => ({
  kind: line.kind,
  tier: line.tier,
  unit: line.unit,
  quantityMilli: Math.round(line.quantity * 1000),
  unitFen: line.unitPrice,
  amountFen: line.amount,
  listUnitFen: line.listUnitPrice,
  reason: line.reason,
});

export const toChargeLineModel = (line: ChargeLineEntity): ChargeLineModel => ({
  ...toQuoteLineModel(asQuoteLine(line)),
  seq: line.seq,
  createdAt: line.createdAt,
});

/** Credited so far: the credit lines' amounts, as a positive sum. */
export const creditedOf = (lines: readonly ChargeLineEntity[]) =>
  -sumFen(lines.filter((l) => l.kind === ChargeLineKind.CREDIT).map((l) => l.amount));

export function toChargeModel(charge: ChargeEntity, lines: readonly ChargeLineEntity[], covered: number): ChargeModel {
  const credited = creditedOf(lines);
  const net = charge.total - credited;
  return {
    id: charge.id,
    bookingId: charge.bookingId,
    offeringId: charge.offeringId,
    offeringTitle: charge.offeringTitle,
    platformId: charge.platformId,
    operatorOrganizationId: charge.operatorOrganizationId,
    requesterOrganizationId: charge.requesterOrganizationId,
    requesterKind: charge.requesterKind,
    serviceType: charge.serviceType,
    priceModel: charge.priceModel,
    tier: charge.tier,
    tierLabel: PRICE_TIER_LABELS[charge.tier],
    currency: charge.currency,
    deliveredQuantity: charge.deliveredQuantity,
    unit: charge.unit,
    lines: lines.map(toChargeLineModel),
    subtotal: charge.subtotal,
    adjustmentsTotal: charge.adjustmentsTotal,
    total: charge.total,
    credited,
    net,
    listAmount: charge.listAmount,
    tierSavings: charge.listAmount === null ? null : charge.listAmount - charge.subtotal,
    voucherProgrammeId: charge.voucherProgrammeId,
    voucherCovered: covered,
    payableByRequester: net - covered,
    issuedAt: charge.createdAt,
  };
}
