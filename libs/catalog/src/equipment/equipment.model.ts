import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Specification')
export class SpecificationModel {
  @Field()
  key: string;

  @Field()
  value: string;

  @Field(() => String, { nullable: true })
  unit: string | null;
}

@ObjectType('Capacity')
export class CapacityModel {
  @Field(() => Float)
  value: number;

  @Field()
  unit: string;
}

@ObjectType('Equipment', { description: 'An instrument or pilot line of a platform.' })
export class EquipmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  platformId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true })
  model: string | null;

  @Field(() => String, { nullable: true })
  manufacturer: string | null;

  @Field()
  category: string;

  @Field(() => [SpecificationModel])
  specifications: SpecificationModel[];

  @Field(() => CapacityModel, { nullable: true })
  capacity: CapacityModel | null;

  @Field()
  shareable: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
