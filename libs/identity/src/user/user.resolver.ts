import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaders } from '../identity.loaders.js';
import { OrganizationModel } from '../organization/organization.model.js';
import { UserModel } from './user.model.js';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() user: UserModel, @Context() context: object): Promise<OrganizationModel | null> | null {
    if (!user.organizationId) return null;
    return this.loaders.organization(context).load(user.organizationId);
  }
}
