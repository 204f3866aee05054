import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConstructionMode, IndustryDirection, KeyDomain, LabelModel, listCost, PlatformLevel } from '#core';
import { DownloadLinkModel } from '#identity';
import { ServiceFiguresModel } from '#reporting';
import { LevelStanding } from '../evaluation.enums.js';
import { DimensionMeanModel } from '../round/round.model.js';

@ObjectType('RecommendationContact')
export class RecommendationContactModel {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType('RecommendationRow', { description: 'One platform of the 附件3 table.' })
export class RecommendationRowModel {
  @Field(() => ID)
  platformId: string;

  @Field()
  platformName: string;

  @Field(() => String, { nullable: true })
  platformNameEn: string | null;

  @Field(() => ID)
  operatorOrganizationId: string;

  @Field()
  operatorName: string;

  @Field(() => ConstructionMode)
  constructionMode: ConstructionMode;

  @Field(() => LabelModel)
  constructionModeLabel: LabelModel;

  @Field(() => IndustryDirection)
  industryDirection: IndustryDirection;

  @Field(() => LabelModel)
  industryDirectionLabel: LabelModel;

  @Field(() => [KeyDomain], { complexity: listCost(14) })
  keyDomains: KeyDomain[];

  @Field(() => [LabelModel], { complexity: listCost(14) })
  keyDomainLabels: LabelModel[];

  @Field(() => PlatformLevel, { description: 'The level granted as of the end of the year.' })
  level: PlatformLevel;

  @Field(() => LabelModel)
  levelLabel: LabelModel;

  @Field(() => LevelStanding)
  standing: LevelStanding;

  @Field(() => GraphQLISODateTime, { description: 'When the decision that set this standing was taken.' })
  levelDecidedAt: Date;

  @Field()
  city: string;

  @Field()
  address: string;

  @Field(() => RecommendationContactModel)
  contact: RecommendationContactModel;

  @Field(() => ServiceFiguresModel, { description: 'Over the calendar year (Asia/Shanghai).' })
  serviceFigures: ServiceFiguresModel;

  @Field(() => Float, {
    nullable: true,
    description: 'Total of the latest evaluation round closed before the year ended.',
  })
  latestEvaluationTotal: number | null;

  @Field(() => String, { nullable: true })
  latestEvaluationRound: string | null;
}

@ObjectType('RecommendationSummary', {
  description:
    '附件3 重点中试平台推荐汇总表: the platforms of a province in the cultivation pool, nominated or recognised at the end ' +
    'of the year, with their service figures for that year.',
})
export class RecommendationSummaryModel {
  @Field()
  province: string;

  @Field(() => LabelModel)
  provinceLabel: LabelModel;

  @Field(() => Int)
  year: number;

  @Field(() => [RecommendationRowModel], { complexity: listCost(200) })
  rows: RecommendationRowModel[];

  @Field(() => DownloadLinkModel, { description: 'The same table as an XLSX file.' })
  download: DownloadLinkModel;
}

@ObjectType('EvaluationRoundReportRow')
export class EvaluationRoundReportRowModel {
  @Field(() => Int, { nullable: true, description: 'Null while the round is open.' })
  rank: number | null;

  @Field(() => ID)
  platformId: string;

  @Field()
  platformName: string;

  @Field()
  province: string;

  @Field(() => Float, { nullable: true })
  total: number | null;

  @Field(() => [DimensionMeanModel], { complexity: listCost(5) })
  dimensionMeans: DimensionMeanModel[];

  @Field(() => Int)
  sheets: number;

  @Field(() => Int)
  experts: number;

  @Field(() => ServiceFiguresModel)
  serviceFigures: ServiceFiguresModel;
}

@ObjectType('EvaluationRoundReport')
export class EvaluationRoundReportModel {
  @Field(() => ID)
  roundId: string;

  @Field()
  name: string;

  @Field(() => [EvaluationRoundReportRowModel], { complexity: listCost(200) })
  rows: EvaluationRoundReportRowModel[];

  @Field(() => DownloadLinkModel, { description: 'The report as an XLSX file: results and every expert’s sheet.' })
  download: DownloadLinkModel;
}
