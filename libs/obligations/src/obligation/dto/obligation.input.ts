import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { HasDecimalPlaces, IsAfter, IsProvinceCode, Trim } from '#core';
import { DEFAULT_ELIGIBLE_KINDS } from '#booking';
import { OrganizationKind } from '#identity';
import { ObligationBasis, ObligationPeriod } from '../../obligations.enums.js';

/** What an obligation version promises, shared by promises and corrections. */
@InputType({ isAbstract: true })
abstract class ObligationTermsInput {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => ObligationBasis)
  @IsEnum(ObligationBasis)
  basis: ObligationBasis;

  @Field(() => Float, {
    description:
      'SHARE_OF_PUBLISHED_HOURS: a share greater than 0, at most 1 (0.2 for 20 %), 4 decimals; HOURS: hours per period, 1–100 000, in hundredths. A correction may also be 0: the periods it covers are waived.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @HasDecimalPlaces(4)
  @Min(0)
  @Max(100_000)
  target: number;

  @Field(() => ObligationPeriod)
  @IsEnum(ObligationPeriod)
  period: ObligationPeriod;

  @Field(() => [OrganizationKind], {
    nullable: true,
    description: 'Who counts as an outsider; default STARTUP, SME, UNIVERSITY, RESEARCH_INSTITUTE.',
  })
  @IsOptional()
  // Outsiders only: neither authorities nor large enterprises, the operator's own kind, count toward the open share.
  @IsIn(DEFAULT_ELIGIBLE_KINDS, {
    each: true,
    message: 'eligibleRequesterKinds must be start-ups, SMEs, universities or research institutes',
  })
  @ArrayMinSize(1)
  @ArrayUnique()
  eligibleRequesterKinds?: OrganizationKind[];

  @Field({ description: 'The document the obligation comes from.' })
  @Trim()
  @IsString()
  @Length(1, 500)
  reference: string;
}

@InputType({
  description:
    'A promise for periods to come. It takes effect at the start of a period of its kind (00:00 Asia/Shanghai) that has not begun, and where the period of the version before it ends; it judges every period from then on until a newer promise takes effect or effectiveTo ends it. Periods that have begun cannot be changed this way: only an authority corrects them (correctOpenAccessObligation).',
})
export class SetOpenAccessObligationInput extends ObligationTermsInput {
  @Field({ description: 'The start of a future month, quarter or year (by `period`), 00:00 Asia/Shanghai.' })
  @Type(() => Date)
  @IsDate()
  effectiveFrom: Date;

  @Field({
    nullable: true,
    description:
      'The end of a period of its kind after effectiveFrom; from then on no obligation applies (until a later promise).',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsAfter('effectiveFrom', 0, { message: 'effectiveTo must be after effectiveFrom' })
  effectiveTo?: Date;
}

@InputType({
  description:
    'An authority’s correction of whole periods that have begun (the running one included), recorded with its reason: within [effectiveFrom, effectiveTo) it judges instead of the promises; it uses the period kind of the versions judging that time.',
})
export class CorrectOpenAccessObligationInput extends ObligationTermsInput {
  @Field({ description: 'The start of the first corrected period, 00:00 Asia/Shanghai; it has begun.' })
  @Type(() => Date)
  @IsDate()
  effectiveFrom: Date;

  @Field({ description: 'The end of the last corrected period: at most the end of the running one.' })
  @Type(() => Date)
  @IsDate()
  @IsAfter('effectiveFrom', 0, { message: 'effectiveTo must be after effectiveFrom' })
  effectiveTo: Date;

  @Field({ description: 'Why the authority decided so; kept with the version and shown to the operator.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@ArgsType()
export class ComplianceArgs {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field({ description: 'Any instant in the period (month, quarter or year of the obligation, Asia/Shanghai).' })
  @Type(() => Date)
  @IsDate()
  periodStart: Date;
}

@ArgsType()
export class ObligationTrendArgs {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => Int, { defaultValue: 6, description: 'How many periods, the running one last, 1–12.' })
  @IsInt()
  @Min(1)
  @Max(12)
  periods: number;
}

@ArgsType()
export class ComplianceReportArgs {
  @Field({ description: 'GB/T 2260 province code.' })
  @IsProvinceCode()
  province: string;

  @Field({ description: 'Any instant in the periods to report (each platform by the version judging it).' })
  @Type(() => Date)
  @IsDate()
  periodStart: Date;
}
