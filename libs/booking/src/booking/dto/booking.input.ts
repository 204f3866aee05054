import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { HasDecimalPlaces, IsMoney, Money, PageArgs, Trim } from '#core';
import { ChargeAdjustmentInput, MAX_CHARGE_FEN, MAX_QUANTITY } from '#billing';
import { MAX_UNIT_PRICE_YUAN } from '#catalog';
import { BookingStatus } from '../../booking.enums.js';

@InputType({ description: 'What a booking request would ask for: the quote of it, without booking.' })
export class QuoteBookingInput {
  @Field(() => ID)
  @IsUUID()
  offeringId: string;

  @Field(() => [ID], { description: 'OPEN slots of equipment the offering uses.' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  slotIds: string[];

  @Field(() => Int, {
    nullable: true,
    description: `Samples or batches, for offerings priced PER_SAMPLE or PER_BATCH (1–${MAX_QUANTITY}; 1 when left out).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity?: number;
}

@InputType()
export class RequestBookingInput extends QuoteBookingInput {
  @Field({ defaultValue: '', description: 'What you need done (materials, scale, tests).' })
  @IsString()
  @MaxLength(5000)
  brief: string;

  @Field({ description: 'Unique per request you mean; a retry with the same key returns the same booking.' })
  @IsString()
  @Length(8, 100)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may contain letters, digits, _ . : - only' })
  idempotencyKey: string;

  @Field(() => Money, {
    nullable: true,
    description:
      'The amount quoteBooking showed you: sent, the booking is made only at that amount (CONFLICT, reason ' +
      'QUOTE_CHANGED, with `quotedAmount`, when the price changed since; nothing is booked). The web app sends it.',
  })
  @IsOptional()
  @IsMoney({ max: MAX_CHARGE_FEN / 100 })
  expectedAmount?: number;
}

@InputType()
export class ReviewBookingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@ArgsType()
export class BookingsArgs extends PageArgs {
  @Field(() => BookingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BookingStatus)
  status?: BookingStatus;
}

@ArgsType()
export class PlatformBookingsArgs extends BookingsArgs {
  @Field(() => ID)
  @IsUUID()
  platformId: string;
}

@ArgsType()
export class ReasonArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Shown to the other side and recorded on the booking.' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}

@ArgsType()
export class OptionalReasonArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true, description: 'Required when the operator cancels.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}

@ArgsType()
export class ConfirmBookingArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Money, {
    nullable: true,
    description: 'CNY for the whole job: required for offerings priced on quotation (QUOTE), refused for others.',
  })
  @IsOptional()
  @IsMoney({ min: 0.01, max: MAX_UNIT_PRICE_YUAN })
  quotedAmount?: number;
}

@ArgsType()
export class CompleteBookingArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'What was delivered (report number, batches, results).' })
  @Trim()
  @IsString()
  @Length(1, 5000)
  outcome: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Hours, samples or batches delivered, when the price is by hour, sample or batch from the price list; left out: ' +
      'as quoted. Hours fill the quoted lines cheapest first; hours beyond them cost your requester’s own price.',
  })
  @IsOptional()
  @HasDecimalPlaces(3)
  @Min(0)
  @Max(1_000_000)
  deliveredQuantity?: number;

  @Field(() => [ChargeAdjustmentInput], {
    defaultValue: [],
    description: 'Amounts added or taken off the charge, each with its reason (at most 20).',
  })
  @ValidateNested({ each: true })
  @Type(() => ChargeAdjustmentInput)
  @ArrayMaxSize(20)
  adjustments: ChargeAdjustmentInput[];
}

@ArgsType()
export class OfferingReviewsArgs {
  @Field(() => ID)
  @IsUUID()
  offeringId: string;

  @Field(() => Int, { defaultValue: 10, description: 'At most this many, newest first, 1–50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;
}

@ArgsType()
export class ApplyVoucherArgs {
  @Field(() => ID)
  @IsUUID()
  bookingId: string;

  @Field(() => ID, { description: 'An innovation voucher programme (voucherProgrammes) that applies to the booking.' })
  @IsUUID()
  programmeId: string;
}
