import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LabelModel, Money } from '#core';
import { ComplianceStatus } from '#obligations';
import { ServiceFigureCode } from './service-figures.js';

@ObjectType('ReportPeriod')
export class ReportPeriodModel {
  @Field(() => GraphQLISODateTime)
  start: Date;

  @Field(() => GraphQLISODateTime, { description: 'Exclusive.' })
  end: Date;
}

@ObjectType('ServiceFigures', {
  description:
    'Service results computed from the service records (slots, bookings, reviews, proposals), never self-reported. ' +
    'Each figure is defined in serviceFigureDefinitions. Shares are 0–1; null where there is nothing to divide.',
})
export class ServiceFiguresModel {
  @Field(() => ID, {
    nullable: true,
    description: 'The platform; null for figures pooled over a province or the country.',
  })
  platformId: string | null;

  @Field(() => ReportPeriodModel)
  period: ReportPeriodModel;

  @Field(() => Float)
  hoursPublished: number;

  @Field(() => Float)
  hoursBooked: number;

  @Field(() => Float)
  hoursDelivered: number;

  @Field(() => Float, { nullable: true })
  outsideDeliveredShare: number | null;

  @Field(() => Float, { nullable: true })
  startupSmeDeliveredShare: number | null;

  @Field(() => Int)
  distinctRequestersServed: number;

  @Field(() => Int)
  bookingsCompleted: number;

  @Field(() => Int)
  bookingsDeclined: number;

  @Field(() => Int)
  bookingsCancelled: number;

  @Field(() => Float, { nullable: true })
  medianBookingResponseHours: number | null;

  @Field(() => Float, { nullable: true })
  medianProposalResponseHours: number | null;

  @Field(() => Float, { nullable: true })
  onTimeCompletionShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Reviews of completed bookings only (1–5).' })
  averageRating: number | null;

  @Field(() => Int)
  ratingCount: number;

  @Field(() => Money, { description: 'Charges issued in the period, net of credits (CNY).' })
  amountCharged: bigint;

  @Field(() => Money, { description: 'Of those, covered by innovation vouchers (CNY).' })
  voucherCoveredAmount: bigint;

  @Field(() => Money, { description: 'What tier and open-access prices saved start-ups and SMEs (CNY).' })
  startupSmeTierSavings: bigint;

  @Field(() => ComplianceStatus, {
    nullable: true,
    description:
      'Open-access obligation status in the obligation period containing the end of this period (or now); null ' +
      'without an obligation in force, and for pooled figures.',
  })
  openAccessStatus: ComplianceStatus | null;
}

@ObjectType('ServiceFigureDefinition')
export class ServiceFigureDefinitionModel {
  @Field(() => ServiceFigureCode)
  code: ServiceFigureCode;

  @Field({ description: 'The ServiceFigures field holding it.' })
  field: string;

  @Field(() => LabelModel)
  label: LabelModel;

  @Field({ description: 'HOURS, SHARE (0–1), COUNT, RATING or MONEY (CNY, exact).' })
  unit: string;

  @Field()
  definition: string;
}
