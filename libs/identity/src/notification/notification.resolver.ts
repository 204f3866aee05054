import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs, toConnection, type ConnectionShape } from '#core';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { toNotificationModel } from './notification.mapper.js';
import { NotificationConnection, type NotificationModel } from './notification.model.js';
import { NotificationRepository } from './notification.repository.js';

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean;
}

@ArgsType()
class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark all as read.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[];
}

@Resolver()
export class NotificationResolver {
  constructor(private readonly repository: NotificationRepository) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args() args: NotificationsArgs,
  ): Promise<ConnectionShape<NotificationModel>> {
    return toConnection(await this.repository.page(actor.userId, args.unreadOnly, args), toNotificationModel);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.repository.unreadCount(actor.userId);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.repository.markRead(actor.userId, args.ids);
  }
}
