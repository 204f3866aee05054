import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, Public } from '#core';
import { CurrentActor, OptionalActor, type Actor } from '#identity';
import {
  AvailableSlotsArgs,
  BookingRulesInput,
  PublishRecurringSlotsInput,
  PublishSlotsInput,
  SlotIdsInput,
} from './dto/slot.input.js';
import { SlotState } from '../booking.enums.js';
import { toSlotModel } from './slot.mapper.js';
import { BookingRulesModel, SlotModel } from './slot.model.js';
import { SlotService } from './slot.service.js';

@Resolver(() => SlotModel)
export class SlotResolver {
  constructor(private readonly slotService: SlotService) {}

  @Mutation(() => [SlotModel], {
    description:
      'Publish OPEN slots on your equipment: in the future, within its maxAdvanceDays, never overlapping and at least its bufferMinutes from another slot.',
  })
  async publishSlots(@CurrentActor() actor: Actor, @Args('input') input: PublishSlotsInput): Promise<SlotModel[]> {
    return (await this.slotService.publish(actor, input)).map(toSlotModel);
  }

  @Mutation(() => [SlotModel], {
    description: 'Publish a weekly pattern of runs between two days, with a changeover buffer between runs.',
  })
  async publishRecurringSlots(
    @CurrentActor() actor: Actor,
    @Args('input') input: PublishRecurringSlotsInput,
  ): Promise<SlotModel[]> {
    return (await this.slotService.publishRecurring(actor, input)).map(toSlotModel);
  }

  @Mutation(() => [SlotModel], {
    description: 'OPEN → BLOCKED, e.g. for maintenance; only slots that have not started (past capacity is frozen).',
  })
  async blockSlots(@CurrentActor() actor: Actor, @Args('input') input: SlotIdsInput): Promise<SlotModel[]> {
    return (await this.slotService.block(actor, input)).map(toSlotModel);
  }

  @Mutation(() => [SlotModel], { description: 'BLOCKED → OPEN again; only slots that have not started.' })
  async unblockSlots(@CurrentActor() actor: Actor, @Args('input') input: SlotIdsInput): Promise<SlotModel[]> {
    return (await this.slotService.unblock(actor, input)).map(toSlotModel);
  }

  @Mutation(() => [SlotModel], {
    description:
      'Remove OPEN or BLOCKED slots that have not started from the calendar; their time is free again. Answers the removed slots as they were published, with status REMOVED.',
  })
  async unpublishSlots(@CurrentActor() actor: Actor, @Args('input') input: SlotIdsInput): Promise<SlotModel[]> {
    return (await this.slotService.unpublish(actor, input)).map((slot) => ({
      ...toSlotModel(slot),
      status: SlotState.REMOVED,
    }));
  }

  @Mutation(() => BookingRulesModel, {
    description:
      'Minimum notice, maximum run, buffer, manual or automatic confirmation and booking horizon; changes only the rules given.',
  })
  setBookingRules(@CurrentActor() actor: Actor, @Args('input') input: BookingRulesInput): Promise<BookingRulesModel> {
    return this.slotService.setRules(actor, input);
  }

  @Public()
  @Query(() => BookingRulesModel)
  bookingRules(
    @OptionalActor() actor: Actor | null,
    @IdArg('equipmentId') equipmentId: string,
  ): Promise<BookingRulesModel> {
    return this.slotService.rules(actor, equipmentId);
  }

  @Public()
  @Query(() => [SlotModel], {
    description: 'OPEN slots in the window, in time order, of one equipment or of an offering’s equipment.',
  })
  async availableSlots(@Args() args: AvailableSlotsArgs): Promise<SlotModel[]> {
    return (await this.slotService.available(args)).map(toSlotModel);
  }
}
