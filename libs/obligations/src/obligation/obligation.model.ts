import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConstructionMode, LabelModel } from '#core';
import { OrganizationKind } from '#identity';
import { ComplianceStatus, ObligationBasis, ObligationPeriod } from '../obligations.enums.js';

@ObjectType('OpenAccessObligation', {
  description: '适度开放: the share of capacity a platform promises to open to outsiders.',
})
export class ObligationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ObligationBasis)
  basis: ObligationBasis;

  @Field(() => Float)
  target: number;

  @Field(() => ObligationPeriod)
  period: ObligationPeriod;

  @Field(() => [OrganizationKind])
  eligibleRequesterKinds: OrganizationKind[];

  @Field(() => GraphQLISODateTime)
  effectiveFrom: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  effectiveTo: Date | null;

  @Field()
  reference: string;

  @Field({ description: 'OPERATOR, AUTHORITY or ADMIN.' })
  setBySide: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set on older versions.' })
  supersededAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('CompliancePeriod')
export class CompliancePeriodModel {
  @Field(() => GraphQLISODateTime)
  start: Date;

  @Field(() => GraphQLISODateTime)
  end: Date;
}

@ObjectType('ObligationCompliance')
export class ComplianceModel {
  @Field(() => ID)
  platformId: string;

  @Field(() => ID)
  obligationId: string;

  @Field(() => CompliancePeriodModel)
  period: CompliancePeriodModel;

  @Field(() => ObligationBasis)
  basis: ObligationBasis;

  @Field(() => Float)
  target: number;

  @Field(() => Float)
  requiredHours: number;

  @Field(() => Float)
  publishedHours: number;

  @Field(() => Float)
  openAccessPublishedHours: number;

  @Field(() => Float)
  openAccessBookedHours: number;

  @Field(() => Float)
  openAccessDeliveredHours: number;

  @Field(() => Float)
  operatorCancelledHours: number;

  @Field(() => Float)
  shortfallHours: number;

  @Field(() => Float, { description: 'Open-access hours still OPEN and not yet started in the period.' })
  openAccessBookableHours: number;

  @Field(() => ComplianceStatus)
  status: ComplianceStatus;

  @Field(() => LabelModel)
  statusLabel: LabelModel;
}

/** The platform fields every line of a compliance report carries. */
@ObjectType({ isAbstract: true })
abstract class PlatformSummaryModel {
  @Field(() => ID)
  platformId: string;

  @Field()
  platformName: string;

  @Field(() => ID)
  operatorOrganizationId: string;

  @Field(() => ConstructionMode)
  constructionMode: ConstructionMode;
}

@ObjectType('ComplianceReportEntry')
export class ComplianceReportEntryModel extends PlatformSummaryModel {
  @Field(() => ComplianceModel)
  compliance: ComplianceModel;
}

@ObjectType('UnobligatedPlatform', {
  description: 'A platform whose construction mode calls for an obligation it does not have.',
})
export class UnobligatedPlatformModel extends PlatformSummaryModel {}

@ObjectType('ComplianceReport')
export class ComplianceReportModel {
  @Field()
  province: string;

  @Field(() => LabelModel)
  provinceLabel: LabelModel;

  @Field(() => [ComplianceReportEntryModel])
  entries: ComplianceReportEntryModel[];

  @Field(() => [UnobligatedPlatformModel], {
    description: 'Flagged: ENTERPRISE_PARTIAL_OPEN or LEADING_ENTERPRISE_OWN platforms without an obligation.',
  })
  platformsWithoutObligation: UnobligatedPlatformModel[];
}
