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
};
const candidate = (overrides: Partial<CandidateFacts>): CandidateFacts => ({
  offeringId: 'a',
  textScore: 0.8,
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

  it('explains every factor in both languages, and the score is the weighted sum of the factor scores', () => {
    const [match] = scoreCandidates(request, [candidate({})], now);
    expect(match.reasons.map((r) => r.factor).sort()).toEqual(Object.values(MatchFactor).sort());
    expect(match.reasons.every((r) => r.detail.zh.length > 0 && r.detail.en.length > 0)).toBe(true);
    expect(match.score).toBeCloseTo(
      match.reasons.reduce((total, r) => total + r.weight * r.score, 0),
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
      'priced ¥500,000, 67% over budget',
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
