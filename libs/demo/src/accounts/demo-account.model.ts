import { Field, ObjectType } from '@nestjs/graphql';
import { LabelModel } from '#core';

@ObjectType('DemoAccount', { description: 'A demo account of a demo install (seeded data, published passwords).' })
export class DemoAccountModel {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field({ description: 'OWNER, ADMIN, MEMBER or SITE_ADMIN.' })
  role: string;

  @Field(() => String, { nullable: true, description: 'An OrganizationKind; null for the site admin.' })
  organizationKind: string | null;

  @Field(() => LabelModel, { nullable: true, description: 'The province of the organization.' })
  provinceLabel: LabelModel | null;
}
