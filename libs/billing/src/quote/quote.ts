import {
  CoreError,
  formatMoney,
  fromMilli,
  lineAmount,
  minutesToMilliHours,
  MoneyRangeError,
  sumFen,
  toMilli,
  type FieldError,
} from '#core';
import { appliedPrice, PriceModel, PriceTier, type Currency, type OfferingPricing } from '#catalog';
import type { OrganizationKind } from '#identity';
import { ChargeLineKind, ChargeUnit, QuoteStatus } from '../billing.enums.js';

/**
 * Quotes and the charges priced from them, as pure functions (no database): one place for how an amount is made.
 *
 * A quote prices what a booking asks for with the offering's price list (catalog pricing.ts) for the requester:
 * - HOURLY: the slots' hours, grouped into lines by price: the requester's price, the open-access price on
 *   open-access slots where it is lower, and a slot's own price where it has one (that price is the slot's, whoever
 *   books it). Hours are the slots' minutes summed per line, then thousandths of an hour rounded half up;
 * - PER_SAMPLE and PER_BATCH: the quantity asked for, at the requester's price (the open-access price when every slot
 *   asked for is open-access and it is lower); FIXED: one job at that price;
 * - QUOTE: no lines yet; the operator names the amount when confirming (`quoteFromOperator`).
 * A line's amount is unit price × quantity rounded half up to the fen; the total adds the lines (money.ts).
 */

export interface StoredQuoteLine {
  kind: ChargeLineKind;
  /** The tier whose price the line is at (null for a slot's own price, a quotation, an adjustment or a credit). */
  tier: PriceTier | null;
  unit: ChargeUnit;
  quantityMilli: number;
  unitFen: number;
  amountFen: number;
  /** SERVICE lines: the base price per unit, what the list charges without a tier (the savings a tier gives). */
  listUnitFen: number | null;
  /** Why, for adjustments and credits. */
  reason: string | null;
}

/** A quote as a booking or a proposal stores it (jsonb). */
export interface StoredQuote {
  currency: Currency;
  priceModel: PriceModel;
  status: QuoteStatus;
  /** The requester's own tier (their kind's, else BASE) and its unit price (kept in stored quotes; shown as the tier). */
  tier: PriceTier;
  tierUnitFen: number | null;
  lines: StoredQuoteLine[];
  /** Null while awaiting the operator's quotation. */
  totalFen: number | null;
}

export interface QuoteSlot {
  startsAt: Date;
  endsAt: Date;
  openAccess: boolean;
  /** The slot's own price per hour (fen), or null. */
  priceOverride: number | null;
}

export interface QuoteRequest {
  pricing: OfferingPricing;
  requesterKind: OrganizationKind | null;
  slots: readonly QuoteSlot[];
  /** Samples or batches asked for (PER_SAMPLE, PER_BATCH); 1 when not given. */
  quantity?: number;
}

const UNIT_OF_MODEL: Record<Exclude<PriceModel, PriceModel.QUOTE>, ChargeUnit> = {
  HOURLY: ChargeUnit.HOUR,
  PER_SAMPLE: ChargeUnit.SAMPLE,
  PER_BATCH: ChargeUnit.BATCH,
  FIXED: ChargeUnit.JOB,
};

/** Models priced by a quantity the requester names. */
export const COUNTED_MODELS: ReadonlySet<PriceModel> = new Set([PriceModel.PER_SAMPLE, PriceModel.PER_BATCH]);
/** At most this many samples or batches in one booking. */
export const MAX_QUANTITY = 100_000;

/** The quantity field of a request: only for counted models. */
export function quantityProblems(model: PriceModel, quantity: number | undefined | null): FieldError[] {
  if (quantity === undefined || quantity === null || COUNTED_MODELS.has(model)) return [];
  return [
    {
      field: 'quantity',
      message: `quantity applies to offerings priced PER_SAMPLE or PER_BATCH; this one is priced ${model}`,
    },
  ];
}

/** The largest amount a quote or a charge stores (their columns are numeric(14, 2)): 999 999 999 999.99 CNY. */
export const MAX_CHARGE_FEN = 99_999_999_999_999;

const storable = (fen: number): number => {
  if (Math.abs(fen) > MAX_CHARGE_FEN) throw new MoneyRangeError(`${fen} fen is more than a charge stores`);
  return fen;
};

const line = (
  kind: ChargeLineKind,
  tier: PriceTier | null,
  unit: ChargeUnit,
  quantityMilli: number,
  unitFen: number,
  listUnitFen: number | null,
  reason: string | null = null,
): StoredQuoteLine => {
  // What the same units cost at the base price is shown beside the line (a tier's savings): it must be storable too.
  if (listUnitFen !== null) storable(lineAmount(listUnitFen, quantityMilli));
  const amountFen = storable(lineAmount(unitFen, quantityMilli));
  return { kind, tier, unit, quantityMilli, unitFen, amountFen, listUnitFen, reason };
};

const total = (lines: readonly StoredQuoteLine[]) => storable(sumFen(lines.map((l) => l.amountFen)));

/**
 * Prices are capped, quantities too, but their product may still pass the largest amount a quote or charge stores
 * (10 000 samples at 100 000 000.00): that comes from what the client asked for, so it is refused naming `field`.
 */
function withinMoney<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof MoneyRangeError)) throw error;
    throw CoreError.invalidField(
      field,
      `${field} would make an amount over ${formatMoney(MAX_CHARGE_FEN)} CNY, the most a quote or charge can hold`,
    );
  }
}

/** The quote of a booking request (or of what a proposal holds), from the price list and the slots. */
export function buildQuote(request: QuoteRequest): StoredQuote {
  return withinMoney(COUNTED_MODELS.has(request.pricing.model) ? 'quantity' : 'slotIds', () => priceRequest(request));
}

function priceRequest(request: QuoteRequest): StoredQuote {
  const { pricing, requesterKind, slots } = request;
  const own = appliedPrice(pricing, requesterKind);
  const base = {
    currency: pricing.currency,
    priceModel: pricing.model,
    tier: own?.tier ?? PriceTier.BASE,
    tierUnitFen: own?.unitFen ?? null,
  };
  if (pricing.model === PriceModel.QUOTE || own === null || pricing.baseFen === null)
    return { ...base, status: QuoteStatus.AWAITING_OPERATOR_QUOTE, lines: [], totalFen: null };
  const listUnitFen = pricing.baseFen;
  let lines: StoredQuoteLine[];
  if (pricing.model === PriceModel.HOURLY) {
    // Minutes per price first, rounded to thousandths of an hour once per line.
    const buckets = new Map<
      string,
      { kind: ChargeLineKind; tier: PriceTier | null; unitFen: number; minutes: number }
    >();
    for (const slot of slots) {
      const minutes = Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000);
      const price =
        slot.priceOverride !== null
          ? { kind: ChargeLineKind.SLOT_PRICE, tier: null, unitFen: slot.priceOverride }
          : { kind: ChargeLineKind.SERVICE, ...(appliedPrice(pricing, requesterKind, slot.openAccess) ?? own) };
      const key = `${price.kind}/${price.tier}/${price.unitFen}`;
      const bucket = buckets.get(key) ?? { ...price, minutes: 0 };
      bucket.minutes += minutes;
      buckets.set(key, bucket);
    }
    lines = [...buckets.values()]
      .sort((a, b) => lineOrder(a) - lineOrder(b) || a.unitFen - b.unitFen)
      .map((b) =>
        line(
          b.kind,
          b.tier,
          ChargeUnit.HOUR,
          minutesToMilliHours(b.minutes),
          b.unitFen,
          b.kind === ChargeLineKind.SERVICE ? listUnitFen : null,
        ),
      );
  } else {
    const allOpen = slots.length > 0 && slots.every((s) => s.openAccess);
    const applied = appliedPrice(pricing, requesterKind, allOpen) ?? own;
    const count = COUNTED_MODELS.has(pricing.model) ? (request.quantity ?? 1) : 1;
    lines = [
      line(
        ChargeLineKind.SERVICE,
        applied.tier,
        UNIT_OF_MODEL[pricing.model],
        toMilli(count),
        applied.unitFen,
        listUnitFen,
      ),
    ];
  }
  return { ...base, status: QuoteStatus.PRICED, lines, totalFen: total(lines) };
}

/** Service lines first (the requester's tier, then the open-access price), then slots' own prices. */
const lineOrder = (l: { kind: ChargeLineKind; tier: PriceTier | null }) =>
  l.kind === ChargeLineKind.SLOT_PRICE ? 2 : l.tier === PriceTier.OPEN_ACCESS ? 1 : 0;

/** The operator names the amount of a booking on quotation: one line, the whole job. */
export function quoteFromOperator(quote: StoredQuote, amountFen: number): StoredQuote {
  const lines = [line(ChargeLineKind.OPERATOR_QUOTE, null, ChargeUnit.JOB, 1_000, amountFen, null)];
  return { ...quote, status: QuoteStatus.OPERATOR_QUOTED, lines, totalFen: total(lines) };
}

/**
 * A proposal's price for the whole job. The list price of what it holds stays visible line by line, and one PROPOSAL
 * line makes up the difference (a discount or a surcharge the operator offered); with nothing priced (no slots of an
 * hourly offering, an offering on quotation) the proposal's price is the one line.
 */
export function agreeOnProposal(quote: StoredQuote, priceFen: number): StoredQuote {
  const priced = quote.status === QuoteStatus.PRICED ? quote.lines.filter((l) => l.quantityMilli > 0) : [];
  const listed = total(priced);
  const lines =
    priced.length === 0
      ? [line(ChargeLineKind.PROPOSAL, null, ChargeUnit.JOB, 1_000, priceFen, null)]
      : listed === priceFen
        ? priced
        : [...priced, line(ChargeLineKind.PROPOSAL, null, ChargeUnit.JOB, 1_000, priceFen - listed, null)];
  return { ...quote, status: QuoteStatus.PROPOSED, lines, totalFen: total(lines) };
}

export interface Adjustment {
  /** Fen, positive (added) or negative (taken off). */
  amount: number;
  reason: string;
}

/** What completion charges: the lines, their sums, and what the base price would have charged for the same work. */
export interface ChargeDraft {
  lines: StoredQuoteLine[];
  /** The priced lines (everything but adjustments). */
  subtotalFen: number;
  adjustmentsFen: number;
  totalFen: number;
  /** What the same units cost at the base price: minus the priced lines' amount, what a tier saved (null: no list). */
  listFen: number | null;
  /** The units delivered (thousandths), for models priced by a quantity; null otherwise. */
  deliveredMilli: number | null;
  unit: ChargeUnit | null;
}

/**
 * The charge of a completed booking from its quote, what was delivered and the operator's adjustments:
 * - HOURLY (priced from the list): `deliveredQuantity` hours fill the quoted lines cheapest first (a booking that ran
 *   short keeps its cheapest hours);
 * - PER_SAMPLE and PER_BATCH: the delivered count replaces the count asked for, at the quoted price;
 * - FIXED, an operator's quotation or a proposal's price: the quoted amount (`deliveredQuantity` is refused: use an
 *   adjustment to change it).
 * Adjustments add lines with their reasons; the total may not be negative.
 *
 * The quote is what the requester agreed to, and the charge is issued without asking them again, so it bills at most
 * that: no more units than were booked, and adjustments (consumables, a delay's discount) within the quoted total.
 * More work is a new booking or a proposal the requester accepts.
 */
export function priceDelivery(
  quote: StoredQuote,
  deliveredQuantity: number | undefined | null,
  adjustments: readonly Adjustment[],
): ChargeDraft {
  if (quote.status === QuoteStatus.AWAITING_OPERATOR_QUOTE)
    throw CoreError.invalidField('id', 'this booking still awaits the operator’s quotation: confirm it with one first');
  const priced = quote.status === QuoteStatus.PRICED && quote.priceModel !== PriceModel.FIXED;
  const given = deliveredQuantity !== undefined && deliveredQuantity !== null;
  if (given && !priced) {
    throw CoreError.invalidField(
      'deliveredQuantity',
      'deliveredQuantity applies to hourly, per-sample and per-batch prices from the price list; change a fixed, quoted or proposed price with an adjustment',
    );
  }
  let lines = quote.lines.map((l) => ({ ...l }));
  if (given) {
    const delivered = toMilli(deliveredQuantity);
    if (quote.priceModel !== PriceModel.HOURLY && delivered % 1_000 !== 0)
      throw CoreError.invalidField(
        'deliveredQuantity',
        'deliveredQuantity must be a whole number of samples or batches',
      );
    const booked = sumQuantity(serviceLines(lines));
    if (delivered > booked) {
      const unit = quote.priceModel === PriceModel.HOURLY ? 'hours' : 'samples or batches';
      throw CoreError.invalidField(
        'deliveredQuantity',
        `deliveredQuantity must be at most ${fromMilli(booked)}, the ${unit} booked: more work is a new booking or a proposal the requester accepts`,
      );
    }
    lines = quote.priceModel === PriceModel.HOURLY ? fillHours(lines, delivered) : recount(lines, delivered);
  }
  const adjustmentLines = adjustments.map((a) =>
    line(ChargeLineKind.ADJUSTMENT, null, ChargeUnit.JOB, 1_000, a.amount, null, a.reason),
  );
  const subtotalFen = total(lines);
  const adjustmentsFen = withinMoney('adjustments', () => total(adjustmentLines));
  const totalFen = withinMoney('adjustments', () => storable(sumFen([subtotalFen, adjustmentsFen])));
  if (totalFen < 0) {
    throw CoreError.invalidField(
      'adjustments',
      `adjustments take ${formatMoney(-adjustmentsFen)} CNY off a charge of ${formatMoney(subtotalFen)} CNY: a charge cannot be negative`,
    );
  }
  const quotedFen = quote.totalFen as number;
  if (totalFen > quotedFen) {
    throw CoreError.invalidField(
      'adjustments',
      `adjustments would bill ${formatMoney(totalFen)} CNY, more than the ${formatMoney(quotedFen)} CNY the requester booked at: more work is a new booking or a proposal the requester accepts`,
    );
  }
  const service = serviceLines(lines);
  const listFen = listAmount(quote, lines);
  const countedUnit = quote.status === QuoteStatus.PRICED && quote.priceModel !== PriceModel.FIXED;
  return {
    lines: [...lines, ...adjustmentLines],
    subtotalFen,
    adjustmentsFen,
    totalFen,
    listFen,
    deliveredMilli: countedUnit ? sumQuantity(service) : null,
    unit: countedUnit ? (service[0]?.unit ?? null) : null,
  };
}

const serviceLines = (lines: readonly StoredQuoteLine[]) =>
  lines.filter((l) => l.kind === ChargeLineKind.SERVICE || l.kind === ChargeLineKind.SLOT_PRICE);

/** What the priced lines' units cost at the base price (null: no price list). */
const listAmount = (quote: StoredQuote, lines: readonly StoredQuoteLine[]): number | null =>
  quote.status === QuoteStatus.PRICED
    ? storable(sumFen(serviceLines(lines).map((l) => lineAmount(l.listUnitFen ?? l.unitFen, l.quantityMilli))))
    : null;

function fillHours(lines: StoredQuoteLine[], deliveredMilli: number): StoredQuoteLine[] {
  let remaining = deliveredMilli;
  const filled = [...lines]
    .sort((a, b) => a.unitFen - b.unitFen)
    .map((l) => {
      const take = Math.min(remaining, l.quantityMilli);
      remaining -= take;
      return { ...l, quantityMilli: take, amountFen: lineAmount(l.unitFen, take) };
    });
  return lines
    .map(
      (l) => filled.find((f) => f.kind === l.kind && f.tier === l.tier && f.unitFen === l.unitFen) as StoredQuoteLine,
    )
    .filter((l) => l.quantityMilli > 0);
}

function recount(lines: StoredQuoteLine[], deliveredMilli: number): StoredQuoteLine[] {
  return lines.map((l) =>
    l.kind === ChargeLineKind.SERVICE
      ? { ...l, quantityMilli: deliveredMilli, amountFen: lineAmount(l.unitFen, deliveredMilli) }
      : l,
  );
}

const sumQuantity = (lines: readonly StoredQuoteLine[]) => lines.reduce((sum, l) => sum + l.quantityMilli, 0);

/** A quantity in thousandths as the API shows it (1 500 → 1.5). */
export const quantityOf = (milli: number) => fromMilli(milli);
