import { describe, expect, it } from '@jest/globals';
import { Accreditation, ConstructionMode, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';
import type { OpenSlotFact } from '#booking';
import { Currency, PriceModel, PriceTier, type OfferingSearchSource } from '#catalog';
import { buildSearchDocument, planIndexChanges } from './search-document.builder.js';
import { indexTargetsOf } from './search-indexer.js';

const EQUIPMENT = 'e0000000-0000-4000-8000-000000000001';
const OTHER_EQUIPMENT = 'e0000000-0000-4000-8000-000000000002';

function source(overrides: Partial<OfferingSearchSource> = {}): OfferingSearchSource {
  return {
    offeringId: 'o0000000-0000-4000-8000-000000000001',
    platformId: 'p0000000-0000-4000-8000-000000000001',
    organizationId: 'g0000000-0000-4000-8000-000000000001',
    searchable: true,
    serviceType: ServiceType.SCALE_UP,
    title: '锂电池正极材料工艺放大',
    titleEn: 'Lithium-ion cathode material scale-up',
    description: '正极材料工艺放大。',
    descriptionEn: null,
    keywords: ['cathode'],
    platformName: '苏州锂电正极材料中试基地',
    platformNameEn: null,
    platformLevel: PlatformLevel.PROVINCIAL,
    industryDirection: IndustryDirection.RAW_MATERIALS,
    keyDomains: [KeyDomain.ADVANCED_MATERIALS],
    constructionMode: ConstructionMode.ENTERPRISE_PARTIAL_OPEN,
    province: '32',
    city: '苏州',
    location: { lat: 31.2989, lng: 120.5853 },
    equipmentIds: [EQUIPMENT],
    equipmentNames: ['500 L reactor', '500 L 反应釜'],
    equipmentModels: ['R-500L'],
    accreditations: [Accreditation.CMA],
    pricing: {
      model: PriceModel.PER_BATCH,
      baseFen: 8_000_000,
      currency: Currency.CNY,
      tiers: [
        { tier: PriceTier.STARTUP, amountFen: null, discountBasisPoints: 3_000 },
        { tier: PriceTier.UNIVERSITY, amountFen: 6_000_000, discountBasisPoints: null },
        { tier: PriceTier.OPEN_ACCESS, amountFen: 4_000_000, discountBasisPoints: null },
      ],
    },
    leadTimeDays: 14,
    ratingAverage: null,
    ratingCount: 0,
    updatedAt: new Date('2026-03-01T00:00:00Z'),
    ...overrides,
  };
}

const slot = (startsAt: string, endsAt: string, openAccess = false, equipmentId = EQUIPMENT): OpenSlotFact => ({
  equipmentId,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  openAccess,
});

describe('buildSearchDocument', () => {
  const now = new Date('2026-03-02T04:00:00Z'); // 12:00 on 2 March in Shanghai

  it('prices each requester tier as the price list says: a discount, an amount, or the base price', () => {
    const doc = buildSearchDocument(source(), [], now);
    expect({ base: doc.priceAmount, tiers: doc.tierPrices }).toEqual({
      base: 8_000_000,
      tiers: {
        STARTUP: 5_600_000,
        SME: 8_000_000,
        UNIVERSITY: 6_000_000,
        RESEARCH_INSTITUTE: 8_000_000,
        LARGE_ENTERPRISE: 8_000_000,
      },
    });
    const quoted = buildSearchDocument(
      source({ pricing: { model: PriceModel.QUOTE, baseFen: null, currency: Currency.CNY, tiers: [] } }),
      [],
      now,
    );
    expect([quoted.priceAmount, ...Object.values(quoted.tierPrices)]).toEqual([null, null, null, null, null, null]);
  });

  it('flattens the source and derives availability from the open slots of its own equipment', () => {
    const doc = buildSearchDocument(
      source(),
      [
        // Running now, 23:00 on 1 March to 09:00 on 3 March (Shanghai): counts from today on.
        slot('2026-03-01T15:00:00Z', '2026-03-03T01:00:00Z'),
        slot('2026-03-05T01:00:00Z', '2026-03-05T09:00:00Z', true),
        // Another equipment's slot, and one already over.
        slot('2026-03-04T01:00:00Z', '2026-03-04T09:00:00Z', true, OTHER_EQUIPMENT),
        slot('2026-02-27T01:00:00Z', '2026-03-02T03:00:00Z', true),
      ],
      now,
    );
    expect(doc).toMatchObject({
      id: source().offeringId,
      titleZh: '锂电池正极材料工艺放大',
      platformNameZh: '苏州锂电正极材料中试基地',
      location: { lat: 31.2989, lng: 120.5853 },
      openAccess: true,
      openSlotDays: ['2026-03-02', '2026-03-03', '2026-03-05'],
      earliestOpenSlot: '2026-03-01T15:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
  });

  it('has no availability without open slots', () => {
    expect(buildSearchDocument(source(), [], now)).toMatchObject({
      openAccess: false,
      openSlotDays: [],
      earliestOpenSlot: null,
    });
  });
});

describe('planIndexChanges', () => {
  const now = new Date('2026-03-02T04:00:00Z');

  it('writes searchable offerings, removes the others and those that no longer exist', () => {
    const archived = source({ offeringId: 'o0000000-0000-4000-8000-000000000002', searchable: false });
    const changes = planIndexChanges(
      [source().offeringId, archived.offeringId, 'o0000000-0000-4000-8000-00000000dead'],
      [source(), archived, source()],
      [],
      now,
    );
    expect(changes.upserts.map((d) => d.id)).toEqual([source().offeringId]);
    expect(changes.removals).toEqual([archived.offeringId, 'o0000000-0000-4000-8000-00000000dead']);
  });
});

describe('indexTargetsOf', () => {
  const message = (id: string, payload: Record<string, unknown>) => ({
    id,
    topic: 'search.offering',
    key: 'k',
    payload,
    attempts: 0,
    createdAt: new Date(),
  });

  it('collects each offering, platform and equipment id once and sets malformed payloads apart', () => {
    const { targets, malformed } = indexTargetsOf([
      message('1', { offeringId: 'a' }),
      message('2', { offeringId: 'a' }),
      message('3', { platformId: 'p' }),
      message('4', { equipmentId: 'e' }),
      message('5', { something: 'else' }),
    ]);
    expect(targets).toEqual({ offeringIds: ['a'], platformIds: ['p'], equipmentIds: ['e'] });
    expect(malformed.map((m) => m.id)).toEqual(['5']);
  });
});
