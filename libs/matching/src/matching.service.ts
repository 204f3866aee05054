import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BookingService } from '#booking';
import type { Actor } from '#identity';
import { ProposalRepository, type ProposalResponseFact } from './proposal/proposal.repository.js';
import type { CreatePilotRequestInput } from './request/dto/pilot-request.input.js';
import { MatchService } from './request/match.service.js';
import { PilotRequestService } from './request/pilot-request.service.js';
import type { ScoredMatch } from './scoring/match-scorer.js';

/** Matching's public API for other contexts and tools (the ranking evaluation posts and ranks through it). */
@Injectable()
export class MatchingService implements OnModuleInit {
  constructor(
    private readonly requests: PilotRequestService,
    private readonly matches: MatchService,
    private readonly proposals: ProposalRepository,
    private readonly booking: BookingService,
  ) {}

  onModuleInit(): void {
    // Slots a proposal holds are held for the requester it answers: operators' calendars show who.
    this.booking.useProposalRequesters((ids, viewer) => this.proposals.requestersOf(ids, viewer));
  }

  /** Posts a pilot request for the actor's organization, as `createPilotRequest` does. */
  async createPilotRequest(actor: Actor, input: CreatePilotRequestInput): Promise<{ id: string }> {
    const request = await this.requests.create(actor, input);
    return { id: request.id };
  }

  /** Each platform's first proposal per pilot request, made within [from, to), and when it was asked for. */
  proposalResponses(platformIds: readonly string[], from: Date, to: Date): Promise<ProposalResponseFact[]> {
    return this.proposals.responses(platformIds, from, to);
  }

  /** The best `limit` offerings for a request of the actor's organization, ranked as of `now`. */
  rankMatches(actor: Actor, requestId: string, limit: number, now: Date = new Date()): Promise<ScoredMatch[]> {
    return this.matches.matches(actor, requestId, limit, now);
  }
}
