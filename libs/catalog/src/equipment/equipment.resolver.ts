import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, Public } from '#core';
import { CurrentActor, OptionalActor, type Actor } from '#identity';
import { CatalogLoaders } from '../catalog.loaders.js';
import { PlatformModel } from '../platform/platform.model.js';
import { viewerOf } from '../viewer.js';
import { CreateEquipmentInput, UpdateEquipmentInput } from './dto/equipment.input.js';
import { toEquipmentModel } from './equipment.mapper.js';
import { EquipmentModel } from './equipment.model.js';
import { EquipmentService } from './equipment.service.js';

@Resolver(() => EquipmentModel)
export class EquipmentResolver {
  constructor(
    private readonly equipmentService: EquipmentService,
    private readonly loaders: CatalogLoaders,
  ) {}

  @Public()
  @Query(() => EquipmentModel)
  async equipmentById(@OptionalActor() actor: Actor | null, @IdArg('id') id: string): Promise<EquipmentModel> {
    return toEquipmentModel(await this.equipmentService.get(viewerOf(actor), id));
  }

  @Mutation(() => EquipmentModel, { description: 'Add an instrument or pilot line to one of your platforms.' })
  async createEquipment(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateEquipmentInput,
  ): Promise<EquipmentModel> {
    return toEquipmentModel(await this.equipmentService.create(actor, input));
  }

  @Mutation(() => EquipmentModel)
  async updateEquipment(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateEquipmentInput,
  ): Promise<EquipmentModel> {
    return toEquipmentModel(await this.equipmentService.update(actor, input));
  }

  @ResolveField(() => PlatformModel)
  async platform(@Parent() equipment: EquipmentModel, @Context() context: object): Promise<PlatformModel | null> {
    return this.loaders.platform(context).load(equipment.platformId);
  }
}
