import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { IsAuthorityScope } from '#identity';

@ArgsType()
export class AuthorityDashboardArgs {
  @Field({ description: 'NATIONAL, or a GB/T 2260 province code such as 32.' })
  @IsAuthorityScope()
  scope: string;

  // Service records start with this century; a series may run at most 36 months, so it always ends within 2000–2102.
  @Field({ description: 'First month of the series, YYYY-MM (Asia/Shanghai), 2000–2099.' })
  @Matches(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: 'fromMonth must be a month YYYY-MM between 2000-01 and 2099-12' })
  fromMonth: string;

  @Field(() => Int, { defaultValue: 12, description: 'How many months, 1–36.' })
  @IsInt()
  @Min(1)
  @Max(36)
  months: number;
}
