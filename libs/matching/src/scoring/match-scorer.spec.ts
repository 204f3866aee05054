import { describe, expect, it } from '@jest/globals';
import { Accreditation, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';
import { MatchFactor, PilotRequestKind } from '../matching.enums.js';
import { haversineKm, MATCH_WEIGHTS, scoreCandidates, type CandidateFacts, type RequestFacts } from './match-scorer.js';

const now = new Date('2026-03-01T00:00:00Z');
const request: RequestFacts = {
  kind: PilotRequestKind.SCALE_UP,
  serviceTypes: [ServiceType.SCALE_UP],
  industryDirection: IndustryDirection.RAW_MATERIALS,
  keyDomains: [KeyDomain.ADVANCED_MATERIALS],
  windowFrom: new Date('2026-03-10T00:00:00Z'),
  windowTo: new Date('2026-06-01T00:00:00Z'),
  budgetMax: 30_000_000, // fen
  preferredProvinces: ['32'],
  location: { lat: 31.3, lng: 120.6 },
  requiredAccreditations: [Accreditation.CNAS],
  scale: null,
};
const candidate = (overrides: Partial<CandidateFacts>): CandidateFacts => ({
  offeringId: 'a',
  textScore: 0.8,
  textEvidence: 1,
  textCoverage: 1,
  serviceType: ServiceType.SCALE_UP,
  industryDirection: IndustryDirection.RAW_MATERIALS,
  keyDomains: [KeyDomain.ADVANCED_MATERIALS],
  province: '32',
  location: { lat: 31.8, lng: 119.9 },
  priceModel: 'PER_BATCH',
  priceAmount: 12_000_000,
  leadTimeDays: 14,
  accreditations: [Accreditation.CNAS, Accreditation.CMA],
  platformLevel: PlatformLevel.NATIONAL,
  ratingAverage: 4.8,
  ratingCount: 12,
  openSlotsInWindow: 3,
  response: { answered: 9, total: 10 },
  ...overrides,
});

describe('scoreCandidates', () => {
  it('has weights that sum to 1', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('drops candidates missing a required accreditation (a hard filter, not a weight)', () => {
    const ranked = scoreCandidates(
      request,
      [candidate({ offeringId: 'no-cnas', accreditations: [Accreditation.CMA] }), candidate({ offeringId: 'cnas' })],
      now,
    );
    expect(ranked.map((m) => m.offeringId)).toEqual(['cnas']);
  });

  it('explains every factor in both languages, and the score is the weighted sum of the factor scores times the need’s fit', () => {
    const [match] = scoreCandidates(request, [candidate({ textEvidence: 0.3 })], now);
    expect(match.reasons.map((r) => r.factor).sort()).toEqual(Object.values(MatchFactor).sort());
    expect(match.reasons.every((r) => r.detail.zh.length > 0 && r.detail.en.length > 0)).toBe(true);
    const fit = match.reasons.find((r) => r.factor === MatchFactor.NEED_FIT);
    expect(fit?.weight).toBe(0);
    expect(fit?.score).toBeLessThan(1);
    expect(match.score).toBeCloseTo(
      (fit?.score ?? 0) * match.reasons.reduce((total, r) => total + r.weight * r.score, 0),
      3,
    );
    expect(match.reasons.find((r) => r.factor === MatchFactor.CAPACITY_IN_WINDOW)?.detail.en).toBe(
      '3 free slots inside your window',
    );
  });

  it('ranks the fitting offering above one of another type, over budget, far away and slow', () => {
    const ranked = scoreCandidates(
      request,
      [
        candidate({
          offeringId: 'poor',
          serviceType: ServiceType.TYPE_TESTING,
          priceAmount: 50_000_000,
          province: '44',
          location: { lat: 23.1, lng: 113.3 },
          leadTimeDays: 200,
          openSlotsInWindow: 0,
          platformLevel: PlatformLevel.NONE,
        }),
        candidate({ offeringId: 'good' }),
      ],
      now,
    );
    expect(ranked.map((m) => m.offeringId)).toEqual(['good', 'poor']);
    const poor = ranked[1].reasons;
    expect(poor.find((r) => r.factor === MatchFactor.PRICE_AGAINST_BUDGET)?.detail.en).toBe(
      'priced ¥500,000 per batch, 67% over budget',
    );
    expect(poor.find((r) => r.factor === MatchFactor.CAPACITY_IN_WINDOW)?.score).toBe(0);
    expect(poor.find((r) => r.factor === MatchFactor.LOCATION)?.detail.zh).toMatch(/^距您约 \d+ 公里$/);
  });

  it('puts the product asked for before a nearby, better-rated platform piloting another product (text outweighs place and level)', () => {
    const ranked = scoreCandidates(
      request,
      [
        candidate({ offeringId: 'sibling', textScore: 0.5, province: '32', platformLevel: PlatformLevel.NATIONAL }),
        candidate({
          offeringId: 'exact',
          textScore: 1,
          province: '44',
          location: { lat: 23.1, lng: 113.3 },
          platformLevel: PlatformLevel.NONE,
        }),
      ],
      now,
    );
    expect(ranked.map((m) => m.offeringId)).toEqual(['exact', 'sibling']);
  });

  it('matches a request naming no service type against the services of its kind (machine hours for EQUIPMENT_ACCESS)', () => {
    const ranked = scoreCandidates(
      { ...request, kind: PilotRequestKind.EQUIPMENT_ACCESS, serviceTypes: [] },
      [
        candidate({ offeringId: 'scale-up', textScore: 1 }),
        candidate({ offeringId: 'machine-hours', textScore: 0.7, serviceType: ServiceType.EQUIPMENT_SHARING }),
      ],
      now,
    );
    expect(ranked.map((m) => m.offeringId)).toEqual(['machine-hours', 'scale-up']);
    expect(ranked[1].reasons.find((r) => r.factor === MatchFactor.SERVICE_TYPE)?.score).toBe(0);
  });

  it('takes the direction of a request naming none from the offerings its text matches best, and says so', () => {
    const ranked = scoreCandidates(
      { ...request, industryDirection: null },
      [
        candidate({ offeringId: 'described', textScore: 1 }),
        candidate({ offeringId: 'unrelated', textScore: 0.1, industryDirection: IndustryDirection.CONSUMER_GOODS }),
        candidate({ offeringId: 'sibling', textScore: 0.1 }),
      ],
      now,
    );
    expect(ranked.map((m) => m.offeringId)).toEqual(['described', 'sibling', 'unrelated']);
    const reason = ranked[1].reasons.find((r) => r.factor === MatchFactor.DOMAIN_AND_DIRECTION);
    expect(reason?.detail.en).toContain(
      'industry direction matches (inferred from the services your text matches best)',
    );
    expect(reason?.detail.zh).toContain('推断');
  });

  it('scores every match of a need no offering serves visibly low, keeping their order, and says why', () => {
    // Text relevance is relative to the best candidate: the best of weak matches reads 100 %. What the best candidate
    // covers of the request's own words (its evidence) is absolute, and bounds every score.
    const offerings = [candidate({ offeringId: 'x', textScore: 1 }), candidate({ offeringId: 'y', textScore: 0.6 })];
    const served = scoreCandidates(request, offerings, now);
    const unserved = scoreCandidates(
      request,
      offerings.map((c) => ({ ...c, textEvidence: 0.2, textCoverage: 0.2 })),
      now,
    );
    expect(unserved.map((m) => m.offeringId)).toEqual(served.map((m) => m.offeringId));
    expect(served[0].score).toBeGreaterThan(0.8);
    expect(unserved[0].score).toBeLessThan(0.4);
    const fit = unserved[0].reasons.find((r) => r.factor === MatchFactor.NEED_FIT);
    expect(fit?.detail.en).toBe('the services found match at most 20% of what you describe: every score counts 33%');
    expect(fit?.detail.zh).toBe('现有服务最多只对上您需求描述的 20%：各项得分按 33% 计');
    expect(served[0].reasons.find((r) => r.factor === MatchFactor.NEED_FIT)?.score).toBe(1);
  });

  it('scores a need described only in words most services have visibly low, keeping its order even at 0, and says so', () => {
    // Covered in full, by words so common that they tell little (specificity 0.25): evidence 0.25.
    const offerings = [
      candidate({ offeringId: 'b', textScore: 1, textEvidence: 0.25, textCoverage: 1 }),
      candidate({ offeringId: 'a', textScore: 0.5, textEvidence: 0.25, textCoverage: 1 }),
    ];
    const ranked = scoreCandidates(request, offerings, now);
    expect(ranked.map((m) => m.offeringId)).toEqual(['b', 'a']);
    expect(ranked[0].score).toBeLessThan(0.45);
    const fit = ranked[0].reasons.find((r) => r.factor === MatchFactor.NEED_FIT);
    expect(fit?.score).toBeCloseTo(0.25 / 0.6, 4);
    expect(fit?.detail.en).toBe(
      'the words your description shares with the services found are mostly ones most services have, so they do not tell which one you need: every score counts 42%',
    );
    expect(fit?.detail.zh).toBe(
      '您的描述与现有服务相同的多是大多数服务都有的通用词，看不出具体需要哪项服务：各项得分按 42% 计',
    );
    // Nothing telling at all: every score is 0, and the order is still the weighted sum's (b's text ranks it first).
    const none = scoreCandidates(
      request,
      offerings.map((c) => ({ ...c, textEvidence: 0 })),
      now,
    );
    expect(none.map((m) => [m.offeringId, m.score])).toEqual([
      ['b', 0],
      ['a', 0],
    ]);
  });

  it('compares hours × hourly price with the budget of a machine-hour request that names its hours', () => {
    const hours = { ...request, kind: PilotRequestKind.EQUIPMENT_ACCESS, serviceTypes: [], budgetMax: 3_000_000 };
    const press = (offeringId: string, priceAmount: number) =>
      candidate({ offeringId, serviceType: ServiceType.EQUIPMENT_SHARING, priceModel: 'HOURLY', priceAmount });
    const ranked = scoreCandidates(
      { ...hours, scale: { to: 20, unit: '小时' } },
      [press('dear', 296_000), press('cheap', 55_000)],
      now,
    );
    expect(ranked.map((m) => m.offeringId)).toEqual(['cheap', 'dear']);
    const dear = ranked[1].reasons.find((r) => r.factor === MatchFactor.PRICE_AGAINST_BUDGET);
    expect(dear?.score).toBe(0);
    expect(dear?.detail.en).toBe('priced ¥2,960 per machine hour × 20 = ¥59,200, 97% over budget');
    expect(dear?.detail.zh).toBe('报价 ¥2,960（按机时计费）× 20 = ¥59,200，超出预算 97%');
    expect(ranked[0].reasons.find((r) => r.factor === MatchFactor.PRICE_AGAINST_BUDGET)?.detail.en).toBe(
      'priced ¥550 per machine hour × 20 = ¥11,000, within budget',
    );
    // Without hours, or in another unit, the hourly price is all there is to compare.
    for (const scale of [null, { to: 3, unit: 'days' }]) {
      const [match] = scoreCandidates({ ...hours, scale }, [press('dear', 296_000)], now);
      expect(match.reasons.find((r) => r.factor === MatchFactor.PRICE_AGAINST_BUDGET)?.detail.en).toBe(
        'priced ¥2,960 per machine hour, within budget',
      );
    }
  });

  it('compares batches × price per batch, and samples × price per sample, when the request names them', () => {
    const [batches] = scoreCandidates(
      { ...request, budgetMax: 20_000_000, scale: { to: 3, unit: 'batches' } },
      [candidate({ priceModel: 'PER_BATCH', priceAmount: 7_400_000 })],
      now,
    );
    expect(batches.reasons.find((r) => r.factor === MatchFactor.PRICE_AGAINST_BUDGET)?.detail.en).toBe(
      'priced ¥74,000 per batch × 3 = ¥222,000, 11% over budget',
    );
    const [samples] = scoreCandidates(
      { ...request, budgetMax: 1_500_000, scale: { to: 6, unit: '个样品' } },
      [candidate({ priceModel: 'PER_SAMPLE', priceAmount: 200_000 })],
      now,
    );
    const reason = samples.reasons.find((r) => r.factor === MatchFactor.PRICE_AGAINST_BUDGET);
    expect(reason?.detail.zh).toBe('报价 ¥2,000（按样品计费）× 6 = ¥12,000，在预算内');
    expect(reason?.score).toBe(1);
  });

  it('gives half credit for capacity when the lead time fits the window though no slot is free', () => {
    const [match] = scoreCandidates(request, [candidate({ openSlotsInWindow: 0, leadTimeDays: 30 })], now);
    expect(match.reasons.find((r) => r.factor === MatchFactor.CAPACITY_IN_WINDOW)?.score).toBe(0.5);
  });

  it('is deterministic: equal scores are ordered by offering id', () => {
    const ranked = scoreCandidates(request, [candidate({ offeringId: 'b' }), candidate({ offeringId: 'a' })], now);
    expect(ranked.map((m) => m.offeringId)).toEqual(['a', 'b']);
  });

  it('measures distances on the sphere', () => {
    expect(haversineKm({ lat: 31.2304, lng: 121.4737 }, { lat: 39.9042, lng: 116.4074 })).toBeGreaterThan(1060);
    expect(haversineKm({ lat: 31.2304, lng: 121.4737 }, { lat: 39.9042, lng: 116.4074 })).toBeLessThan(1075);
  });
});
