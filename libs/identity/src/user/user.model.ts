import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '../identity.enums.js';
import { OrganizationModel } from '../organization/organization.model.js';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => MemberRole, {
    nullable: true,
    description: 'Role in the organization; null for site admins without one.',
  })
  role: MemberRole | null;

  @Field({ description: 'Operates PilotMatch itself.' })
  siteAdmin: boolean;

  @Field(() => OrganizationModel, { nullable: true })
  organization?: OrganizationModel | null;

  /** Not exposed: the field resolver loads the organization from it. */
  organizationId: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as Authorization: Bearer <token>.' })
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
