import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Trim } from '#core';
import { LevelAction } from '../../evaluation.enums.js';

@InputType()
export class DecidePlatformLevelInput {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field(() => LevelAction)
  @IsEnum(LevelAction)
  action: LevelAction;

  @Field({ description: 'Why, in a sentence or a page.' })
  @Trim()
  @IsString()
  @Length(1, 5000)
  reason: string;

  @Field(() => [String], {
    description:
      'References to the evidence: document numbers, site-visit reports, files (1–20, each ≤ 500 characters).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Trim()
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  @ArrayUnique({ message: 'evidence must not cite a reference twice' })
  evidence: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The closed evaluation round the decision rests on; required to recognise PROVINCIAL or NATIONAL.',
  })
  @IsOptional()
  @IsUUID()
  evaluationRoundId?: string;
}
