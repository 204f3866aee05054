import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
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
} from 'class-validator';
import { PageArgs, Trim } from '#core';
import { BookingStatus } from '../../booking.enums.js';

@InputType()
export class RequestBookingInput {
  @Field(() => ID)
  @IsUUID()
  offeringId: string;

  @Field(() => [ID], { description: 'OPEN slots of equipment the offering uses.' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  slotIds: string[];

  @Field({ defaultValue: '', description: 'What you need done (materials, scale, tests).' })
  @IsString()
  @MaxLength(5000)
  brief: string;

  @Field({ description: 'Unique per request you mean; a retry with the same key returns the same booking.' })
  @IsString()
  @Length(8, 100)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may contain letters, digits, _ . : - only' })
  idempotencyKey: string;
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
export class CompleteBookingArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'What was delivered (report number, batches, results).' })
  @Trim()
  @IsString()
  @Length(1, 5000)
  outcome: string;
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
