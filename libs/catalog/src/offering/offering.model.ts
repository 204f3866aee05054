import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Accreditation, Connection, LabelModel, listCost, Money, ServiceType } from '#core';
import { Currency, OfferingStatus, PriceModel, PriceTier } from '../catalog.enums.js';
import type { OfferingPricing } from './pricing.js';

@ObjectType('Scale')
export class ScaleModel {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;

  @Field()
  unit: string;
}

@ObjectType('PriceTierPrice', { description: 'The unit price of one tier of an offering’s price list.' })
export class PriceTierPriceModel {
  @Field(() => PriceTier)
  tier: PriceTier;

  @Field(() => LabelModel)
  tierLabel: LabelModel;

  @Field(() => Money, { description: 'The unit price this tier pays (a discount already applied).' })
  amount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Set when the tier is a discount off the base price, in percent.',
  })
  discountPercent: number | null;
}

@ObjectType('Pricing')
export class PricingModel {
  @Field(() => PriceModel)
  model: PriceModel;

  @Field(() => LabelModel)
  modelLabel: LabelModel;

  @Field(() => Money, { nullable: true, description: 'The base price per unit of the model; absent for QUOTE.' })
  amount: number | null;

  @Field(() => Currency)
  currency: Currency;

  // Six settable tiers at most (five requester kinds and OPEN_ACCESS).
  @Field(() => [PriceTierPriceModel], { complexity: listCost(6) })
  tiers: PriceTierPriceModel[];
}

@ObjectType('AppliedPrice', {
  description: 'What one requester pays per unit of an offering, and which tier of its price list that is.',
})
export class AppliedPriceModel {
  @Field(() => PriceTier)
  tier: PriceTier;

  @Field(() => LabelModel)
  tierLabel: LabelModel;

  @Field(() => Money, { nullable: true, description: 'Absent for QUOTE (the operator names the amount).' })
  amount: number | null;

  @Field(() => PriceModel)
  model: PriceModel;

  @Field(() => Currency)
  currency: Currency;
}

@ObjectType('ServiceOffering', {
  description: 'A service a platform offers: scale-up, testing, trial production, equipment time…',
})
export class OfferingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => ServiceType)
  serviceType: ServiceType;

  @Field(() => LabelModel)
  serviceTypeLabel: LabelModel;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  titleEn: string | null;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  descriptionEn: string | null;

  @Field(() => [String])
  keywords: string[];

  @Field(() => [ID])
  equipmentIds: string[];

  @Field(() => ScaleModel, { nullable: true })
  scale: ScaleModel | null;

  @Field(() => Int)
  leadTimeDays: number;

  @Field(() => PricingModel)
  pricing: PricingModel;

  /** The price list as the pricing rules read it (pricing.ts): what `yourPrice` and search hits are computed from. */
  priceList: OfferingPricing;

  @Field(() => [Accreditation])
  accreditations: Accreditation[];

  @Field(() => OfferingStatus)
  status: OfferingStatus;

  @Field(() => Float, { nullable: true })
  ratingAverage: number | null;

  @Field(() => Int)
  ratingCount: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType()
export class OfferingConnection extends Connection(OfferingModel, 'ServiceOffering') {}
