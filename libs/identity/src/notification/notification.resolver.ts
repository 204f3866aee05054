import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toConnection, type ConnectionShape } from '#core';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { MarkNotificationsReadArgs, NotificationsArgs } from './dto/notifications.args.js';
import { toNotificationModel } from './notification.mapper.js';
import { NotificationConnection, type NotificationModel } from './notification.model.js';
import { NotificationService } from './notification.service.js';

@Resolver()
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args() args: NotificationsArgs,
  ): Promise<ConnectionShape<NotificationModel>> {
    return toConnection(await this.notificationService.mine(actor, args.unreadOnly, args), toNotificationModel);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notificationService.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.notificationService.markRead(actor, args.ids);
  }
}
