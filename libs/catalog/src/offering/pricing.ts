import {
  basisPointsToPercent,
  discounted,
  FEN_PER_YUAN,
  formatMoney,
  percentToBasisPoints,
  type FieldError,
} from '#core';
import { OrganizationKind } from '#identity';
import { PRICE_TIER_LABELS, PriceModel, PriceTier, type Currency } from '../catalog.enums.js';

/**
 * An offering's price list and the one rule for who pays what. Amounts are integer fen (money.ts).
 *
 * - The base price (`baseFen`, per hour, sample, batch or job as the model says) is what anyone pays without a tier.
 * - A tier gives a requester kind (STARTUP, SME, UNIVERSITY, RESEARCH_INSTITUTE, LARGE_ENTERPRISE) its own price, as
 *   an amount or as a discount off the base price (rounded half up to the fen). A kind without a tier pays the base.
 * - OPEN_ACCESS is the price a platform under an open-access obligation promises outsiders for its open-access
 *   capacity: on those slots a requester pays the lower of it and their own price.
 * - QUOTE offerings have no list price: the operator names the amount when confirming a booking.
 */

/** A tier as stored (jsonb on service_offering): exactly one of the amount and the discount is set. */
export interface StoredPriceTier {
  tier: PriceTier;
  amountFen: number | null;
  discountBasisPoints: number | null;
}

export interface OfferingPricing {
  model: PriceModel;
  /** Null for QUOTE. */
  baseFen: number | null;
  currency: Currency;
  tiers: readonly StoredPriceTier[];
}

/** The price one requester pays per unit, and the tier it comes from. */
export interface AppliedPrice {
  tier: PriceTier;
  unitFen: number;
}

/** The highest unit price a list may hold: 100 000 000 CNY (a pilot line's batch, not a typo for it). */
export const MAX_UNIT_PRICE_YUAN = 100_000_000;

/** Tiers an operator may set: the requester kinds that book, and the open-access price. */
export const SETTABLE_TIERS: readonly PriceTier[] = [
  PriceTier.STARTUP,
  PriceTier.SME,
  PriceTier.UNIVERSITY,
  PriceTier.RESEARCH_INSTITUTE,
  PriceTier.LARGE_ENTERPRISE,
  PriceTier.OPEN_ACCESS,
];

const TIER_OF_KIND: Record<OrganizationKind, PriceTier> = {
  STARTUP: PriceTier.STARTUP,
  SME: PriceTier.SME,
  UNIVERSITY: PriceTier.UNIVERSITY,
  RESEARCH_INSTITUTE: PriceTier.RESEARCH_INSTITUTE,
  LARGE_ENTERPRISE: PriceTier.LARGE_ENTERPRISE,
  // Authorities book rarely and have no tier of their own: they pay the base price, as anonymous visitors see it.
  GOVERNMENT: PriceTier.BASE,
};

/** The tier of a requester kind (BASE for none: anonymous visitors, site admins, authorities). */
export const tierOfKind = (kind: OrganizationKind | null | undefined): PriceTier =>
  kind ? TIER_OF_KIND[kind] : PriceTier.BASE;

/** A tier's unit price (the base price where the list has no such tier); null for QUOTE. */
export function tierUnitPrice(pricing: OfferingPricing, tier: PriceTier): number | null {
  if (pricing.model === PriceModel.QUOTE || pricing.baseFen === null) return null;
  const stored = tier === PriceTier.BASE ? undefined : pricing.tiers.find((t) => t.tier === tier);
  if (!stored) return pricing.baseFen;
  return stored.amountFen ?? discounted(pricing.baseFen, stored.discountBasisPoints ?? 0);
}

/**
 * What a requester of `kind` pays per unit: their tier's price if the list has one, else the base price; on
 * open-access capacity the open-access price when it is lower. Null for QUOTE offerings.
 */
export function appliedPrice(
  pricing: OfferingPricing,
  kind: OrganizationKind | null | undefined,
  openAccess = false,
): AppliedPrice | null {
  const kindTier = tierOfKind(kind);
  const hasOwn = pricing.tiers.some((t) => t.tier === kindTier);
  const ownTier = hasOwn ? kindTier : PriceTier.BASE;
  const own = tierUnitPrice(pricing, ownTier);
  if (own === null) return null;
  if (openAccess && pricing.tiers.some((t) => t.tier === PriceTier.OPEN_ACCESS)) {
    const open = tierUnitPrice(pricing, PriceTier.OPEN_ACCESS) as number;
    if (open < own) return { tier: PriceTier.OPEN_ACCESS, unitFen: open };
  }
  return { tier: ownTier, unitFen: own };
}

/** Tiers as the API shows them: each with its unit price and, when set as a discount, the percentage. */
export function describeTiers(
  pricing: OfferingPricing,
): Array<{ tier: PriceTier; unitFen: number | null; discountPercent: number | null }> {
  return SETTABLE_TIERS.flatMap((tier) => {
    const stored = pricing.tiers.find((t) => t.tier === tier);
    if (!stored) return [];
    return [
      {
        tier,
        unitFen: tierUnitPrice(pricing, tier),
        discountPercent: stored.discountBasisPoints === null ? null : basisPointsToPercent(stored.discountBasisPoints),
      },
    ];
  });
}

/** A tier as a client sends it: an amount (fen, from the Money scalar) or a discount percentage. */
export interface PriceTierDraft {
  tier: PriceTier;
  amount?: number | null;
  discountPercent?: number | null;
}

/**
 * What is wrong with a price list, each problem naming its field under `field` (`pricing.tiers.1.tier`): an amount
 * missing or present against the model, a tier for QUOTE, a tier given twice, both or neither of amount and discount,
 * the BASE tier (that is `amount`), an open-access price above the base price. Ranges of single values are the
 * input classes' (IsMoney, IsPercent).
 */
export function pricingProblems(
  pricing: { model: PriceModel; amount?: number | null; tiers?: readonly PriceTierDraft[] },
  field: string,
): FieldError[] {
  const problems: FieldError[] = [];
  const tiers = pricing.tiers ?? [];
  const hasAmount = pricing.amount !== undefined && pricing.amount !== null;
  if (pricing.model === PriceModel.QUOTE) {
    if (hasAmount)
      problems.push({ field: `${field}.amount`, message: 'amount must be absent when the price model is QUOTE' });
    if (tiers.length)
      problems.push({
        field: `${field}.tiers`,
        message: 'tiers must be empty when the price model is QUOTE: there is no list price to tier',
      });
    return problems;
  }
  if (!hasAmount)
    problems.push({ field: `${field}.amount`, message: `amount is required for the ${pricing.model} price model` });
  const seen = new Set<PriceTier>();
  tiers.forEach((t, index) => {
    const at = `${field}.tiers.${index}`;
    if (t.tier === PriceTier.BASE) {
      problems.push({ field: `${at}.tier`, message: 'tier BASE is the base price: set it as pricing.amount' });
    } else if (seen.has(t.tier)) {
      problems.push({
        field: `${at}.tier`,
        message: `tier ${t.tier} (${PRICE_TIER_LABELS[t.tier].en}) is given twice: each tier has one price`,
      });
    }
    seen.add(t.tier);
    const amount = t.amount !== undefined && t.amount !== null;
    const discount = t.discountPercent !== undefined && t.discountPercent !== null;
    if (amount === discount) {
      problems.push({ field: `${at}.amount`, message: 'give either amount or discountPercent for a tier, not both' });
    } else if (
      t.tier === PriceTier.OPEN_ACCESS &&
      amount &&
      hasAmount &&
      (t.amount as number) > (pricing.amount as number)
    ) {
      problems.push({
        field: `${at}.amount`,
        message: `the open-access price may not exceed the base price (${formatMoney(pricing.amount as number)} CNY)`,
      });
    }
  });
  return problems;
}

/** Drafts (checked by pricingProblems) → stored tiers, in SETTABLE_TIERS order. */
export function toStoredTiers(tiers: readonly PriceTierDraft[]): StoredPriceTier[] {
  return [...tiers]
    .sort((a, b) => SETTABLE_TIERS.indexOf(a.tier) - SETTABLE_TIERS.indexOf(b.tier))
    .map((t) => ({
      tier: t.tier,
      amountFen: t.amount ?? null,
      discountBasisPoints:
        t.discountPercent === undefined || t.discountPercent === null ? null : percentToBasisPoints(t.discountPercent),
    }));
}

export const MAX_UNIT_PRICE_FEN = MAX_UNIT_PRICE_YUAN * FEN_PER_YUAN;

/** The price list of a stored offering. */
export const pricingOf = (offering: {
  priceModel: PriceModel;
  priceFen: number | null;
  currency: Currency;
  priceTiers: readonly StoredPriceTier[];
}): OfferingPricing => ({
  model: offering.priceModel,
  baseFen: offering.priceFen,
  currency: offering.currency,
  tiers: offering.priceTiers,
});
