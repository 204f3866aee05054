import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '#core';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark all as read.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  ids?: string[];
}
