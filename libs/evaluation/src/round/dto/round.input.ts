import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EvaluationDimension, IsAfter, IsAtMostAfter, IsVisibleName, OptionalNotNull, PageArgs, Trim } from '#core';
import { IsAuthorityScope } from '#identity';

/** A round evaluates a year or a few (a multi-year programme); five years and a leap day at most. */
const MAX_ROUND_PERIOD_MS = (5 * 365 + 2) * 86_400_000;

@InputType()
export class EvaluationAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => [ID], { description: 'EXPERT members of your authority who score this platform (1–20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  expertIds: string[];
}

@InputType()
export class DimensionWeightInput {
  @Field(() => EvaluationDimension)
  @IsEnum(EvaluationDimension)
  dimension: EvaluationDimension;

  @Field(() => Int, { description: 'Percent; the five weights sum to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  weight: number;
}

@InputType()
export class OpenEvaluationRoundInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsVisibleName()
  name: string;

  @Field({ description: 'NATIONAL, or the province code of a provincial round.' })
  @IsAuthorityScope()
  scope: string;

  @Field({ description: 'Start of the period whose service records are evaluated.' })
  @Type(() => Date)
  @IsDate()
  periodStart: Date;

  @Field({ description: 'End of that period (exclusive).' })
  @Type(() => Date)
  @IsDate()
  @IsAfter('periodStart', 0, { message: 'periodEnd must be after periodStart' })
  @IsAtMostAfter('periodStart', MAX_ROUND_PERIOD_MS, {
    message: 'periodEnd must be at most 5 years after periodStart: a round evaluates a year or a few',
  })
  periodEnd: Date;

  @Field(() => [EvaluationAssignmentInput], { description: 'The platforms evaluated (1–200) and their experts.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => EvaluationAssignmentInput)
  platforms: EvaluationAssignmentInput[];

  @Field(() => [DimensionWeightInput], {
    nullable: true,
    description: 'Each of the five dimensions once, summing to 100; by default 20 each.',
  })
  @IsOptional()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => DimensionWeightInput)
  weights?: DimensionWeightInput[];
}

@InputType()
export class DimensionScoreInput {
  @Field(() => EvaluationDimension)
  @IsEnum(EvaluationDimension)
  dimension: EvaluationDimension;

  @Field(() => Int, { description: '0–100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @Field({ nullable: true, defaultValue: '' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

@InputType()
export class SubmitEvaluationScoresInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => [DimensionScoreInput], { description: 'Each of the five dimensions exactly once.' })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => DimensionScoreInput)
  scores: DimensionScoreInput[];

  @Field({ nullable: true, defaultValue: '', description: '场地: the site.' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  siteNotes?: string;

  @Field({ nullable: true, defaultValue: '', description: '设备: the equipment.' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  equipmentNotes?: string;

  @Field({ nullable: true, defaultValue: '', description: '设施: facilities and supporting conditions.' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  facilitiesNotes?: string;

  @Field({ nullable: true, defaultValue: '', description: '团队: the technical, service and operations teams.' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(5000)
  teamsNotes?: string;
}

@ArgsType()
export class EvaluationRoundsArgs extends PageArgs {}

/** A stretch of a round's platforms: each expert's sheet of 200 platforms is more than one query may ask for. */
@ArgsType()
export class RoundPlatformsArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many platforms, 1–100; all of them when left out.' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => Int, { defaultValue: 0, description: 'Platforms to skip first, in the order of the list.' })
  @IsInt()
  @Min(0)
  @Max(200)
  offset: number = 0;
}
