import { Args, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '#core';
import { CurrentActor, type Actor } from '#identity';
import { RecommendationSummaryArgs } from './dto/report.args.js';
import { EvaluationRoundReportModel, RecommendationSummaryModel } from './report.model.js';
import { ReportService } from './report.service.js';

@Resolver()
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => RecommendationSummaryModel, {
    description:
      'Authorities of the province (national ones any) and site admins: the recommendation summary table (附件3) ' +
      'of a province for a year, with a link to it as XLSX.',
  })
  recommendationSummary(
    @CurrentActor() actor: Actor,
    @Args() args: RecommendationSummaryArgs,
  ): Promise<RecommendationSummaryModel> {
    return this.reports.recommendationSummary(actor, args.province, args.year);
  }

  @Query(() => EvaluationRoundReportModel, {
    description: 'Authorities of the round’s scope and site admins: its results and a link to the report as XLSX.',
  })
  evaluationRoundReport(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<EvaluationRoundReportModel> {
    return this.reports.evaluationRoundReport(actor, id);
  }
}
