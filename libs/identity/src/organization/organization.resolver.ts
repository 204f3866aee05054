import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '#core';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { InviteMemberInput, UpdateOrganizationInput, VerifyOrganizationArgs } from './dto/organization.input.js';
import { toInvitationModel, toOrganizationModel } from './organization.mapper.js';
import { InvitationModel, OrganizationModel } from './organization.model.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Query(() => OrganizationModel, { description: 'An organization’s public profile.' })
  async organization(@IdArg('id') id: string): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.get(id));
  }

  @Mutation(() => OrganizationModel, { description: 'OWNER or ADMIN: change your organization’s profile.' })
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.update(actor, input));
  }

  @Mutation(() => OrganizationModel, {
    description:
      'Site admins: verify an organization; a GOVERNMENT one thereby gains authority rights over the jurisdiction granted.',
  })
  async verifyOrganization(
    @CurrentActor() actor: Actor,
    @Args() args: VerifyOrganizationArgs,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizations.verify(actor, args.id, args.jurisdiction));
  }

  @Mutation(() => InvitationModel, {
    description: 'OWNER or ADMIN: invite an e-mail address; it joins by registering with organizationId.',
  })
  async inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<InvitationModel> {
    return toInvitationModel(await this.organizations.invite(actor, input));
  }
}
