import { Accreditation, ConstructionMode, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';
import { PriceModel } from '#catalog';
import { contextTermsOf } from '../indexing/context-terms.js';
import type { OfferingSearchDocument } from '../search-document.js';

/** One realistic search document for unit tests of the engines' pure parts; override what a test is about. */
export function searchDocument(overrides: Partial<OfferingSearchDocument> = {}): OfferingSearchDocument {
  return {
    id: '6f1c2a9e-1d5b-4b8e-9a57-0c1d2e3f4a5b',
    platformId: '0a4f9c1e-7b2d-4e8f-8c3a-5d6e7f8a9b0c',
    organizationId: '9b8a7f6e-5d4c-4b3a-9281-7f6e5d4c3b2a',
    titleZh: '高镍正极材料工艺放大',
    titleEn: 'High-nickel cathode scale-up',
    descriptionZh: '公斤级到百公斤级的正极材料中试放大。',
    descriptionEn: null,
    keywords: ['NCM811', '正极'],
    serviceType: ServiceType.SCALE_UP,
    platformNameZh: '江苏锂电池中试平台',
    platformNameEn: null,
    platformLevel: PlatformLevel.PROVINCIAL,
    industryDirection: IndustryDirection.RAW_MATERIALS,
    keyDomains: [KeyDomain.ADVANCED_MATERIALS],
    constructionMode: ConstructionMode.ENTERPRISE_PARTIAL_OPEN,
    province: '32',
    city: '常州',
    contextTerms: contextTermsOf({ province: '32', city: '常州', platformLevel: PlatformLevel.PROVINCIAL }),
    location: { lat: 31.8107, lng: 119.9741 },
    equipmentNames: ['共沉淀反应釜', 'co-precipitation reactor'],
    equipmentModels: ['CPR-500'],
    accreditations: [Accreditation.CMA, Accreditation.CNAS],
    priceModel: PriceModel.PER_BATCH,
    // 48 000 CNY per batch, in fen; start-ups 20 % off.
    priceAmount: 4_800_000,
    tierPrices: {
      STARTUP: 3_840_000,
      SME: 4_800_000,
      UNIVERSITY: 4_800_000,
      RESEARCH_INSTITUTE: 4_800_000,
      LARGE_ENTERPRISE: 4_800_000,
    },
    leadTimeDays: 20,
    ratingAverage: 4.5,
    ratingCount: 2,
    openAccess: true,
    openSlotDays: ['2026-03-02', '2026-03-03'],
    earliestOpenSlot: '2026-03-01T16:30:00.000Z',
    updatedAt: '2026-02-20T08:00:00.000Z',
    ...overrides,
  };
}
