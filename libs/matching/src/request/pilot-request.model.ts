import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Accreditation,
  Connection,
  IndustryDirection,
  KeyDomain,
  LabelModel,
  LocationModel,
  Money,
  ServiceType,
} from '#core';
import { OfferingModel } from '#catalog';
import { MatchFactor, PilotRequestKind, PilotRequestStatus } from '../matching.enums.js';

@ObjectType('PilotRequest', {
  description: 'A pilot need. Confidential requests show platforms only a summary until shared with them.',
})
export class PilotRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Null when you see only the summary of a confidential request: who needs it is confidential too.',
  })
  requesterOrganizationId: string | null;

  @Field(() => PilotRequestKind)
  kind: PilotRequestKind;

  @Field(() => LabelModel)
  kindLabel: LabelModel;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  titleEn: string | null;

  @Field(() => [ServiceType])
  serviceTypes: ServiceType[];

  @Field(() => IndustryDirection, { nullable: true })
  industryDirection: IndustryDirection | null;

  @Field(() => [KeyDomain])
  keyDomains: KeyDomain[];

  @Field(() => GraphQLISODateTime)
  windowFrom: Date;

  @Field(() => GraphQLISODateTime)
  windowTo: Date;

  @Field(() => [String])
  preferredProvinces: string[];

  @Field(() => [Accreditation])
  requiredAccreditations: Accreditation[];

  @Field()
  confidential: boolean;

  @Field(() => PilotRequestStatus)
  status: PilotRequestStatus;

  @Field({ description: 'False when you see only the summary of a confidential request.' })
  detailsVisible: boolean;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  descriptionEn: string | null;

  @Field(() => [String], { nullable: true })
  keywords: string[] | null;

  @Field(() => Float, { nullable: true })
  scaleFrom: number | null;

  @Field(() => Float, { nullable: true })
  scaleTo: number | null;

  @Field(() => String, { nullable: true })
  scaleUnit: string | null;

  @Field(() => Money, { nullable: true })
  budgetMin: number | null;

  @Field(() => Money, { nullable: true })
  budgetMax: number | null;

  @Field(() => LocationModel, { nullable: true })
  location: LocationModel | null;

  @Field(() => Int, { nullable: true })
  trl: number | null;

  @Field(() => [String], { nullable: true })
  patentNumbers: string[] | null;

  @Field(() => String, { nullable: true })
  ipOwnership: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class PilotRequestConnection extends Connection(PilotRequestModel, 'PilotRequest') {}

@ObjectType('MatchReason')
export class MatchReasonModel {
  @Field(() => MatchFactor)
  factor: MatchFactor;

  @Field(() => Float, {
    description: 'The factor’s weight in the score (weights sum to 1; hard filters and NEED_FIT weigh 0).',
  })
  weight: number;

  @Field(() => Float, { description: 'The factor’s own score, 0–1.' })
  score: number;

  @Field({ description: 'Why, in the caller’s language (Accept-Language: zh or en).' })
  detail: string;
}

@ObjectType('Match')
export class MatchModel {
  @Field(() => OfferingModel)
  offering: OfferingModel;

  @Field(() => Float, {
    description:
      'Fit with the request, 0–1: the weighted sum of the reasons’ scores times NEED_FIT’s, so a need no offering serves scores low.',
  })
  score: number;

  @Field(() => [MatchReasonModel])
  reasons: MatchReasonModel[];
}
