import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '#core';
import { PlatformFilter } from './platform.input.js';

@ArgsType()
export class PlatformsArgs extends PageArgs {
  @Field(() => PlatformFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlatformFilter)
  filter?: PlatformFilter;
}
