import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  Accreditation,
  ConstructionMode,
  IndustryDirection,
  IsPhone,
  IsProvinceCode,
  IsVisibleName,
  KeyDomain,
  LocationInput,
  OptionalNotNull,
  PlatformLevel,
  Trim,
  TrimOrNull,
  MAX_FILTER_VALUES,
} from '#core';

@InputType()
export class ContactInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsVisibleName()
  name?: string;

  @Field({ nullable: true, description: 'A telephone number: digits, spaces, + - ( ) and an optional extension.' })
  @IsOptional()
  @IsPhone()
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;
}

@InputType()
export class CreatePlatformInput {
  @Field({ description: 'Chinese name (required).' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsVisibleName()
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsVisibleName()
  nameEn?: string;

  @Field({ nullable: true, defaultValue: '' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(10_000)
  summary?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(10_000)
  summaryEn?: string;

  @Field(() => IndustryDirection)
  @IsEnum(IndustryDirection)
  industryDirection: IndustryDirection;

  @Field(() => [KeyDomain], { defaultValue: [] })
  @IsEnum(KeyDomain, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(14)
  keyDomains: KeyDomain[];

  @Field(() => ConstructionMode)
  @IsEnum(ConstructionMode)
  constructionMode: ConstructionMode;

  @Field({ description: 'GB/T 2260 province code.' })
  @IsProvinceCode()
  province: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100)
  city: string;

  @Field({ nullable: true, defaultValue: '' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(300)
  address?: string;

  @Field(() => LocationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationInput)
  location?: LocationInput;

  @Field(() => [Accreditation], { defaultValue: [] })
  @IsEnum(Accreditation, { each: true })
  @ArrayUnique()
  accreditations: Accreditation[];

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string;
}

@InputType()
export class UpdatePlatformInput extends PartialType(CreatePlatformInput, {
  omitDefaultValues: true,
  skipNullProperties: false,
}) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class PlatformFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsProvinceCode({ each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  provinces?: string[];

  @Field(() => [IndustryDirection], { nullable: true })
  @IsOptional()
  @IsEnum(IndustryDirection, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  industryDirections?: IndustryDirection[];

  @Field(() => [ConstructionMode], { nullable: true })
  @IsOptional()
  @IsEnum(ConstructionMode, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  constructionModes?: ConstructionMode[];

  @Field(() => [PlatformLevel], { nullable: true })
  @IsOptional()
  @IsEnum(PlatformLevel, { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  levels?: PlatformLevel[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}
