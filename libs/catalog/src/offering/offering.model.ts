import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Accreditation, Connection, LabelModel, ServiceType } from '#core';
import { Currency, OfferingStatus, PriceModel } from '../catalog.enums.js';

@ObjectType('Scale')
export class ScaleModel {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;

  @Field()
  unit: string;
}

@ObjectType('Pricing')
export class PricingModel {
  @Field(() => PriceModel)
  model: PriceModel;

  @Field(() => LabelModel)
  modelLabel: LabelModel;

  @Field(() => Float, { nullable: true, description: 'Absent for QUOTE.' })
  amount: number | null;

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
