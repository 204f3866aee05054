import { describe, expect, it } from '@jest/globals';
import { CoreError } from '#core';
import { Currency, PriceModel, PriceTier, type OfferingPricing } from '#catalog';
import { OrganizationKind } from '#identity';
import { ChargeLineKind, ChargeUnit, QuoteStatus } from '../billing.enums.js';
import {
  agreeOnProposal,
  buildQuote,
  priceDelivery,
  quantityProblems,
  quoteFromOperator,
  type QuoteSlot,
} from './quote.js';

// A leading enterprise's line: 800.00 CNY per hour; start-ups 30 % off (560.00), universities pay 700.00, and its
// obligated open-access hours cost 300.00.
const hourly: OfferingPricing = {
  model: PriceModel.HOURLY,
  baseFen: 80_000,
  currency: Currency.CNY,
  tiers: [
    { tier: PriceTier.STARTUP, amountFen: null, discountBasisPoints: 3_000 },
    { tier: PriceTier.UNIVERSITY, amountFen: 70_000, discountBasisPoints: null },
    { tier: PriceTier.OPEN_ACCESS, amountFen: 30_000, discountBasisPoints: null },
  ],
};

const at = (hour: number) => new Date(Date.UTC(2027, 2, 1, hour));
const slot = (from: number, to: number, openAccess = false, priceOverride: number | null = null): QuoteSlot => ({
  startsAt: at(from),
  endsAt: at(to),
  openAccess,
  priceOverride,
});

const brief = (lines: ReadonlyArray<{ kind: string; tier: string | null; quantityMilli: number; amountFen: number }>) =>
  lines.map((l) => `${l.kind}/${l.tier}: ${l.quantityMilli / 1000} = ${l.amountFen}`);

/** The fields a refusal names, or 'accepted'. */
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CoreError).details.fields;
  }
  return 'accepted';
};

describe('buildQuote', () => {
  it('prices a start-up’s hours at its tier, open-access hours at the lower open-access price, a slot at its own price', () => {
    const quote = buildQuote({
      pricing: hourly,
      requesterKind: OrganizationKind.STARTUP,
      // 4 h regular + 2 h regular + 3 h open access + 1.5 h at the slot's own 1 000.00
      slots: [
        slot(0, 4),
        slot(4, 6),
        slot(6, 9, true),
        { ...slot(9, 10), endsAt: new Date(at(10).getTime() + 1_800_000), priceOverride: 100_000 },
      ],
    });
    expect(quote).toMatchObject({ status: QuoteStatus.PRICED, tier: PriceTier.STARTUP, tierUnitFen: 56_000 });
    expect(brief(quote.lines)).toEqual([
      'SERVICE/STARTUP: 6 = 336000', // 6 h × 560.00
      'SERVICE/OPEN_ACCESS: 3 = 90000', // 3 h × 300.00
      'SLOT_PRICE/null: 1.5 = 150000', // 1.5 h × 1 000.00
    ]);
    expect(quote.lines.map((l) => l.listUnitFen)).toEqual([80_000, 80_000, null]);
    expect(quote.totalFen).toBe(576_000);
  });

  it('keeps a requester’s own price on open-access hours when it is already lower', () => {
    const cheap = {
      ...hourly,
      tiers: [...hourly.tiers, { tier: PriceTier.SME, amountFen: 20_000, discountBasisPoints: null }],
    };
    const quote = buildQuote({ pricing: cheap, requesterKind: OrganizationKind.SME, slots: [slot(0, 2, true)] });
    expect(brief(quote.lines)).toEqual(['SERVICE/SME: 2 = 40000']);
  });

  it('charges kinds without a tier, and callers of no kind, the base price', () => {
    for (const kind of [OrganizationKind.LARGE_ENTERPRISE, OrganizationKind.GOVERNMENT, null]) {
      const quote = buildQuote({ pricing: hourly, requesterKind: kind, slots: [slot(0, 2)] });
      expect({ kind, lines: brief(quote.lines), tier: quote.tier }).toEqual({
        kind,
        lines: ['SERVICE/BASE: 2 = 160000'],
        tier: PriceTier.BASE,
      });
    }
  });

  it('rounds hours of odd slots per line, half up: 20 minutes is 0.333 h', () => {
    const quote = buildQuote({
      pricing: { ...hourly, baseFen: 10_000, tiers: [] },
      requesterKind: null,
      slots: [{ ...slot(0, 0), endsAt: new Date(at(0).getTime() + 20 * 60_000) }],
    });
    expect(brief(quote.lines)).toEqual(['SERVICE/BASE: 0.333 = 3330']);
  });

  it('prices samples and batches by the quantity asked, a fixed price once, and open access only when every slot is', () => {
    const perSample: OfferingPricing = { ...hourly, model: PriceModel.PER_SAMPLE, baseFen: 1_250 };
    // 12.50 per sample, start-ups 30 % off = 8.75; 7 samples = 61.25
    const samples = buildQuote({ pricing: perSample, requesterKind: OrganizationKind.STARTUP, slots: [], quantity: 7 });
    expect(brief(samples.lines)).toEqual(['SERVICE/STARTUP: 7 = 6125']);
    expect(samples.lines[0].unit).toBe(ChargeUnit.SAMPLE);
    const open = buildQuote({
      pricing: perSample,
      requesterKind: OrganizationKind.STARTUP,
      slots: [slot(0, 1, true)],
      quantity: 2,
    });
    expect(brief(open.lines)).toEqual(['SERVICE/STARTUP: 2 = 1750']); // 300.00 open access is dearer than 8.75
    const mixed = buildQuote({
      pricing: { ...hourly, model: PriceModel.PER_BATCH },
      requesterKind: null,
      slots: [slot(0, 1, true), slot(1, 2)],
      quantity: 2,
    });
    expect(brief(mixed.lines)).toEqual(['SERVICE/BASE: 2 = 160000']);
    const allOpen = buildQuote({
      pricing: { ...hourly, model: PriceModel.PER_BATCH },
      requesterKind: null,
      slots: [slot(0, 1, true)],
    });
    expect(brief(allOpen.lines)).toEqual(['SERVICE/OPEN_ACCESS: 1 = 30000']);
    const fixed = buildQuote({
      pricing: { ...hourly, model: PriceModel.FIXED },
      requesterKind: OrganizationKind.UNIVERSITY,
      slots: [slot(0, 8)],
    });
    expect(brief(fixed.lines)).toEqual(['SERVICE/UNIVERSITY: 1 = 70000']);
    expect(fixed.lines[0].unit).toBe(ChargeUnit.JOB);
  });

  it('leaves an offering on quotation to the operator, who names one amount for the job', () => {
    const pricing: OfferingPricing = { model: PriceModel.QUOTE, baseFen: null, currency: Currency.CNY, tiers: [] };
    const quote = buildQuote({ pricing, requesterKind: OrganizationKind.STARTUP, slots: [slot(0, 4)] });
    expect(quote).toMatchObject({ status: QuoteStatus.AWAITING_OPERATOR_QUOTE, lines: [], totalFen: null });
    const quoted = quoteFromOperator(quote, 1_234_550);
    expect(quoted).toMatchObject({ status: QuoteStatus.OPERATOR_QUOTED, totalFen: 1_234_550 });
    expect(brief(quoted.lines)).toEqual(['OPERATOR_QUOTE/null: 1 = 1234550']);
  });

  it('refuses a quantity for offerings not priced by one, naming the field', () => {
    expect(quantityProblems(PriceModel.HOURLY, 3)).toEqual([
      { field: 'quantity', message: expect.stringMatching(/PER_SAMPLE or PER_BATCH/) },
    ]);
    expect(quantityProblems(PriceModel.PER_BATCH, 3)).toEqual([]);
    expect(quantityProblems(PriceModel.FIXED, undefined)).toEqual([]);
  });

  it('refuses a quantity whose amount, or its amount at the base price, is more than a charge stores', () => {
    const dearest = (tiers: OfferingPricing['tiers']): OfferingPricing => ({
      model: PriceModel.PER_SAMPLE,
      baseFen: 10_000_000_000,
      currency: Currency.CNY,
      tiers,
    });
    const quote = (pricing: OfferingPricing, quantity: number) =>
      buildQuote({ pricing, requesterKind: OrganizationKind.STARTUP, slots: [slot(9, 10)], quantity });
    const overMax = [{ field: 'quantity', message: expect.stringMatching(/over 999999999999\.99 CNY/) }];
    expect(quote(dearest([]), 9_999).totalFen).toBe(9_999 * 10_000_000_000);
    expect(refusal(() => quote(dearest([]), 10_000))).toEqual(overMax);
    // Half price for start-ups would fit; what the same samples cost at the base price (the tier's savings) would not.
    const halfOff = dearest([{ tier: PriceTier.STARTUP, amountFen: null, discountBasisPoints: 5_000 }]);
    expect(refusal(() => quote(halfOff, 15_000))).toEqual(overMax);
  });
});

describe('agreeOnProposal', () => {
  it('keeps the list price line by line and makes up the difference in one PROPOSAL line', () => {
    const listed = buildQuote({ pricing: hourly, requesterKind: OrganizationKind.STARTUP, slots: [slot(0, 4)] });
    const agreed = agreeOnProposal(listed, 200_000);
    expect(brief(agreed.lines)).toEqual(['SERVICE/STARTUP: 4 = 224000', 'PROPOSAL/null: 1 = -24000']);
    expect(agreed).toMatchObject({ status: QuoteStatus.PROPOSED, totalFen: 200_000 });
    expect(brief(agreeOnProposal(listed, 224_000).lines)).toEqual(['SERVICE/STARTUP: 4 = 224000']);
  });

  it('is one line when nothing is priced: no slots held, or an offering on quotation', () => {
    const empty = buildQuote({ pricing: hourly, requesterKind: null, slots: [] });
    expect(brief(agreeOnProposal(empty, 5_000_000).lines)).toEqual(['PROPOSAL/null: 1 = 5000000']);
  });
});

describe('priceDelivery', () => {
  const startupQuote = buildQuote({
    pricing: hourly,
    requesterKind: OrganizationKind.STARTUP,
    slots: [slot(0, 6), slot(6, 9, true)], // 6 h at 560.00, 3 h open access at 300.00
  });

  it('charges what was quoted when nothing else is said', () => {
    const charge = priceDelivery(startupQuote, undefined, []);
    expect(charge).toMatchObject({ subtotalFen: 426_000, adjustmentsFen: 0, totalFen: 426_000, deliveredMilli: 9_000 });
    // The list price of the same hours: 9 h × 800.00 = 7 200.00; the tier and open access saved 2 940.00.
    expect(charge.listFen).toBe(720_000);
  });

  it('fills delivered hours cheapest first when a run fell short', () => {
    const charge = priceDelivery(startupQuote, 5, []);
    expect(brief(charge.lines)).toEqual(['SERVICE/STARTUP: 2 = 112000', 'SERVICE/OPEN_ACCESS: 3 = 90000']);
    expect(charge.totalFen).toBe(202_000);
  });

  it('refuses more hours or samples than were booked, naming deliveredQuantity', () => {
    expect(refusal(() => priceDelivery(startupQuote, 9.001, []))).toEqual([
      { field: 'deliveredQuantity', message: expect.stringMatching(/at most 9, the hours booked/) },
    ]);
    expect(priceDelivery(startupQuote, 9, []).totalFen).toBe(426_000);
    const samples = buildQuote({
      pricing: { ...hourly, model: PriceModel.PER_SAMPLE },
      requesterKind: null,
      slots: [],
      quantity: 10,
    });
    expect(refusal(() => priceDelivery(samples, 11, []))).toEqual([
      { field: 'deliveredQuantity', message: expect.stringMatching(/at most 10, the samples or batches booked/) },
    ]);
  });

  it('adds adjustments with their reasons, and refuses a negative total or one past the quote naming adjustments', () => {
    const charge = priceDelivery(startupQuote, 8, [
      { amount: 35_050, reason: '追加耗材' },
      { amount: -10_000, reason: '延误补偿' },
    ]);
    // 8 of 9 hours: 3 open-access at 300.00 and 5 at 560.00 = 370 000, then 25 050 of adjustments, under 426 000.
    expect(charge).toMatchObject({ subtotalFen: 370_000, adjustmentsFen: 25_050, totalFen: 395_050 });
    expect(charge.lines.slice(-2).map((l) => [l.kind, l.amountFen, l.reason])).toEqual([
      [ChargeLineKind.ADJUSTMENT, 35_050, '追加耗材'],
      [ChargeLineKind.ADJUSTMENT, -10_000, '延误补偿'],
    ]);
    const refused = (() => {
      try {
        priceDelivery(startupQuote, undefined, [{ amount: -426_001, reason: '全免' }]);
      } catch (error) {
        return error;
      }
    })() as CoreError;
    expect(refused.details.fields?.[0].field).toBe('adjustments');
    expect(() => priceDelivery(startupQuote, undefined, [{ amount: 1, reason: '加急' }])).toThrow(
      /more than the 4260\.00 CNY the requester booked at/,
    );
    expect(priceDelivery(startupQuote, 8, [{ amount: 56_000, reason: '耗材' }]).totalFen).toBe(426_000);
  });

  it('recounts samples, and refuses fractions of them and quantities for fixed, quoted or proposed prices', () => {
    const samples = buildQuote({
      pricing: { ...hourly, model: PriceModel.PER_SAMPLE },
      requesterKind: null,
      slots: [],
      quantity: 10,
    });
    expect(brief(priceDelivery(samples, 8, []).lines)).toEqual(['SERVICE/BASE: 8 = 640000']);
    const field = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as CoreError).details.fields?.[0].field;
      }
      return 'accepted';
    };
    expect(field(() => priceDelivery(samples, 8.5, []))).toBe('deliveredQuantity');
    const fixed = buildQuote({ pricing: { ...hourly, model: PriceModel.FIXED }, requesterKind: null, slots: [] });
    expect(field(() => priceDelivery(fixed, 1, []))).toBe('deliveredQuantity');
    expect(field(() => priceDelivery(agreeOnProposal(startupQuote, 100_000), 4, []))).toBe('deliveredQuantity');
    const awaiting = buildQuote({
      pricing: { model: PriceModel.QUOTE, baseFen: null, currency: Currency.CNY, tiers: [] },
      requesterKind: null,
      slots: [],
    });
    expect(field(() => priceDelivery(awaiting, undefined, []))).toBe('id');
    expect(priceDelivery(quoteFromOperator(awaiting, 99_999), undefined, [])).toMatchObject({
      totalFen: 99_999,
      listFen: null,
      deliveredMilli: null,
    });
  });
});
