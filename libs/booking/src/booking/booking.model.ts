import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LabelModel } from '#core';
import { QuoteModel } from '#billing';
import { BookingStatus } from '../booking.enums.js';

@ObjectType('BookingSlot', { description: 'A slot as the booking asked for it.' })
export class BookingSlotModel {
  @Field(() => ID)
  slotId: string;

  @Field(() => ID)
  equipmentId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field()
  openAccess: boolean;
}

@ObjectType('BookingEvent')
export class BookingEventModel {
  @Field(() => BookingStatus, { nullable: true })
  from: BookingStatus | null;

  @Field(() => BookingStatus)
  to: BookingStatus;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field({ description: 'REQUESTER, OPERATOR, ADMIN or SYSTEM.' })
  actorSide: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('Review', { description: 'A requester’s rating of a completed booking, shown without who wrote it.' })
export class ReviewModel {
  @Field(() => Int, { description: '1–5.' })
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime)
  reviewedAt: Date;
}

@ObjectType('Booking')
export class BookingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  offeringId: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => ID)
  operatorOrganizationId: string;

  @Field(() => ID)
  requesterOrganizationId: string;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field(() => LabelModel)
  statusLabel: LabelModel;

  @Field()
  brief: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'REQUESTED: the slots are held until then.' })
  holdExpiresAt: Date | null;

  @Field(() => GraphQLISODateTime)
  firstSlotStartsAt: Date;

  @Field(() => GraphQLISODateTime)
  lastSlotEndsAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'The requester may cancel free of charge until then.' })
  freeCancellationUntil: Date;

  @Field()
  openAccess: boolean;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  @Field(() => QuoteModel, {
    nullable: true,
    description: 'What it is expected to cost, line by line (null only for bookings made before quotes existed).',
  })
  quote: QuoteModel | null;

  @Field(() => ID, { nullable: true, description: 'The innovation voucher programme applied to it.' })
  voucherProgrammeId: string | null;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => Int, { nullable: true })
  rating: number | null;

  @Field(() => String, { nullable: true })
  reviewComment: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class BookingConnection extends Connection(BookingModel, 'Booking') {}
