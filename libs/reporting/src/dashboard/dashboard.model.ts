import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConstructionMode, IndustryDirection, LabelModel, listCost, PlatformLevel } from '#core';
import { PlatformStatus } from '#catalog';
import { ServiceFiguresModel } from '../service-figures/service-figures.model.js';

@ObjectType('LevelCount')
export class LevelCountModel {
  @Field(() => PlatformLevel)
  level: PlatformLevel;

  @Field(() => LabelModel)
  label: LabelModel;

  @Field(() => Int)
  count: number;
}

@ObjectType('ConstructionModeCount')
export class ConstructionModeCountModel {
  @Field(() => ConstructionMode)
  constructionMode: ConstructionMode;

  @Field(() => LabelModel)
  label: LabelModel;

  @Field(() => Int)
  count: number;
}

@ObjectType('IndustryDirectionCount')
export class IndustryDirectionCountModel {
  @Field(() => IndustryDirection)
  industryDirection: IndustryDirection;

  @Field(() => LabelModel)
  label: LabelModel;

  @Field(() => Int)
  count: number;
}

@ObjectType('PlatformStatusCount')
export class PlatformStatusCountModel {
  @Field(() => PlatformStatus)
  status: PlatformStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('MonthlyServiceFigures')
export class MonthlyServiceFiguresModel {
  @Field({ description: 'YYYY-MM (Asia/Shanghai).' })
  month: string;

  @Field(() => ServiceFiguresModel, { description: 'Pooled over every platform of the scope.' })
  figures: ServiceFiguresModel;
}

@ObjectType('AuthorityDashboard', {
  description:
    'Chart data of a province or the country. Counts by level, mode and direction are of PUBLISHED platforms, ' +
    'every value listed (zero included); byStatus counts every platform.',
})
export class AuthorityDashboardModel {
  @Field({ description: 'NATIONAL or a province code.' })
  scope: string;

  @Field(() => LabelModel)
  scopeLabel: LabelModel;

  @Field(() => Int, { description: 'Platforms of every status.' })
  platformCount: number;

  @Field(() => [PlatformStatusCountModel], { complexity: listCost(Object.keys(PlatformStatus).length) })
  byStatus: PlatformStatusCountModel[];

  @Field(() => [LevelCountModel], { complexity: listCost(Object.keys(PlatformLevel).length) })
  byLevel: LevelCountModel[];

  @Field(() => [ConstructionModeCountModel], { complexity: listCost(Object.keys(ConstructionMode).length) })
  byConstructionMode: ConstructionModeCountModel[];

  @Field(() => [IndustryDirectionCountModel], { complexity: listCost(Object.keys(IndustryDirection).length) })
  byIndustryDirection: IndustryDirectionCountModel[];

  @Field(() => [MonthlyServiceFiguresModel], {
    complexity: listCost(36),
    description: 'One entry per month asked for.',
  })
  monthly: MonthlyServiceFiguresModel[];
}
