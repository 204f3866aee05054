import { Args, Context, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { argumentCost, IdArg, Lang, listCost, toConnection, type ConnectionShape, type Language } from '#core';
import { CatalogLoaders } from '#catalog';
import { CurrentActor, type Actor } from '#identity';
import { toProposalModel } from '../proposal/proposal.mapper.js';
import { ProposalModel } from '../proposal/proposal.model.js';
import { ProposalService } from '../proposal/proposal.service.js';
import {
  CreatePilotRequestInput,
  MatchesArgs,
  MyPilotRequestsArgs,
  SharePilotRequestArgs,
  UpdatePilotRequestInput,
} from './dto/pilot-request.input.js';
import { MatchService } from './match.service.js';
import { toPilotRequestModel } from './pilot-request.mapper.js';
import { MatchModel, PilotRequestConnection, PilotRequestModel } from './pilot-request.model.js';
import { PilotRequestService } from './pilot-request.service.js';

@Resolver(() => PilotRequestModel)
export class PilotRequestResolver {
  constructor(
    private readonly requestService: PilotRequestService,
    private readonly matchService: MatchService,
    private readonly proposalService: ProposalService,
    private readonly catalogLoaders: CatalogLoaders,
  ) {}

  @Mutation(() => PilotRequestModel, {
    description: 'Start-ups, SMEs, universities and institutes: post a pilot need.',
  })
  async createPilotRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreatePilotRequestInput,
  ): Promise<PilotRequestModel> {
    return toPilotRequestModel(await this.requestService.create(actor, input), true);
  }

  @Mutation(() => PilotRequestModel)
  async updatePilotRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdatePilotRequestInput,
  ): Promise<PilotRequestModel> {
    return toPilotRequestModel(await this.requestService.update(actor, input), true);
  }

  @Mutation(() => PilotRequestModel, {
    description:
      'The requester closes an OPEN or MATCHED request. Closing an OPEN request declines the proposals still standing ' +
      'and frees their held slots; closing a MATCHED one (the need is met) leaves its booking as it is.',
  })
  async closePilotRequest(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PilotRequestModel> {
    return toPilotRequestModel(await this.proposalService.closeRequest(actor, id), true);
  }

  @Mutation(() => PilotRequestModel, { description: 'Show a confidential request in full to one platform.' })
  async sharePilotRequest(
    @CurrentActor() actor: Actor,
    @Args() args: SharePilotRequestArgs,
  ): Promise<PilotRequestModel> {
    return toPilotRequestModel(await this.requestService.share(actor, args.id, args.platformId), true);
  }

  @Query(() => PilotRequestModel)
  async pilotRequest(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PilotRequestModel> {
    const { request, detailsVisible } = await this.requestService.get(actor, id);
    return toPilotRequestModel(request, detailsVisible);
  }

  @Query(() => PilotRequestConnection, { description: 'Your organization’s pilot requests.' })
  async myPilotRequests(
    @CurrentActor() actor: Actor,
    @Args() args: MyPilotRequestsArgs,
  ): Promise<ConnectionShape<PilotRequestModel>> {
    return toConnection(await this.requestService.mine(actor, args), (r) => toPilotRequestModel(r, true));
  }

  @Query(() => [PilotRequestModel], {
    description: 'OPEN requests your platform could serve (summaries for confidential ones not shared with you).',
    // The newest 100 (PilotRequestService.openForPlatform).
    complexity: listCost(100),
  })
  async openRequestsForPlatform(
    @CurrentActor() actor: Actor,
    @IdArg('platformId') platformId: string,
  ): Promise<PilotRequestModel[]> {
    return (await this.requestService.openForPlatform(actor, platformId)).map((v) =>
      toPilotRequestModel(v.request, v.detailsVisible),
    );
  }

  @Query(() => [MatchModel], {
    description: 'Ranked offerings for your request, with the reasons in your language (Accept-Language).',
    complexity: argumentCost('limit', 10),
  })
  async matchesForRequest(
    @CurrentActor() actor: Actor,
    @Args() args: MatchesArgs,
    @Lang() lang: Language,
    @Context() context: object,
  ): Promise<MatchModel[]> {
    const ranked = await this.matchService.matches(actor, args.requestId, args.limit);
    // Only offerings the catalog lists now: one archived or unpublished since it was indexed is left out.
    const offerings = await this.catalogLoaders.listedOfferings(
      context,
      ranked.map((m) => m.offeringId),
    );
    return ranked.flatMap((match, index) => {
      const offering = offerings[index];
      if (!offering) return [];
      return [
        {
          offering,
          score: match.score,
          reasons: match.reasons.map((r) => ({
            factor: r.factor,
            weight: r.weight,
            score: r.score,
            detail: r.detail[lang],
          })),
        },
      ];
    });
  }

  @ResolveField(() => [ProposalModel], { description: 'The requester sees every proposal; a platform its own.' })
  async proposals(@Parent() request: PilotRequestModel, @CurrentActor() actor: Actor): Promise<ProposalModel[]> {
    return (await this.proposalService.forRequest(actor, request.id)).map(toProposalModel);
  }
}
