import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IsProvinceCode } from '#core';

@ArgsType()
export class RecommendationSummaryArgs {
  @Field({ description: 'GB/T 2260 province code.' })
  @IsProvinceCode()
  province: string;

  @Field(() => Int, { description: 'Calendar year (Asia/Shanghai): standings at its end, figures over it.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}
