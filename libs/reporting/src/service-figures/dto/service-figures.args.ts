import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsUUID } from 'class-validator';
import { IsAfter } from '#core';

@ArgsType()
export class PlatformServiceFiguresArgs {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field({ description: 'Start of the period (inclusive).' })
  @Type(() => Date)
  @IsDate()
  from: Date;

  @Field({ description: 'End of the period (exclusive); at most five years after from.' })
  @Type(() => Date)
  @IsDate()
  @IsAfter('from', 0, { message: 'to must be after from' })
  to: Date;
}
