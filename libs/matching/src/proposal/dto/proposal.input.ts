import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsDate,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsAfter, IsMoney, Money, Trim } from '#core';

@InputType()
export class SubmitProposalInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => ID)
  @IsUUID()
  offeringId: string;

  @Field(() => Money, { description: 'The price for the whole job, in CNY.' })
  @IsMoney()
  priceAmount: number;

  @Field({ description: "Start of the proposed period; the period must overlap the request's window." })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  @IsAfter('startsAt', 0, { message: 'endsAt must be after startsAt' })
  endsAt: Date;

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'OPEN slots to hold for the requester until the proposal is answered or expires; each must lie inside startsAt – endsAt.',
  })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(50)
  slotIds: string[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  message: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  validUntil: Date;

  @Field({
    nullable: true,
    description:
      'Unique per proposal you mean (per user who sends it): sent again (a lost answer, a retry), the proposal is made ' +
      'once and answered as it stands; the key for another proposal is a CONFLICT (reason PROPOSAL_KEY_REUSED).',
  })
  @IsOptional()
  @IsString()
  @Length(8, 100)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may contain letters, digits, _ . : - only' })
  idempotencyKey?: string;
}

@ArgsType()
export class DeclineProposalArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}
