import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg, listCost, Public } from '#core';
import { CurrentActor, IdentityLoaders, OptionalActor, OrganizationModel, type Actor } from '#identity';
import { BookingLoaders } from '../booking.loaders.js';
import {
  AvailableSlotsArgs,
  BookingRulesInput,
  CapacitySlotsArgs,
  PublishRecurringSlotsInput,
  PublishSlotsInput,
  SlotIdsInput,
  SlotOpenAccessInput,
} from './dto/slot.input.js';
import { SlotState } from '../booking.enums.js';
import { toSlotModel } from './slot.mapper.js';
import { BookingRulesModel, SlotHolderModel, SlotModel } from './slot.model.js';
import { SlotService } from './slot.service.js';

@Resolver(() => SlotModel)
export class SlotResolver {
  constructor(
    private readonly slotService: SlotService,
    private readonly loaders: BookingLoaders,
  ) {}

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

  @Mutation(() => [SlotModel], {
    description:
      'Mark OPEN or BLOCKED slots that have not started as open access (counted toward the platform’s obligation), or no longer.',
  })
  async setSlotsOpenAccess(
    @CurrentActor() actor: Actor,
    @Args('input') input: SlotOpenAccessInput,
  ): Promise<SlotModel[]> {
    return (await this.slotService.setOpenAccess(actor, input)).map(toSlotModel);
  }

  // A 62-day window of 20 pieces of equipment: a few hundred runs in practice.
  @Query(() => [SlotModel], {
    complexity: listCost(500),
    description:
      'Every slot of your equipment in a window (at most 62 days), free, held, booked or blocked, with who holds it; authorities: equipment of their region.',
  })
  async capacitySlots(@CurrentActor() actor: Actor, @Args() args: CapacitySlotsArgs): Promise<SlotModel[]> {
    return (await this.slotService.calendar(actor, args)).map(toSlotModel);
  }

  @ResolveField(() => SlotHolderModel, {
    nullable: true,
    description: 'HELD or BOOKED: the booking or proposal and its requester; null for a free or blocked slot.',
  })
  async holder(
    @Parent() slot: SlotModel,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ): Promise<SlotHolderModel | null> {
    if (!slot.holderId) return null;
    const holder = await this.loaders.slotHolder(context, actor).load(slot.holderId);
    return holder && { ...holder, heldUntil: slot.heldUntil ?? null };
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
    description:
      'Free slots in the window, in time order, of one equipment or of an offering’s equipment: those a booking request would be accepted on now (past the equipment’s minimum notice, within its maximum run and booking horizon; none for an archived offering or an unpublished platform).',
  })
  async availableSlots(@OptionalActor() actor: Actor | null, @Args() args: AvailableSlotsArgs): Promise<SlotModel[]> {
    return (await this.slotService.available(actor, args)).map(toSlotModel);
  }
}

@Resolver(() => SlotHolderModel)
export class SlotHolderResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => OrganizationModel, { nullable: true })
  async organization(@Parent() holder: SlotHolderModel, @Context() context: object): Promise<OrganizationModel | null> {
    return holder.organizationId ? this.identityLoaders.organization(context).load(holder.organizationId) : null;
  }
}
