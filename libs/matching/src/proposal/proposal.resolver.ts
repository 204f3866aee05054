import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg } from '#core';
import { BookingModel } from '#booking';
import { CurrentActor, type Actor } from '#identity';
import { DeclineProposalArgs, SubmitProposalInput } from './dto/proposal.input.js';
import { toProposalModel } from './proposal.mapper.js';
import { ProposalModel } from './proposal.model.js';
import { ProposalService } from './proposal.service.js';

@Resolver(() => ProposalModel)
export class ProposalResolver {
  constructor(private readonly proposalService: ProposalService) {}

  @Mutation(() => ProposalModel, {
    description:
      'Platform operators: answer a request; given slots are held until the proposal is answered or expires.',
  })
  async submitProposal(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitProposalInput,
  ): Promise<ProposalModel> {
    return toProposalModel(await this.proposalService.submit(actor, input));
  }

  @Mutation(() => ProposalModel)
  async withdrawProposal(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<ProposalModel> {
    return toProposalModel(await this.proposalService.withdraw(actor, id));
  }

  @Mutation(() => BookingModel, {
    description:
      'Requester: accept a proposal; it becomes a CONFIRMED booking on its held slots (REQUESTED without slots).',
  })
  acceptProposal(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<BookingModel> {
    return this.proposalService.accept(actor, id);
  }

  @Mutation(() => ProposalModel, { description: 'Requester: decline a proposal, releasing its held slots.' })
  async declineProposal(@CurrentActor() actor: Actor, @Args() args: DeclineProposalArgs): Promise<ProposalModel> {
    return toProposalModel(await this.proposalService.decline(actor, args.id, args.reason));
  }
}
