import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { argumentCost, IdArg, Public } from '#core';
import { CurrentActor, type Actor } from '#identity';
import { IssueVoucherProgrammeInput, VoucherProgrammesArgs } from './dto/voucher.input.js';
import { toVoucherProgrammeModel } from './voucher.mapper.js';
import { VoucherProgrammeModel, VoucherUsageModel } from './voucher.model.js';
import { VoucherService } from './voucher.service.js';

@Resolver(() => VoucherProgrammeModel)
export class VoucherResolver {
  constructor(private readonly vouchers: VoucherService) {}

  @Mutation(() => VoucherProgrammeModel, {
    description:
      'Authority (OWNER or ADMIN): issue an innovation voucher programme for a province within your jurisdiction.',
  })
  async issueVoucherProgramme(
    @CurrentActor() actor: Actor,
    @Args('input') input: IssueVoucherProgrammeInput,
  ): Promise<VoucherProgrammeModel> {
    return toVoucherProgrammeModel(await this.vouchers.issue(actor, input));
  }

  @Public()
  @Query(() => [VoucherProgrammeModel], {
    description: 'Innovation voucher programmes, newest first: public policy, for requesters to apply.',
    complexity: argumentCost('first', 50),
  })
  async voucherProgrammes(@Args() args: VoucherProgrammesArgs): Promise<VoucherProgrammeModel[]> {
    return (await this.vouchers.list(args.province ?? null, args.validNow, args.first)).map(toVoucherProgrammeModel);
  }

  @Query(() => VoucherUsageModel, {
    description:
      'How a programme was used, by platform, requester kind and service type: its issuer, authorities of its province ' +
      '(national ones everywhere) and site admins.',
  })
  voucherUsage(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<VoucherUsageModel> {
    return this.vouchers.usage(actor, id);
  }
}
