import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, ListArgs, pageCost, Public, toConnection, type ConnectionShape } from '#core';
import { CurrentActor, IdentityLoaders, OptionalActor, OrganizationModel, type Actor } from '#identity';
import { CatalogLoaders } from '../catalog.loaders.js';
import { EquipmentModel } from '../equipment/equipment.model.js';
import { OfferingModel } from '../offering/offering.model.js';
import { viewerOf } from '../viewer.js';
import { CreatePlatformInput, UpdatePlatformInput } from './dto/platform.input.js';
import { PlatformsArgs } from './dto/platforms.args.js';
import { toPlatformModel } from './platform.mapper.js';
import { PlatformConnection, PlatformModel } from './platform.model.js';
import { PlatformService } from './platform.service.js';

@Resolver(() => PlatformModel)
export class PlatformResolver {
  constructor(
    private readonly platformService: PlatformService,
    private readonly loaders: CatalogLoaders,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Public()
  @Query(() => PlatformModel, {
    description: 'A published platform, or any of your own (authorities: of their region).',
  })
  async platform(@OptionalActor() actor: Actor | null, @IdArg('id') id: string): Promise<PlatformModel> {
    return toPlatformModel(await this.platformService.get(viewerOf(actor), id));
  }

  @Public()
  @Query(() => PlatformConnection, { complexity: pageCost() })
  async platforms(
    @OptionalActor() actor: Actor | null,
    @Args() args: PlatformsArgs,
  ): Promise<ConnectionShape<PlatformModel>> {
    return toConnection(await this.platformService.list(viewerOf(actor), args.filter ?? {}, args), toPlatformModel);
  }

  @Mutation(() => PlatformModel, { description: 'Create a platform of your organization, as DRAFT.' })
  async createPlatform(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreatePlatformInput,
  ): Promise<PlatformModel> {
    return toPlatformModel(await this.platformService.create(actor, input));
  }

  @Mutation(() => PlatformModel)
  async updatePlatform(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdatePlatformInput,
  ): Promise<PlatformModel> {
    return toPlatformModel(await this.platformService.update(actor, input));
  }

  @Mutation(() => PlatformModel, { description: 'DRAFT or SUSPENDED → PUBLISHED: visible to everyone and searchable.' })
  async publishPlatform(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PlatformModel> {
    return toPlatformModel(await this.platformService.publish(actor, id));
  }

  @Mutation(() => PlatformModel, {
    description:
      'PUBLISHED → SUSPENDED: hidden from others and from search. A site admin may also hold a platform its operator suspended: it stays SUSPENDED, and only a site admin publishes it again.',
  })
  async suspendPlatform(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<PlatformModel> {
    return toPlatformModel(await this.platformService.suspend(actor, id));
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The operating organization.' })
  organization(@Parent() platform: PlatformModel, @Context() context: object): Promise<OrganizationModel | null> {
    return this.identityLoaders.organization(context).load(platform.organizationId);
  }

  // Bounded lists (the query cost counts `first` of them): all of a platform's offerings page through
  // offerings(filter: { platformId }).
  @ResolveField(() => [EquipmentModel], {
    complexity: pageCost(),
    description: 'The first `first` pieces of equipment, oldest first.',
  })
  async equipment(
    @Parent() platform: PlatformModel,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
    @Args() list: ListArgs,
  ): Promise<EquipmentModel[]> {
    return (await this.loaders.equipmentOfPlatform(context, actor).load(platform.id)).slice(0, list.first);
  }

  @ResolveField(() => [OfferingModel], {
    complexity: pageCost(),
    description:
      'The first `first` offerings you can see, oldest first; page through all with offerings(filter: { platformId }).',
  })
  async offerings(
    @Parent() platform: PlatformModel,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
    @Args() list: ListArgs,
  ): Promise<OfferingModel[]> {
    return (await this.loaders.offeringsOfPlatform(context, actor).load(platform.id)).slice(0, list.first);
  }

  @ResolveField(() => Int, { description: 'How many offerings you can see.' })
  async offeringCount(
    @Parent() platform: PlatformModel,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ): Promise<number> {
    return (await this.loaders.offeringsOfPlatform(context, actor).load(platform.id)).length;
  }
}
