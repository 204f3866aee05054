import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, EvaluationDimension, LabelModel, listCost } from '#core';
import { EvaluationRoundStatus } from '../evaluation.enums.js';

@ObjectType('DimensionWeight')
export class DimensionWeightModel {
  @Field(() => EvaluationDimension)
  dimension: EvaluationDimension;

  @Field(() => LabelModel)
  label: LabelModel;

  @Field(() => Int)
  weight: number;
}

@ObjectType('DimensionScore')
export class DimensionScoreModel {
  @Field(() => EvaluationDimension)
  dimension: EvaluationDimension;

  @Field(() => LabelModel)
  label: LabelModel;

  @Field(() => Int)
  score: number;

  @Field()
  comment: string;
}

@ObjectType('DimensionMean')
export class DimensionMeanModel {
  @Field(() => EvaluationDimension)
  dimension: EvaluationDimension;

  @Field(() => LabelModel)
  label: LabelModel;

  @Field(() => Float)
  mean: number;
}

@ObjectType('EvaluationSheet', { description: 'One expert’s scores of one platform, with the site-visit notes.' })
export class EvaluationSheetModel {
  @Field(() => ID)
  roundId: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => ID)
  expertUserId: string;

  @Field(() => [DimensionScoreModel], { complexity: listCost(5) })
  scores: DimensionScoreModel[];

  @Field()
  siteNotes: string;

  @Field()
  equipmentNotes: string;

  @Field()
  facilitiesNotes: string;

  @Field()
  teamsNotes: string;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;
}

@ObjectType('EvaluationResult', { description: 'A platform’s result in a closed round.' })
export class EvaluationResultModel {
  @Field(() => Float, { description: 'Σ weight × mean score / 100, 0–100.' })
  total: number;

  @Field(() => Int, { description: '1 is best; equal totals share a rank.' })
  rank: number;

  @Field(() => Int)
  experts: number;

  @Field(() => [DimensionMeanModel], { complexity: listCost(5) })
  dimensionMeans: DimensionMeanModel[];
}

@ObjectType('EvaluationRoundPlatform')
export class EvaluationRoundPlatformModel {
  @Field(() => ID)
  platformId: string;

  @Field()
  platformName: string;

  @Field()
  province: string;

  @Field(() => [ID], { complexity: listCost(20), description: 'Its experts (an expert sees only itself).' })
  expertIds: string[];

  @Field(() => [EvaluationSheetModel], {
    complexity: listCost(20),
    description: 'Submitted sheets: all of them for authorities, an expert’s own for an expert.',
  })
  sheets: EvaluationSheetModel[];

  @Field(() => EvaluationResultModel, {
    nullable: true,
    description: 'Once the round is closed (not shown to experts).',
  })
  result: EvaluationResultModel | null;

  /** For the service figures field: the round's period. */
  period: { start: Date; end: Date };
}

@ObjectType('EvaluationRound', { description: '运行绩效评估: an evaluation of platforms by assigned experts.' })
export class EvaluationRoundModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'NATIONAL or a province code.' })
  scope: string;

  @Field(() => LabelModel)
  scopeLabel: LabelModel;

  @Field(() => GraphQLISODateTime)
  periodStart: Date;

  @Field(() => GraphQLISODateTime)
  periodEnd: Date;

  @Field(() => EvaluationRoundStatus)
  status: EvaluationRoundStatus;

  @Field(() => LabelModel)
  statusLabel: LabelModel;

  @Field(() => [DimensionWeightModel], { complexity: listCost(5) })
  weights: DimensionWeightModel[];

  @Field(() => ID)
  authorityOrganizationId: string;

  @Field(() => GraphQLISODateTime)
  openedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  /** Exposed by RoundResolver.platforms, a page at a time. */
  platforms: EvaluationRoundPlatformModel[];
}

@ObjectType()
export class EvaluationRoundConnection extends Connection(EvaluationRoundModel, 'EvaluationRound') {}
