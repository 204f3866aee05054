import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection, LabelModel } from '#core';
import { MemberRole, OrganizationKind } from '../identity.enums.js';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Chinese name.' })
  name: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => LabelModel)
  kindLabel: LabelModel;

  @Field()
  isLeadingEnterprise: boolean;

  @Field()
  province: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  creditCode: string | null;

  @Field({
    description:
      'Identity checked by a site admin (names, province, credit code; locked from then on). For GOVERNMENT organizations it also grants authority rights.',
  })
  verified: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Verified authorities: the province code they oversee, or NATIONAL.',
  })
  authorityRegion: string | null;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends Connection(OrganizationModel, 'Organization') {}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
