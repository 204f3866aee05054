import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LoaderRegistry } from '#core';
import { IdentityService } from '../identity.service.js';
import { OrganizationModel } from '../organization/organization.model.js';
import { UserModel } from './user.model.js';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly loaders: LoaderRegistry,
    private readonly identity: IdentityService,
  ) {}

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() user: UserModel, @Context() context: object): Promise<OrganizationModel | null> | null {
    if (!user.organizationId) return null;
    return this.loaders
      .get(context, 'organizationById', (ids: readonly string[]) => this.identity.organizationsByIds(ids))
      .load(user.organizationId);
  }
}
