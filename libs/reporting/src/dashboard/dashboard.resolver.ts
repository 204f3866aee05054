import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '#identity';
import { AuthorityDashboardArgs } from './dto/dashboard.args.js';
import { AuthorityDashboardModel } from './dashboard.model.js';
import { DashboardService } from './dashboard.service.js';

@Resolver(() => AuthorityDashboardModel)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => AuthorityDashboardModel, {
    description:
      'Authorities (their province; national ones any scope) and site admins: counts of platforms by level, mode ' +
      'and direction, and monthly service figures pooled over the scope, ready for charts.',
  })
  authorityDashboard(
    @CurrentActor() actor: Actor,
    @Args() args: AuthorityDashboardArgs,
  ): Promise<AuthorityDashboardModel> {
    return this.dashboards.dashboard(actor, args.scope, args.fromMonth, args.months);
  }
}
