import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, listCost, pageCost, toConnection, type ConnectionShape } from '#core';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { toUserModel } from '../user/user.mapper.js';
import { UserModel } from '../user/user.model.js';
import {
  InviteMemberInput,
  MembersArgs,
  OrganizationsArgs,
  UpdateOrganizationInput,
  VerifyOrganizationArgs,
} from './dto/organization.input.js';
import { toInvitationModel, toOrganizationModel } from './organization.mapper.js';
import { InvitationModel, OrganizationConnection, OrganizationModel } from './organization.model.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Query(() => OrganizationModel, { description: 'An organization’s public profile.' })
  async organization(@IdArg('id') id: string): Promise<OrganizationModel> {
    return toOrganizationModel(await this.service.get(id));
  }

  @Query(() => OrganizationConnection, {
    complexity: pageCost(),
    description: 'Site admins: organizations, oldest first (filter: unverified GOVERNMENT ones to verify).',
  })
  async organizations(
    @CurrentActor() actor: Actor,
    @Args() args: OrganizationsArgs,
  ): Promise<ConnectionShape<OrganizationModel>> {
    return toConnection(await this.service.list(actor, args.filter ?? {}, args), toOrganizationModel);
  }

  @Query(() => [UserModel], {
    complexity: listCost(500),
    description: 'OWNER or ADMIN: the members of your organization by name, at most 500.',
  })
  async members(@CurrentActor() actor: Actor, @Args() args: MembersArgs): Promise<UserModel[]> {
    return (await this.service.members(actor, args.role)).map(toUserModel);
  }

  @Mutation(() => OrganizationModel, { description: 'OWNER or ADMIN: change your organization’s profile.' })
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.service.update(actor, input));
  }

  @Mutation(() => OrganizationModel, {
    description:
      'Site admins: verify an organization; a GOVERNMENT one thereby gains authority rights over the jurisdiction granted.',
  })
  async verifyOrganization(
    @CurrentActor() actor: Actor,
    @Args() args: VerifyOrganizationArgs,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.service.verify(actor, args.id, args.jurisdiction, args.reviewed));
  }

  @Mutation(() => InvitationModel, {
    description: 'OWNER or ADMIN: invite an e-mail address; it joins by registering with organizationId.',
  })
  async inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<InvitationModel> {
    return toInvitationModel(await this.service.invite(actor, input));
  }
}
