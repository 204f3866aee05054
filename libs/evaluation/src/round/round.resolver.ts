import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { argumentCost, IdArg, pageCost, toConnection, type ConnectionShape } from '#core';
import { CurrentActor, type Actor } from '#identity';
import { ReportingService, ServiceFiguresModel } from '#reporting';
import {
  EvaluationRoundsArgs,
  OpenEvaluationRoundInput,
  RoundPlatformsArgs,
  SubmitEvaluationScoresInput,
} from './dto/round.input.js';
import { RoundQueryService } from './round-query.service.js';
import { toSheetModel } from './round.mapper.js';
import {
  EvaluationRoundConnection,
  EvaluationRoundModel,
  EvaluationRoundPlatformModel,
  EvaluationSheetModel,
} from './round.model.js';
import { RoundService } from './round.service.js';

@Resolver(() => EvaluationRoundModel)
export class RoundResolver {
  constructor(
    private readonly rounds: RoundService,
    private readonly queries: RoundQueryService,
  ) {}

  @Mutation(() => EvaluationRoundModel, {
    description:
      'Authorities: open an evaluation round over platforms of your jurisdiction, with EXPERT members to score each.',
  })
  async openEvaluationRound(
    @CurrentActor() actor: Actor,
    @Args('input') input: OpenEvaluationRoundInput,
  ): Promise<EvaluationRoundModel> {
    const round = await this.rounds.open(actor, input);
    return this.queries.get(actor, round.id);
  }

  @Mutation(() => EvaluationSheetModel, {
    description:
      'Experts: score a platform assigned to you (five dimensions 0–100, with notes); again while the round is open.',
  })
  async submitEvaluationScores(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitEvaluationScoresInput,
  ): Promise<EvaluationSheetModel> {
    return toSheetModel(await this.rounds.submitScores(actor, input));
  }

  @Mutation(() => EvaluationRoundModel, {
    description:
      'Authorities of the round’s scope: close it with weighted totals and a ranking; CONFLICT (naming them) while ' +
      'platforms are unscored. Scores of a closed round never change.',
  })
  async closeEvaluationRound(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<EvaluationRoundModel> {
    await this.rounds.close(actor, id);
    return this.queries.get(actor, id);
  }

  @Query(() => EvaluationRoundModel, {
    description: 'Authorities of its scope and site admins see all of it; an expert its own assignments and sheets.',
  })
  evaluationRound(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<EvaluationRoundModel> {
    return this.queries.get(actor, id);
  }

  @Query(() => EvaluationRoundConnection, {
    complexity: pageCost(),
    description: 'Rounds you may see, newest first: of your jurisdiction (authorities), or those you score (experts).',
  })
  async evaluationRounds(
    @CurrentActor() actor: Actor,
    @Args() args: EvaluationRoundsArgs,
  ): Promise<ConnectionShape<EvaluationRoundModel>> {
    return toConnection(await this.queries.page(actor, args), (round) => round);
  }

  @ResolveField(() => [EvaluationRoundPlatformModel], {
    complexity: argumentCost('first', 200),
    description:
      'Its platforms, best first once closed (an expert sees those assigned to it); `first` and `offset` take a ' +
      'stretch of them, so that their sheets and scores fit in one query.',
  })
  platforms(@Parent() round: EvaluationRoundModel, @Args() page: RoundPlatformsArgs): EvaluationRoundPlatformModel[] {
    return round.platforms.slice(page.offset, page.first === undefined ? undefined : page.offset + page.first);
  }
}

@Resolver(() => EvaluationRoundPlatformModel)
export class RoundPlatformResolver {
  constructor(private readonly reporting: ReportingService) {}

  @ResolveField(() => ServiceFiguresModel, {
    description:
      'Its service figures over the round’s period, computed from the service records: next to the SERVICE_RESULTS scores.',
  })
  async serviceFigures(@Parent() entry: EvaluationRoundPlatformModel): Promise<ServiceFiguresModel> {
    const [figures] = await this.reporting.serviceFiguresOf([entry.platformId], entry.period);
    return figures;
  }
}
