import { ArgsType, Field, Float, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
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
  IndustryDirection,
  IsMoney,
  IsProvinceCode,
  IsQuantity,
  IsVisibleName,
  KeyDomain,
  LocationInput,
  Money,
  PageArgs,
  ServiceType,
  Trim,
  TrimOrNull,
} from '#core';
import { PilotRequestKind } from '../../matching.enums.js';

// Rules across fields (windowTo ≥ windowFrom, ranges, trl, a window not yet past) are checked on the whole record,
// for create and update alike, by assertPilotRequestRules (pilot-request.rules.ts).
@InputType()
export class CreatePilotRequestInput {
  @Field(() => PilotRequestKind)
  @IsEnum(PilotRequestKind)
  kind: PilotRequestKind;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsVisibleName()
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsVisibleName()
  titleEn?: string;

  @Field()
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

  @Field(() => [ServiceType], { defaultValue: [] })
  @IsEnum(ServiceType, { each: true })
  @ArrayUnique()
  serviceTypes: ServiceType[];

  @Field(() => IndustryDirection, { nullable: true })
  @IsOptional()
  @IsEnum(IndustryDirection)
  industryDirection?: IndustryDirection;

  @Field(() => [KeyDomain], { defaultValue: [] })
  @IsEnum(KeyDomain, { each: true })
  @ArrayUnique()
  keyDomains: KeyDomain[];

  @Field(() => [String], { defaultValue: [] })
  @Trim()
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'keywords must not repeat a keyword' })
  keywords: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsQuantity()
  scaleFrom?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than 0: the scale to reach.' })
  @IsOptional()
  @IsQuantity()
  @IsPositive({ message: 'scaleTo must be greater than 0' })
  scaleTo?: number;

  @Field({ nullable: true })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(30)
  scaleUnit?: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  windowFrom: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  windowTo: Date;

  @Field(() => Money, { nullable: true, description: 'CNY' })
  @IsOptional()
  @IsMoney()
  budgetMin?: number;

  @Field(() => Money, { nullable: true, description: 'CNY' })
  @IsOptional()
  @IsMoney()
  budgetMax?: number;

  @Field(() => [String], { defaultValue: [] })
  @IsProvinceCode({ each: true })
  @ArrayUnique()
  preferredProvinces: string[];

  @Field(() => LocationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationInput)
  location?: LocationInput;

  @Field(() => [Accreditation], { defaultValue: [] })
  @IsEnum(Accreditation, { each: true })
  @ArrayUnique()
  requiredAccreditations: Accreditation[];

  @Field(() => Int, { nullable: true, description: 'Technology readiness level 1–9; required for TECH_TRANSFER.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number;

  @Field(() => [String], { defaultValue: [], description: 'Patent numbers (TECH_TRANSFER).' })
  @Trim()
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'patentNumbers must not repeat a patent' })
  patentNumbers: string[];

  @Field({ nullable: true, description: 'Who owns the IP and on what terms (TECH_TRANSFER).' })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(2000)
  ipOwnership?: string;

  @Field({ defaultValue: false, description: 'Platforms see only a summary until you share the request with them.' })
  @IsBoolean()
  confidential: boolean;
}

@InputType()
export class UpdatePilotRequestInput extends PartialType(OmitType(CreatePilotRequestInput, ['kind'] as const), {
  omitDefaultValues: true,
  // Left out: unchanged. Null: refused by the field's own rules (NOT NULL columns), unless the field allows null.
  skipNullProperties: false,
}) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class SharePilotRequestArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ID)
  @IsUUID()
  platformId: string;
}

@ArgsType()
export class MatchesArgs {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number;
}

@ArgsType()
export class MyPilotRequestsArgs extends PageArgs {}
