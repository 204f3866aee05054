import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { pageCost, toConnection, type ConnectionShape } from '#core';
import { CurrentActor, type Actor } from '#identity';
import { ChargesArgs, ChargesPeriodArgs, CreditChargeInput } from './dto/charge.input.js';
import { ChargeConnection, ChargeModel, ChargesExportModel } from './charge.model.js';
import { ChargeService } from './charge.service.js';

@Resolver(() => ChargeModel)
export class ChargeResolver {
  constructor(private readonly chargeService: ChargeService) {}

  @Mutation(() => ChargeModel, {
    description:
      'Operator (OWNER or ADMIN): take an amount off an issued charge with a reason. A CREDIT line is added; what was ' +
      'issued never changes. A voucher’s coverage follows the net amount down.',
  })
  creditCharge(@CurrentActor() actor: Actor, @Args('input') input: CreditChargeInput): Promise<ChargeModel> {
    return this.chargeService.credit(actor, input);
  }

  @Query(() => ChargeConnection, {
    description: 'Charges your organization issued in a period (at most a year), newest first.',
    complexity: pageCost(),
  })
  async charges(@CurrentActor() actor: Actor, @Args() args: ChargesArgs): Promise<ConnectionShape<ChargeModel>> {
    return toConnection(await this.chargeService.page(actor, args, args), (model) => model);
  }

  @Query(() => ChargesExportModel, {
    description:
      'Your organization’s charges of a period (at most a year): totals, and links to the lines as CSV and XLSX.',
  })
  chargesExport(@CurrentActor() actor: Actor, @Args() args: ChargesPeriodArgs): Promise<ChargesExportModel> {
    return this.chargeService.exportSummary(actor, args);
  }
}
