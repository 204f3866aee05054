import { ArgsType, Field, ID, InputType, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Length, Matches, NotEquals } from 'class-validator';
import { IsMoney, IsNotBefore, Money, PageArgs, Trim } from '#core';

/** An amount the operator adds (positive) or takes off (negative) at completion, with its reason. */
@InputType()
export class ChargeAdjustmentInput {
  @Field(() => Money, {
    description: 'CNY, never 0: positive adds (consumables, extra work), negative takes off (a delay).',
  })
  @IsMoney({ min: -100_000_000, max: 100_000_000 })
  // An issued charge never changes: a line of 0.00 would stay on it for good.
  @NotEquals(0, { message: '$property must add or take off an amount, not 0' })
  amount: number;

  @Field({ description: 'Why, shown to the requester and in the exports.' })
  @Trim()
  @IsString()
  @Length(1, 500)
  reason: string;
}

@InputType()
export class CreditChargeInput {
  @Field(() => ID)
  @IsUUID()
  chargeId: string;

  @Field(() => Money, { description: 'CNY taken off the charge (positive), at most what it still amounts to.' })
  @IsMoney({ min: 0.01, max: 100_000_000 })
  amount: number;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 500)
  reason: string;

  @Field({
    nullable: true,
    description:
      'Unique per credit you mean: sent again (a lost answer, a retry), the credit is taken once and the charge is ' +
      'answered as it stands; the key for another amount or reason is a CONFLICT (reason CREDIT_KEY_REUSED).',
  })
  @IsOptional()
  @IsString()
  @Length(8, 100)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may contain letters, digits, _ . : - only' })
  idempotencyKey?: string;
}

@ArgsType()
export class ChargesPeriodArgs {
  @Field({ description: 'Start of the period (inclusive).' })
  @Type(() => Date)
  @IsDate()
  from: Date;

  @Field({ description: 'End of the period (exclusive); at most a year after from.' })
  @Type(() => Date)
  @IsDate()
  @IsNotBefore('from', { message: 'to must be after from' })
  to: Date;

  @Field(() => ID, { nullable: true, description: 'One of your platforms only.' })
  @IsOptional()
  @IsUUID()
  platformId?: string;
}

@ArgsType()
export class ChargesArgs extends IntersectionType(ChargesPeriodArgs, PageArgs, ArgsType) {}
