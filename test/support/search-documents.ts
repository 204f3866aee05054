import { Accreditation, ConstructionMode, IndustryDirection, KeyDomain, PlatformLevel, ServiceType } from '#core';
import { PriceModel } from '#catalog';
import type { OfferingSearchDocument } from '#search';

/** A searchable offering of a provincial platform in Changzhou, written straight to the engine; override what a test is about. */
export function searchDocument(id: string, texts: Partial<OfferingSearchDocument> = {}): OfferingSearchDocument {
  const price = 4_800_000;
  return {
    id,
    platformId: '0a4f9c1e-7b2d-4e8f-8c3a-5d6e7f8a9b0c',
    organizationId: '9b8a7f6e-5d4c-4b3a-9281-7f6e5d4c3b2a',
    titleZh: '',
    titleEn: null,
    descriptionZh: '',
    descriptionEn: null,
    keywords: [],
    serviceType: ServiceType.SCALE_UP,
    platformNameZh: '',
    platformNameEn: null,
    platformLevel: PlatformLevel.PROVINCIAL,
    industryDirection: IndustryDirection.RAW_MATERIALS,
    keyDomains: [KeyDomain.ADVANCED_MATERIALS],
    constructionMode: ConstructionMode.ENTERPRISE_PARTIAL_OPEN,
    province: '32',
    city: '常州',
    contextTerms: ['常州', '江苏', '省级'],
    location: { lat: 31.8107, lng: 119.9741 },
    equipmentNames: [],
    equipmentModels: [],
    accreditations: [Accreditation.CNAS],
    priceModel: PriceModel.PER_BATCH,
    priceAmount: price,
    tierPrices: { STARTUP: price, SME: price, UNIVERSITY: price, RESEARCH_INSTITUTE: price, LARGE_ENTERPRISE: price },
    leadTimeDays: 20,
    ratingAverage: null,
    ratingCount: 0,
    openAccess: false,
    openSlotDays: [],
    earliestOpenSlot: null,
    updatedAt: '2026-02-20T08:00:00.000Z',
    ...texts,
  };
}
