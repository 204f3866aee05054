import { Injectable } from '@nestjs/common';
import { BookingService } from '#booking';
import { appliedPrice, CatalogService, type OfferingSearchSource } from '#catalog';
import { IdentityService, type Actor, type OrganizationKind } from '#identity';
import { MatchingError, MatchingErrorCode } from '../matching.errors.js';
import { scoreCandidates, type CandidateFacts, type ScoredMatch } from '../scoring/match-scorer.js';
import { MatchCandidateSearch, type CandidateText } from './match-candidate.search.js';
import type { PilotRequestEntity } from './pilot-request.entity.js';
import { PilotRequestService } from './pilot-request.service.js';

/**
 * Ranked matches for a request: candidates from the search engine (each phrase of the request's text, and its
 * service types and direction as filters: match-candidate.search.ts), enriched with availability in the window and the platform's response history, then ranked by the
 * scorer (scoring/match-scorer.ts), which explains every factor.
 */
@Injectable()
export class MatchService {
  constructor(
    private readonly requests: PilotRequestService,
    private readonly search: MatchCandidateSearch,
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly identity: IdentityService,
  ) {}

  async matches(actor: Actor, requestId: string, limit: number, now: Date = new Date()): Promise<ScoredMatch[]> {
    const { request } = await this.requests.get(actor, requestId);
    if (!actor.siteAdmin && actor.organizationId !== request.requesterOrganizationId) {
      throw new MatchingError(
        MatchingErrorCode.NOT_ALLOWED,
        'Only the requester’s organization sees the matches of a request',
      );
    }
    return this.rank(request, limit, now);
  }

  async rank(request: PilotRequestEntity, limit: number, now: Date): Promise<ScoredMatch[]> {
    const texts = await this.search.candidates(request);
    const sources = (await this.catalog.searchSources({ offeringIds: [...texts.keys()] })).filter(
      (s) => s.searchable && s.organizationId !== request.requesterOrganizationId,
    );
    // Prices are compared with the budget as the requester would pay them: their kind's tier.
    const [requester] = await this.identity.organizationsByIds([request.requesterOrganizationId]);
    const facts = await this.facts(request, sources, texts, requester?.kind ?? null);
    return scoreCandidates(
      {
        kind: request.kind,
        serviceTypes: request.serviceTypes,
        industryDirection: request.industryDirection,
        keyDomains: request.keyDomains,
        windowFrom: request.windowFrom,
        windowTo: request.windowTo,
        budgetMax: request.budgetMax,
        preferredProvinces: request.preferredProvinces,
        location: request.lat === null || request.lng === null ? null : { lat: request.lat, lng: request.lng },
        requiredAccreditations: request.requiredAccreditations,
        scale:
          request.scaleTo === null || request.scaleUnit === null
            ? null
            : { to: request.scaleTo, unit: request.scaleUnit },
      },
      facts,
      now,
    ).slice(0, limit);
  }

  private async facts(
    request: PilotRequestEntity,
    sources: OfferingSearchSource[],
    texts: Map<string, CandidateText>,
    requesterKind: OrganizationKind | null,
  ): Promise<CandidateFacts[]> {
    const equipmentIds = [...new Set(sources.flatMap((s) => s.equipmentIds))];
    const [openSlots, responses] = await Promise.all([
      this.booking.openSlotsOf(equipmentIds),
      this.booking.responseRates([...new Set(sources.map((s) => s.platformId))]),
    ]);
    const slotsInWindow = new Map<string, number>();
    for (const slot of openSlots) {
      if (slot.startsAt < request.windowTo && slot.endsAt > request.windowFrom)
        slotsInWindow.set(slot.equipmentId, (slotsInWindow.get(slot.equipmentId) ?? 0) + 1);
    }
    return sources.map((s) => ({
      offeringId: s.offeringId,
      textScore: texts.get(s.offeringId)?.relevance ?? 0,
      textEvidence: texts.get(s.offeringId)?.evidence ?? 0,
      textCoverage: texts.get(s.offeringId)?.coverage ?? 0,
      serviceType: s.serviceType,
      industryDirection: s.industryDirection,
      keyDomains: s.keyDomains,
      province: s.province,
      location: s.location,
      priceModel: s.pricing.model,
      priceAmount: appliedPrice(s.pricing, requesterKind)?.unitFen ?? null,
      leadTimeDays: s.leadTimeDays,
      accreditations: s.accreditations,
      platformLevel: s.platformLevel,
      ratingAverage: s.ratingAverage,
      ratingCount: s.ratingCount,
      openSlotsInWindow: s.equipmentIds.reduce((total, id) => total + (slotsInWindow.get(id) ?? 0), 0),
      response: responses.get(s.platformId) ?? { answered: 0, total: 0 },
    }));
  }
}
