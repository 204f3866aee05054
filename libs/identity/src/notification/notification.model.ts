import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection, LabelModel } from '#core';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field(() => LabelModel)
  title: LabelModel;

  @Field(() => LabelModel)
  body: LabelModel;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}
