import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { HasDecimalPlaces, IsNotBefore, IsProvinceCode, Trim } from '#core';
import { OrganizationKind } from '#identity';
import { ObligationBasis, ObligationPeriod } from '../../obligations.enums.js';

@InputType()
export class SetOpenAccessObligationInput {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => ObligationBasis)
  @IsEnum(ObligationBasis)
  basis: ObligationBasis;

  @Field(() => Float, { description: 'SHARE_OF_PUBLISHED_HOURS: a share 0–1; HOURS: hours per period.' })
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
  @IsEnum(OrganizationKind, { each: true })
  @ArrayMinSize(1)
  @ArrayUnique()
  eligibleRequesterKinds?: OrganizationKind[];

  @Field()
  @Type(() => Date)
  @IsDate()
  effectiveFrom: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsNotBefore('effectiveFrom', { message: 'effectiveTo must not be before effectiveFrom' })
  effectiveTo?: Date;

  @Field({ description: 'The document the obligation comes from.' })
  @Trim()
  @IsString()
  @Length(1, 500)
  reference: string;
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
export class ComplianceReportArgs {
  @Field({ description: 'GB/T 2260 province code.' })
  @IsProvinceCode()
  province: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  periodStart: Date;
}
