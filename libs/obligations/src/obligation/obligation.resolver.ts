import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, listCost } from '#core';
import { CurrentActor, type Actor } from '#identity';
import {
  ComplianceArgs,
  ComplianceReportArgs,
  CorrectOpenAccessObligationInput,
  ObligationTrendArgs,
  SetOpenAccessObligationInput,
} from './dto/obligation.input.js';
import { toObligationModel } from './obligation.mapper.js';
import { ComplianceModel, ComplianceReportModel, ObligationModel } from './obligation.model.js';
import { ObligationService } from './obligation.service.js';

@Resolver(() => ObligationModel)
export class ObligationResolver {
  constructor(private readonly obligationService: ObligationService) {}

  @Mutation(() => ObligationModel, {
    description:
      'Operator, authority of the region or site admin: promise an obligation from the start of a period that has not begun (a PROMISE version).',
  })
  async setOpenAccessObligation(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetOpenAccessObligationInput,
  ): Promise<ObligationModel> {
    return toObligationModel(await this.obligationService.promise(actor, input));
  }

  @Mutation(() => ObligationModel, {
    description:
      'Authority of the platform’s region only: correct whole periods that have begun, with a reason (a CORRECTION version; the operator is told).',
  })
  async correctOpenAccessObligation(
    @CurrentActor() actor: Actor,
    @Args('input') input: CorrectOpenAccessObligationInput,
  ): Promise<ObligationModel> {
    return toObligationModel(await this.obligationService.correct(actor, input));
  }

  @Query(() => ObligationModel, { nullable: true, description: 'The version judging the running period, or null.' })
  async openAccessObligation(
    @CurrentActor() actor: Actor,
    @IdArg('platformId') platformId: string,
  ): Promise<ObligationModel | null> {
    const current = await this.obligationService.current(actor, platformId);
    return current ? toObligationModel(current) : null;
  }

  @Query(() => [ObligationModel], { description: 'Every version, newest first.' })
  async obligationHistory(
    @CurrentActor() actor: Actor,
    @IdArg('platformId') platformId: string,
  ): Promise<ObligationModel[]> {
    return (await this.obligationService.history(actor, platformId)).map(toObligationModel);
  }

  @Query(() => ComplianceModel, {
    description:
      'Hours published, booked and delivered in the period containing periodStart, against the version judging that period (the same version for any instant of it, and for every day after it ended).',
  })
  obligationCompliance(@CurrentActor() actor: Actor, @Args() args: ComplianceArgs): Promise<ComplianceModel> {
    return this.obligationService.compliance(actor, args.platformId, args.periodStart);
  }

  @Query(() => [ComplianceModel], {
    complexity: listCost(12),
    description:
      'The running period and the ones before it (oldest first), each against the version judging it; stops at a period without an obligation.',
  })
  obligationTrend(@CurrentActor() actor: Actor, @Args() args: ObligationTrendArgs): Promise<ComplianceModel[]> {
    return this.obligationService.trend(actor, args.platformId, args.periods);
  }

  @Query(() => ComplianceReportModel, {
    description: 'Authorities (their region) and site admins: every obligated platform of a province and its status.',
  })
  complianceReport(@CurrentActor() actor: Actor, @Args() args: ComplianceReportArgs): Promise<ComplianceReportModel> {
    return this.obligationService.report(actor, args.province, args.periodStart);
  }
}
