import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '#core';
import { ConfirmationMode, SlotHolderKind, SlotState } from '../booking.enums.js';

@ObjectType('CapacitySlot', { description: 'A bookable run of one piece of equipment.' })
export class SlotModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  equipmentId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => Float)
  hours: number;

  @Field(() => SlotState)
  status: SlotState;

  @Field()
  openAccess: boolean;

  @Field(() => Money, { nullable: true, description: 'This slot’s own price per hour, in CNY.' })
  priceOverride: number | null;

  /** Not a field: the booking or proposal holding a HELD or BOOKED slot, for `holder` (null when free). */
  holderId?: string | null;

  /** Not a field: when a HELD slot's hold lapses. */
  heldUntil?: Date | null;
}

@ObjectType('BookingRules')
export class BookingRulesModel {
  @Field(() => ID)
  equipmentId: string;

  @Field(() => Int)
  minNoticeHours: number;

  @Field(() => Int, { nullable: true })
  maxRunHours: number | null;

  @Field(() => Int)
  bufferMinutes: number;

  @Field(() => ConfirmationMode)
  confirmationMode: ConfirmationMode;

  @Field(() => Int, { description: 'How far ahead slots may be published and booked, in days from now.' })
  maxAdvanceDays: number;
}

@ObjectType('SlotHolder', { description: 'Who holds (HELD) or owns (BOOKED) a slot.' })
export class SlotHolderModel {
  @Field(() => SlotHolderKind)
  kind: SlotHolderKind;

  @Field(() => ID, { description: 'The booking or the proposal.' })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The requester the slot is held or booked for; null for a proposal answering a confidential request, except to the platform it was shared with and site admins.',
  })
  organizationId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'HELD: when the hold lapses.' })
  heldUntil: Date | null;
}
