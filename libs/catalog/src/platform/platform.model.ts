import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Accreditation,
  Connection,
  ConstructionMode,
  IndustryDirection,
  KeyDomain,
  LabelModel,
  LocationModel,
  PlatformLevel,
} from '#core';
import { PlatformStatus } from '../catalog.enums.js';

@ObjectType('Contact')
export class ContactModel {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType('Platform', { description: '中试平台: a pilot platform run by an organization.' })
export class PlatformModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  summaryEn: string | null;

  @Field(() => IndustryDirection)
  industryDirection: IndustryDirection;

  @Field(() => LabelModel)
  industryDirectionLabel: LabelModel;

  @Field(() => [KeyDomain])
  keyDomains: KeyDomain[];

  @Field(() => ConstructionMode)
  constructionMode: ConstructionMode;

  @Field(() => LabelModel)
  constructionModeLabel: LabelModel;

  @Field(() => PlatformLevel, {
    description: 'The level authorities granted (platformLevelHistory lists their decisions); operators cannot set it.',
  })
  level: PlatformLevel;

  @Field(() => LabelModel)
  levelLabel: LabelModel;

  @Field()
  province: string;

  @Field(() => LabelModel)
  provinceLabel: LabelModel;

  @Field()
  city: string;

  @Field()
  address: string;

  @Field(() => LocationModel, { nullable: true })
  location: LocationModel | null;

  @Field(() => [Accreditation])
  accreditations: Accreditation[];

  @Field(() => ContactModel)
  contact: ContactModel;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => PlatformStatus)
  status: PlatformStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType()
export class PlatformConnection extends Connection(PlatformModel, 'Platform') {}
