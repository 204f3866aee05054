import { Args, Query, Resolver } from '@nestjs/graphql';
import { listCost, Public } from '#core';
import { CurrentActor, type Actor } from '#identity';
import { PlatformServiceFiguresArgs } from './dto/service-figures.args.js';
import { SERVICE_FIGURE_DEFINITIONS } from './service-figures.mapper.js';
import { ServiceFigureDefinitionModel, ServiceFiguresModel } from './service-figures.model.js';
import { ServiceFiguresService } from './service-figures.service.js';

@Resolver(() => ServiceFiguresModel)
export class ServiceFiguresResolver {
  constructor(private readonly figures: ServiceFiguresService) {}

  @Query(() => ServiceFiguresModel, {
    description:
      'A platform’s service results over [from, to), computed from its service records: its operator’s members, ' +
      'authorities of its province (national ones everywhere) and site admins.',
  })
  platformServiceFigures(
    @CurrentActor() actor: Actor,
    @Args() args: PlatformServiceFiguresArgs,
  ): Promise<ServiceFiguresModel> {
    return this.figures.forPlatform(actor, args.platformId, { start: args.from, end: args.to });
  }

  @Public()
  @Query(() => [ServiceFigureDefinitionModel], {
    complexity: listCost(SERVICE_FIGURE_DEFINITIONS.length),
    description: 'What each service figure means, with its bilingual label and unit.',
  })
  serviceFigureDefinitions(): ServiceFigureDefinitionModel[] {
    return SERVICE_FIGURE_DEFINITIONS;
  }
}
