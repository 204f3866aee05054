import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Money } from '#core';
import { QuoteModel } from '#billing';
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

  @Field(() => QuoteModel, {
    nullable: true,
    description:
      'The price line by line: the list price of the slots it holds for you, and the difference the operator offers.',
  })
  quote: QuoteModel | null;

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
