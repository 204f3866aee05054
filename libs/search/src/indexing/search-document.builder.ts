import type { OpenSlotFact } from '#booking';
import { tierUnitPrice, PriceTier, type OfferingSearchSource } from '#catalog';
import { SEARCH_PRICE_TIERS, type OfferingSearchDocument, type SearchPriceTier } from '../search-document.js';
import { shanghaiDaysOverlapping } from '../shanghai-days.js';
import { contextTermsOf } from './context-terms.js';

/**
 * The search document of one searchable offering: the catalog's source flattened, plus availability facts from
 * its equipment's OPEN slots (slots of other equipment are ignored, so the caller may pass one batch's slots).
 *
 * - `openAccess`: at least one OPEN open-access slot that has not ended at `now`.
 * - `openSlotDays`: the Asia/Shanghai days those slots overlap, from `now` on: a day already past can no longer be
 *   booked, so a running slot contributes today and later only.
 * - `earliestOpenSlot`: the earliest start among them (a running slot's start may lie in the past).
 */
export function buildSearchDocument(
  source: OfferingSearchSource,
  slots: readonly OpenSlotFact[],
  now: Date,
): OfferingSearchDocument {
  const equipment = new Set(source.equipmentIds);
  const open = slots.filter((slot) => equipment.has(slot.equipmentId) && slot.endsAt.getTime() > now.getTime());
  const days = new Set<string>();
  let earliest: Date | null = null;
  for (const slot of open) {
    const from = slot.startsAt.getTime() > now.getTime() ? slot.startsAt : now;
    for (const day of shanghaiDaysOverlapping(from, slot.endsAt)) days.add(day);
    if (earliest === null || slot.startsAt.getTime() < earliest.getTime()) earliest = slot.startsAt;
  }
  return {
    id: source.offeringId,
    platformId: source.platformId,
    organizationId: source.organizationId,
    titleZh: source.title,
    titleEn: source.titleEn,
    descriptionZh: source.description,
    descriptionEn: source.descriptionEn,
    keywords: [...source.keywords],
    serviceType: source.serviceType,
    platformNameZh: source.platformName,
    platformNameEn: source.platformNameEn,
    platformLevel: source.platformLevel,
    industryDirection: source.industryDirection,
    keyDomains: [...source.keyDomains],
    constructionMode: source.constructionMode,
    province: source.province,
    city: source.city,
    contextTerms: contextTermsOf(source),
    location: source.location ? { lat: source.location.lat, lng: source.location.lng } : null,
    equipmentNames: [...source.equipmentNames],
    equipmentModels: [...source.equipmentModels],
    accreditations: [...source.accreditations],
    priceModel: source.pricing.model,
    priceAmount: tierUnitPrice(source.pricing, PriceTier.BASE),
    tierPrices: Object.fromEntries(
      SEARCH_PRICE_TIERS.map((tier) => [tier, tierUnitPrice(source.pricing, PriceTier[tier])]),
    ) as Record<SearchPriceTier, number | null>,
    leadTimeDays: source.leadTimeDays,
    ratingAverage: source.ratingAverage,
    ratingCount: source.ratingCount,
    openAccess: open.some((slot) => slot.openAccess),
    openSlotDays: [...days].sort(),
    earliestOpenSlot: earliest === null ? null : earliest.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
  };
}

/** What one indexing batch does: documents to write and offering ids to take out of the index. */
export interface IndexChanges {
  upserts: OfferingSearchDocument[];
  removals: string[];
}

/**
 * Sorts a batch's sources into upserts (searchable) and removals (not searchable any more), and removes the
 * requested offerings that no longer exist at all. Idempotent: the same inputs always give the same changes.
 */
export function planIndexChanges(
  requestedOfferingIds: readonly string[],
  sources: readonly OfferingSearchSource[],
  slots: readonly OpenSlotFact[],
  now: Date,
): IndexChanges {
  const upserts: OfferingSearchDocument[] = [];
  const removals = new Set<string>();
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.offeringId)) continue;
    seen.add(source.offeringId);
    if (source.searchable) upserts.push(buildSearchDocument(source, slots, now));
    else removals.add(source.offeringId);
  }
  for (const id of requestedOfferingIds) if (!seen.has(id)) removals.add(id);
  return { upserts, removals: [...removals] };
}
