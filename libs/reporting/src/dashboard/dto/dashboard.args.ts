import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { IsAuthorityScope } from '#identity';

@ArgsType()
export class AuthorityDashboardArgs {
  @Field({ description: 'NATIONAL, or a GB/T 2260 province code such as 32.' })
  @IsAuthorityScope()
  scope: string;

  @Field({ description: 'First month of the series, YYYY-MM (Asia/Shanghai).' })
  @Matches(/^(19|[2-9]\d)\d{2}-(0[1-9]|1[0-2])$/, { message: 'fromMonth must be a month YYYY-MM (1900–9999)' })
  fromMonth: string;

  @Field(() => Int, { defaultValue: 12, description: 'How many months, 1–36.' })
  @IsInt()
  @Min(1)
  @Max(36)
  months: number;
}
