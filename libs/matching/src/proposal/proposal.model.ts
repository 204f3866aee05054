import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Money } from '#core';
import { ProposalStatus } from '../matching.enums.js';

@ObjectType('Proposal', { description: 'A platform’s answer to a pilot request, optionally holding capacity slots.' })
export class ProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  requestId: string;

  @Field(() => ID)
  offeringId: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => Money, { description: 'The price proposed for the whole job, in CNY.' })
  priceAmount: number;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => [ID])
  slotIds: string[];

  @Field()
  message: string;

  @Field(() => GraphQLISODateTime)
  validUntil: Date;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field(() => ID, { nullable: true })
  bookingId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
