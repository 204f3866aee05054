import { applyDecorators } from '@nestjs/common';
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
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsAfter, IsMoney, IsNotBefore, Money, Trim } from '#core';
import { ConfirmationMode, Weekday } from '../../booking.enums.js';
import { MAX_ADVANCE_DAYS_LIMIT } from '../equipment-booking-rules.entity.js';
import { MAX_SLOT_HOURS } from '../slot.rules.js';

/** A real calendar day written YYYY-MM-DD: 2027-02-30 is refused, not read as 2 March. */
const IsCalendarDay = (property: string, options: { each?: boolean } = {}) =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${property} must be a date as YYYY-MM-DD`, ...options }),
    IsISO8601({ strict: true }, { message: `${property} must be a real calendar day`, ...options }),
  );

/**
 * Hours that are a whole number of minutes, as the pattern's startTime (HH:MM) and changeoverMinutes are: 1.5 and 0.25
 * are, 0.3333 (19 min 59.88 s) is not. A third of an hour as a client computes it (1 / 3) is within a microsecond of 20
 * minutes and counts as 20 (recurrence.ts lays runs out in whole minutes).
 */
const IsWholeMinutes = () =>
  ValidateBy({
    name: 'isWholeMinutes',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && Math.abs(value * 60 - Math.round(value * 60)) < 1e-6,
      defaultMessage: () => '$property must be a whole number of minutes (0.25 for 15 minutes, 1.5 for 90 minutes)',
    },
  });

/** Validated only when given: omitted keeps the current value, and null (not a value) is refused. */
const WhenGiven = () => ValidateIf((_: object, value: unknown) => value !== undefined);

@InputType()
export class SlotInput {
  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  // A slot shorter than a quarter of an hour cannot be used (recurring runs have the same floor: durationHours ≥ 0.25).
  @IsAfter('startsAt', 15 * 60_000, { message: 'endsAt must be at least 15 minutes after startsAt' })
  endsAt: Date;

  @Field({ defaultValue: false, description: 'Counts toward the platform’s open-access obligation.' })
  @IsBoolean()
  openAccess: boolean;

  @Field(() => Money, {
    nullable: true,
    description:
      'CNY per hour for this slot, whoever books it, instead of the offering’s price list (HOURLY offerings only).',
  })
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

  @Field({
    description:
      'First day, YYYY-MM-DD (Asia/Shanghai). Runs that would start before now are left out; a pattern wholly in the past is refused.',
  })
  @IsCalendarDay('fromDay')
  fromDay: string;

  @Field({
    description:
      'Last day, YYYY-MM-DD (Asia/Shanghai): at most a year after fromDay (the same calendar day a year later), and within the equipment’s maxAdvanceDays.',
  })
  @IsCalendarDay('toDay')
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

  @Field(() => Float, { description: 'Length of each run in hours, a whole number of minutes (0.25–744).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.25)
  @Max(MAX_SLOT_HOURS)
  @IsWholeMinutes()
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

  @Field(() => [String], {
    defaultValue: [],
    description: 'Days of the pattern left out (holidays, maintenance), YYYY-MM-DD between fromDay and toDay.',
  })
  @IsCalendarDay('exceptDays', { each: true })
  @ArrayMaxSize(366)
  @ArrayUnique()
  exceptDays: string[];
}

@InputType()
export class SlotOpenAccessInput {
  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  slotIds: string[];

  @Field({ description: 'True: the slots count toward the platform’s open-access obligation.' })
  @IsBoolean()
  openAccess: boolean;
}

@ArgsType()
export class CapacitySlotsArgs {
  @Field(() => [ID], { description: 'Equipment of one organization, 1–20 pieces side by side.' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  equipmentIds: string[];

  @Field()
  @Type(() => Date)
  @IsDate()
  from: Date;

  @Field({ description: 'At most 62 days after from (a month view with its leading and trailing weeks).' })
  @Type(() => Date)
  @IsDate()
  @IsNotBefore('from', { message: 'to must not be before from' })
  to: Date;
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
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@InputType({
  description:
    'Changes only the rules given; an omitted rule keeps its value (for equipment never configured: notice 24 h, no maximum run, no buffer, MANUAL, 365 days ahead).',
})
export class BookingRulesInput {
  @Field(() => ID)
  @IsUUID()
  equipmentId: string;

  @Field(() => Int, { nullable: true, description: 'Minimum notice before a run starts, in hours.' })
  @WhenGiven()
  @IsInt()
  @Min(0)
  @Max(24 * 90)
  minNoticeHours?: number;

  @Field(() => Int, { nullable: true, description: 'Longest run in hours; null removes the limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 366)
  maxRunHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Changeover kept free, in minutes, between two slots when published and between two holders’ runs when booked.',
  })
  @WhenGiven()
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  bufferMinutes?: number;

  @Field(() => ConfirmationMode, { nullable: true })
  @WhenGiven()
  @IsEnum(ConfirmationMode)
  confirmationMode?: ConfirmationMode;

  @Field(() => Int, {
    nullable: true,
    description: `How far ahead slots may be published and booked, in days from now (1–${MAX_ADVANCE_DAYS_LIMIT}).`,
  })
  @WhenGiven()
  @IsInt()
  @Min(1)
  @Max(MAX_ADVANCE_DAYS_LIMIT)
  maxAdvanceDays?: number;
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
