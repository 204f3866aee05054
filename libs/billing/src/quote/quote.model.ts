import { Field, Float, ObjectType } from '@nestjs/graphql';
import { LabelModel, listCost, Money } from '#core';
import { Currency, PriceModel, PriceTier } from '#catalog';
import { ChargeLineKind, ChargeUnit, QuoteStatus } from '../billing.enums.js';

@ObjectType('QuoteLine', { description: 'One line of a quote: units at a price, or an amount with its reason.' })
export class QuoteLineModel {
  @Field(() => ChargeLineKind)
  kind: ChargeLineKind;

  @Field(() => LabelModel)
  kindLabel: LabelModel;

  @Field(() => PriceTier, { nullable: true, description: 'The tier whose price this is (SERVICE lines).' })
  tier: PriceTier | null;

  @Field(() => LabelModel, { nullable: true })
  tierLabel: LabelModel | null;

  @Field(() => ChargeUnit)
  unit: ChargeUnit;

  @Field(() => LabelModel)
  unitLabel: LabelModel;

  @Field(() => Float, { description: 'Units, with at most three decimals (hours are rounded half up to them).' })
  quantity: number;

  @Field(() => Money)
  unitPrice: number;

  @Field(() => Money, { description: 'unitPrice × quantity, rounded half up to the fen.' })
  amount: number;

  @Field(() => Money, { nullable: true, description: 'The base price per unit, on lines priced from the list.' })
  listUnitPrice: number | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => LabelModel, { description: 'The line in words, in both languages.' })
  description: LabelModel;
}

@ObjectType('Quote', {
  description:
    'What a booking is expected to cost, line by line, from the offering’s price list for the requester (or as the ' +
    'operator quoted it, or as a proposal agreed it).',
})
export class QuoteModel {
  @Field(() => QuoteStatus)
  status: QuoteStatus;

  @Field(() => LabelModel)
  statusLabel: LabelModel;

  @Field(() => PriceModel)
  priceModel: PriceModel;

  @Field(() => PriceTier, { description: 'The requester’s tier (their organization kind’s, else BASE).' })
  tier: PriceTier;

  @Field(() => LabelModel)
  tierLabel: LabelModel;

  @Field(() => Currency)
  currency: Currency;

  // A handful of lines: one per price (tier, open access, slot prices) and a proposal's difference.
  @Field(() => [QuoteLineModel], { complexity: listCost(10) })
  lines: QuoteLineModel[];

  @Field(() => Money, { nullable: true, description: 'The sum of the lines; absent while awaiting the operator.' })
  amount: number | null;
}
