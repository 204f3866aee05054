import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, listCost, pageCost, Public, toConnection, type ConnectionShape } from '#core';
import { CurrentActor, OptionalActor, type Actor } from '#identity';
import { CatalogLoaders } from '../catalog.loaders.js';
import { EquipmentModel } from '../equipment/equipment.model.js';
import { PlatformModel } from '../platform/platform.model.js';
import { viewerOf } from '../viewer.js';
import { CreateOfferingInput, UpdateOfferingInput } from './dto/offering.input.js';
import { OfferingsArgs } from './dto/offerings.args.js';
import { toAppliedPriceModel, toOfferingModel } from './offering.mapper.js';
import { AppliedPriceModel, OfferingConnection, OfferingModel } from './offering.model.js';
import { OfferingService } from './offering.service.js';
import { appliedPrice } from './pricing.js';

@Resolver(() => OfferingModel)
export class OfferingResolver {
  constructor(
    private readonly offeringService: OfferingService,
    private readonly loaders: CatalogLoaders,
  ) {}

  @Public()
  @Query(() => OfferingModel)
  async offering(@OptionalActor() actor: Actor | null, @IdArg('id') id: string): Promise<OfferingModel> {
    return toOfferingModel(await this.offeringService.get(viewerOf(actor), id));
  }

  @Public()
  @Query(() => OfferingConnection, { complexity: pageCost() })
  async offerings(
    @OptionalActor() actor: Actor | null,
    @Args() args: OfferingsArgs,
  ): Promise<ConnectionShape<OfferingModel>> {
    return toConnection(await this.offeringService.list(viewerOf(actor), args.filter ?? {}, args), toOfferingModel);
  }

  @Mutation(() => OfferingModel, { description: 'Add a service offering to one of your platforms.' })
  async createOffering(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOfferingInput,
  ): Promise<OfferingModel> {
    return toOfferingModel(await this.offeringService.create(actor, input));
  }

  @Mutation(() => OfferingModel)
  async updateOffering(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOfferingInput,
  ): Promise<OfferingModel> {
    return toOfferingModel(await this.offeringService.update(actor, input));
  }

  @Mutation(() => OfferingModel, { description: 'Withdraw an offering: it leaves search; existing bookings keep it.' })
  async archiveOffering(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<OfferingModel> {
    return toOfferingModel(await this.offeringService.archive(actor, id));
  }

  @ResolveField(() => AppliedPriceModel, {
    description:
      'What you would pay per unit: your organization kind’s tier, else the base price (the base price when signed out). ' +
      'Open-access slots may be cheaper: the quote of a booking says.',
  })
  yourPrice(@Parent() offering: OfferingModel, @OptionalActor() actor: Actor | null): AppliedPriceModel {
    return toAppliedPriceModel(offering.priceList, appliedPrice(offering.priceList, actor?.organizationKind));
  }

  @ResolveField(() => PlatformModel)
  async platform(@Parent() offering: OfferingModel, @Context() context: object): Promise<PlatformModel | null> {
    return this.loaders.platform(context).load(offering.platformId);
  }

  // An offering uses a few machines (at most 50, CreateOfferingInput).
  @ResolveField(() => [EquipmentModel], { complexity: listCost(5) })
  async equipment(@Parent() offering: OfferingModel, @Context() context: object): Promise<EquipmentModel[]> {
    const found = await this.loaders.equipment(context).loadMany(offering.equipmentIds);
    return found.filter((e): e is EquipmentModel => !!e && !(e instanceof Error));
  }
}
