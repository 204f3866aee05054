import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, listCost } from '#core';
import { CurrentActor, type Actor } from '#identity';
import { DecidePlatformLevelInput } from './dto/level-decision.input.js';
import { toLevelDecisionModel } from './level-decision.mapper.js';
import { LevelDecisionModel } from './level-decision.model.js';
import { LevelDecisionService } from './level-decision.service.js';

@Resolver(() => LevelDecisionModel)
export class LevelDecisionResolver {
  constructor(private readonly decisions: LevelDecisionService) {}

  @Mutation(() => LevelDecisionModel, {
    description:
      'Authorities: take one step of a platform’s level (nominate, admit, recognise, downgrade, remove) within your ' +
      'jurisdiction. The only way a level changes.',
  })
  async decidePlatformLevel(
    @CurrentActor() actor: Actor,
    @Args('input') input: DecidePlatformLevelInput,
  ): Promise<LevelDecisionModel> {
    return toLevelDecisionModel(await this.decisions.decide(actor, input));
  }

  @Query(() => [LevelDecisionModel], {
    complexity: listCost(50),
    description:
      'Every level decision about a platform, newest first: its operator, authorities of its province, site admins.',
  })
  async platformLevelHistory(
    @CurrentActor() actor: Actor,
    @IdArg('platformId') platformId: string,
  ): Promise<LevelDecisionModel[]> {
    return (await this.decisions.history(actor, platformId)).map(toLevelDecisionModel);
  }
}
