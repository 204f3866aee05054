import { Field, Float, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  Accreditation,
  IsMoney,
  IsNotBefore,
  IsPercent,
  IsQuantity,
  IsVisibleName,
  Money,
  ServiceType,
  Trim,
  TrimOrNull,
  MAX_FILTER_VALUES,
} from '#core';
import { Currency, OfferingStatus, PriceModel, PriceTier } from '../../catalog.enums.js';
import { MAX_UNIT_PRICE_YUAN, SETTABLE_TIERS } from '../pricing.js';
import { PlatformFilter } from '../../platform/dto/platform.input.js';

@InputType()
export class ScaleInput {
  @Field(() => Float)
  @IsQuantity()
  min: number;

  @Field(() => Float, { description: 'Greater than 0, and not less than min.' })
  @IsQuantity()
  @IsPositive({ message: 'max must be greater than 0' })
  @IsNotBefore('min', { message: 'max must not be less than min' })
  max: number;

  @Field({ description: 'e.g. L, kg, pcs, m².' })
  @Trim()
  @IsString()
  @Length(1, 30)
  unit: string;
}

@InputType({ description: 'A requester kind’s price, or the open-access price: an amount or a discount off the base.' })
export class PriceTierInput {
  @Field(() => PriceTier, { description: 'A requester kind, or OPEN_ACCESS; each at most once (not BASE).' })
  @IsEnum(PriceTier)
  tier: PriceTier;

  @Field(() => Money, { nullable: true, description: 'The unit price for this tier, in CNY.' })
  @IsOptional()
  @IsMoney({ max: MAX_UNIT_PRICE_YUAN })
  amount?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Or a discount off the base price, in percent (0.01–100); the price is rounded half up to the fen.',
  })
  @IsOptional()
  @IsPercent()
  discountPercent?: number;
}

@InputType()
export class PricingInput {
  @Field(() => PriceModel)
  @IsEnum(PriceModel)
  model: PriceModel;

  @Field(() => Money, {
    nullable: true,
    description: 'The base price in CNY (per hour, sample, batch or job); required unless the model is QUOTE.',
  })
  @IsOptional()
  @IsMoney({ max: MAX_UNIT_PRICE_YUAN })
  amount?: number;

  @Field(() => Currency, { defaultValue: Currency.CNY })
  @IsEnum(Currency)
  currency: Currency;

  @Field(() => [PriceTierInput], {
    defaultValue: [],
    description: 'Tier prices; the whole list is replaced whenever pricing is given. None for QUOTE.',
  })
  @ValidateNested({ each: true })
  @Type(() => PriceTierInput)
  @ArrayMaxSize(SETTABLE_TIERS.length)
  tiers: PriceTierInput[];
}

@InputType()
export class CreateOfferingInput {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => ServiceType)
  @IsEnum(ServiceType)
  serviceType: ServiceType;

  @Field({ description: 'Chinese title (required), at most 200 characters.' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsVisibleName()
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsVisibleName()
  titleEn?: string;

  @Field({ description: 'Chinese description (required), at most 10 000 characters.' })
  @Trim()
  @IsString()
  @Length(1, 10_000)
  description: string;

  @Field({ nullable: true })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(10_000)
  descriptionEn?: string;

  @Field(() => [String], { defaultValue: [] })
  @Trim()
  @IsString({ each: true })
  @Length(1, 50, { each: true, message: 'each keyword must be 1–50 characters' })
  @ArrayMaxSize(50, { message: 'keywords must contain at most 50 keywords' })
  @ArrayUnique({ message: 'keywords must not repeat a keyword' })
  keywords: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Equipment of the same platform used by this offering.' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(50)
  equipmentIds: string[];

  @Field(() => ScaleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScaleInput)
  scale?: ScaleInput;

  @Field(() => Int, { defaultValue: 0, description: 'Days from order to start, 0–365.' })
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays: number;

  @Field(() => PricingInput)
  @ValidateNested()
  @Type(() => PricingInput)
  pricing: PricingInput;

  @Field(() => [Accreditation], { defaultValue: [] })
  @IsEnum(Accreditation, { each: true })
  @ArrayUnique()
  accreditations: Accreditation[];
}

@InputType()
export class UpdateOfferingInput extends PartialType(OmitType(CreateOfferingInput, ['platformId'] as const), {
  omitDefaultValues: true,
  // Left out: unchanged. Null: refused by the field's own rules (NOT NULL columns), unless the field allows null.
  skipNullProperties: false,
}) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

/** The platform filters, plus the offering's own. */
@InputType()
export class OfferingFilter extends PlatformFilter {
  @Field(() => [ServiceType], { nullable: true })
  @IsOptional()
  @IsEnum(ServiceType, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  serviceTypes?: ServiceType[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  platformId?: string;

  @Field(() => [OfferingStatus], {
    nullable: true,
    description: 'Your own organization’s offerings only; others see ACTIVE ones.',
  })
  @IsOptional()
  @IsEnum(OfferingStatus, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  statuses?: OfferingStatus[];
}
