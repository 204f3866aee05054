import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Money } from '#core';
import { ConfirmationMode, SlotState } from '../booking.enums.js';

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
