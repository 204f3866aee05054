import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsMoney, IsNotBefore, registerLabelledEnum } from '#core';
import { ConfirmationMode } from '../../booking.enums.js';
import { Weekday, WEEKDAY_LABELS } from '../recurrence.js';

registerLabelledEnum(Weekday, WEEKDAY_LABELS, { name: 'Weekday' });

@InputType()
export class SlotInput {
  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  @IsNotBefore('startsAt', { message: 'endsAt must be after startsAt' })
  endsAt: Date;

  @Field({ defaultValue: false, description: 'Counts toward the platform’s open-access obligation.' })
  @IsBoolean()
  openAccess: boolean;

  @Field(() => Float, { nullable: true, description: 'CNY, overriding the offering’s price for this slot.' })
  @IsOptional()
  @IsMoney()
  priceOverride?: number;
}

@InputType()
export class PublishSlotsInput {
  @Field(() => ID)
  @IsUUID()
  equipmentId: string;

  @Field(() => [SlotInput])
  @ValidateNested({ each: true })
  @Type(() => SlotInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  slots: SlotInput[];
}

@InputType()
export class PublishRecurringSlotsInput {
  @Field(() => ID)
  @IsUUID()
  equipmentId: string;

  @Field({ description: 'First day, YYYY-MM-DD (Asia/Shanghai).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'fromDay must be a date as YYYY-MM-DD' })
  fromDay: string;

  @Field({ description: 'Last day, YYYY-MM-DD (Asia/Shanghai), at most a year after fromDay.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'toDay must be a date as YYYY-MM-DD' })
  @IsNotBefore('fromDay', { message: 'toDay must not be before fromDay' })
  toDay: string;

  @Field(() => [Weekday])
  @IsEnum(Weekday, { each: true })
  @ArrayMinSize(1)
  @ArrayUnique()
  weekdays: Weekday[];

  @Field({ description: 'Local start of the first run, HH:MM (Asia/Shanghai).' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be HH:MM' })
  startTime: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.25)
  @Max(24 * 31)
  durationHours: number;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(24)
  runsPerDay: number;

  @Field(() => Int, { defaultValue: 0, description: 'Changeover / cleaning buffer between runs.' })
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  changeoverMinutes: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  openAccess: boolean;
}

@InputType()
export class SlotIdsInput {
  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  slotIds: string[];

  @Field({ nullable: true, description: 'Why (maintenance, calibration…).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@InputType()
export class BookingRulesInput {
  @Field(() => ID)
  @IsUUID()
  equipmentId: string;

  @Field(() => Int, { defaultValue: 24, description: 'Minimum notice before a run starts.' })
  @IsInt()
  @Min(0)
  @Max(24 * 90)
  minNoticeHours: number;

  @Field(() => Int, { nullable: true, description: 'Longest run; null for no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 366)
  maxRunHours?: number;

  @Field(() => Int, { defaultValue: 0, description: 'Time kept free between two slots.' })
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  bufferMinutes: number;

  @Field(() => ConfirmationMode, { defaultValue: ConfirmationMode.MANUAL })
  @IsEnum(ConfirmationMode)
  confirmationMode: ConfirmationMode;
}

@ArgsType()
export class AvailableSlotsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  equipmentId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  offeringId?: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  from: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  @IsNotBefore('from', { message: 'to must not be before from' })
  to: Date;
}
