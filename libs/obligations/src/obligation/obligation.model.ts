import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConstructionMode, LabelModel } from '#core';
import { OrganizationKind } from '#identity';
import { ComplianceStatus, ObligationBasis, ObligationPeriod, ObligationVersionKind } from '../obligations.enums.js';

@ObjectType('OpenAccessObligation', {
  description: `适度开放: the share of capacity a platform promises to open to outsiders — one version, never edited.
Which version judges a period: the newest CORRECTION whose [effectiveFrom, effectiveTo) contains the period's start; otherwise the newest PROMISE with effectiveFrom at or before it, unless its effectiveTo has passed (then none: an older promise never judges again). Versions start and end on period boundaries (00:00 Asia/Shanghai), so every instant of a period gets the same version, and a promise only takes effect from a period that has not begun: a period that has begun is judged as promised, unless an authority of the region corrects it with a recorded reason.`,
})
export class ObligationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ObligationVersionKind)
  kind: ObligationVersionKind;

  @Field(() => ObligationBasis)
  basis: ObligationBasis;

  @Field(() => Float)
  target: number;

  @Field(() => ObligationPeriod)
  period: ObligationPeriod;

  @Field(() => [OrganizationKind])
  eligibleRequesterKinds: OrganizationKind[];

  @Field(() => GraphQLISODateTime, { description: 'The start of the first period it judges.' })
  effectiveFrom: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The end of the last period it judges; null: until a newer promise takes effect.',
  })
  effectiveTo: Date | null;

  @Field()
  reference: string;

  @Field({ description: 'OPERATOR, AUTHORITY or ADMIN.' })
  setBySide: string;

  @Field(() => String, { nullable: true, description: 'CORRECTION: the authority’s reason.' })
  reason: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'PROMISE: when a newer promise was recorded (this one still judges the periods before that one starts).',
  })
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

  @Field(() => ID, { description: 'The version judging this period (see OpenAccessObligation).' })
  obligationId: string;

  @Field(() => CompliancePeriodModel)
  period: CompliancePeriodModel;

  @Field(() => ObligationBasis)
  basis: ObligationBasis;

  @Field(() => Float)
  target: number;

  @Field(() => Float)
  requiredHours: number;

  @Field(() => Float, {
    description:
      'Every slot hour published in the period, blocked ones and ones removed after the period began included: the base of SHARE_OF_PUBLISHED_HOURS (blocking or removing capacity does not lower the requirement).',
  })
  publishedHours: number;

  @Field(() => Float, { description: 'Of the published hours, those the operator blocked.' })
  blockedHours: number;

  @Field(() => Float, {
    description:
      'Of the published hours, those the operator removed (unpublishSlots) after the period began and did not publish again: they stay in the base.',
  })
  removedHours: number;

  @Field(() => GraphQLISODateTime, {
    description:
      'Until when deliveries of hours booked in the period may be recorded (completeBooking): an ended period short only of recorded deliveries is AT_RISK until then and BREACHED after; later completions do not count toward it.',
  })
  deliveryRecordingEndsAt: Date;

  @Field(() => Float, { description: 'Open-access hours offered in the period (blocked ones are not).' })
  openAccessPublishedHours: number;

  @Field(() => Float, {
    description:
      'Open-access hours of CONFIRMED or COMPLETED bookings by verified, eligible outsiders (not yet all delivered).',
  })
  openAccessBookedHours: number;

  @Field(() => Float, {
    description: 'Of the booked hours, those of COMPLETED bookings: what the status counts toward the requirement.',
  })
  openAccessDeliveredHours: number;

  @Field(() => Float)
  operatorCancelledHours: number;

  @Field(() => Float, {
    description:
      'Open-access hours booked by requesters of an eligible kind whose organization no site admin has verified: not counted.',
  })
  unverifiedRequesterHours: number;

  @Field(() => Float, { description: 'Required hours not yet delivered.' })
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

  @Field(() => String, { nullable: true })
  platformNameEn: string | null;

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
