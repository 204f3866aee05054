import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '#core';
import { OfferingFilter } from './offering.input.js';

@ArgsType()
export class OfferingsArgs extends PageArgs {
  @Field(() => OfferingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferingFilter)
  filter?: OfferingFilter;
}
