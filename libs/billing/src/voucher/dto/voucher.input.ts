import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsMoney, IsNotBefore, IsPercent, IsProvinceCode, Money, ServiceType, Trim, TrimOrNull } from '#core';
import { OrganizationKind } from '#identity';

/** Requester kinds a voucher may subsidise: those that book (an authority does not subsidise itself). */
export const SUBSIDISABLE_KINDS = [
  OrganizationKind.STARTUP,
  OrganizationKind.SME,
  OrganizationKind.UNIVERSITY,
  OrganizationKind.RESEARCH_INSTITUTE,
  OrganizationKind.LARGE_ENTERPRISE,
] as const;

@InputType()
export class IssueVoucherProgrammeInput {
  @Field({ description: 'GB/T 2260 province code of the platforms it covers, within your jurisdiction.' })
  @IsProvinceCode()
  province: string;

  @Field({ description: 'Chinese name, e.g. 2027 年度江苏省科技创新券.' })
  @Trim()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(200)
  nameEn?: string;

  @Field({ description: 'The policy document it is issued under.' })
  @Trim()
  @IsString()
  @Length(1, 200)
  reference: string;

  @Field(() => [OrganizationKind], { description: 'Requester kinds it subsidises (not GOVERNMENT).' })
  @IsIn(SUBSIDISABLE_KINDS, {
    each: true,
    message: 'eligibleKinds must be start-ups, SMEs, universities, research institutes or large enterprises',
  })
  @ArrayMinSize(1)
  @ArrayUnique()
  eligibleKinds: OrganizationKind[];

  @Field(() => [ServiceType], { description: 'Service types it subsidises.' })
  @IsEnum(ServiceType, { each: true })
  @ArrayMinSize(1)
  @ArrayUnique()
  eligibleServiceTypes: ServiceType[];

  @Field(() => Float, { description: 'Share of a charge covered, in percent (0.01–100).' })
  @IsPercent()
  sharePercent: number;

  @Field(() => Money, { description: 'At most this much per requester organization and calendar year (CNY).' })
  @IsMoney({ min: 0.01, max: 100_000_000 })
  capPerRequesterPerYear: number;

  @Field(() => Money, { description: 'The programme’s budget (CNY).' })
  @IsMoney({ min: 0.01, max: 10_000_000_000 })
  budget: number;

  @Field()
  @Type(() => Date)
  @IsDate()
  validFrom: Date;

  @Field({ description: 'Exclusive; at most five years after validFrom.' })
  @Type(() => Date)
  @IsDate()
  @IsNotBefore('validFrom', { message: 'validTo must be after validFrom' })
  validTo: Date;
}

@ArgsType()
export class VoucherProgrammesArgs {
  @Field({ nullable: true, description: 'Programmes of this province only.' })
  @IsOptional()
  @IsProvinceCode()
  province?: string;

  @Field({ defaultValue: true, description: 'Only programmes valid now.' })
  @IsBoolean()
  validNow: boolean;

  @Field(() => Int, { defaultValue: 50, description: 'At most this many, newest first, 1–100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;
}
