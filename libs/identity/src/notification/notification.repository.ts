import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate, type Page } from '#core';
import { NotificationEntity } from './notification.entity.js';

export type NewNotification = Omit<NotificationEntity, 'id' | 'createdAt' | 'readAt'>;

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, rows: NewNotification[]): Promise<void> {
    if (rows.length) await manager.insert(NotificationEntity, rows);
  }

  /** Served by ix_notification_recipient_created. */
  page(
    userId: string,
    unreadOnly: boolean,
    page: { first: number; after?: string },
  ): Promise<Page<NotificationEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.recipientUserId = :userId', { userId });
    if (unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, page);
  }

  async markRead(userId: string, ids: string[] | undefined): Promise<number> {
    const query = this.dataSource.manager
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('recipient_user_id = :userId AND read_at IS NULL', { userId });
    if (ids) query.andWhere('id IN (:...ids)', { ids: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] });
    return (await query.execute()).affected ?? 0;
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.recipientUserId = :userId AND n.readAt IS NULL', { userId })
      .getCount();
  }
}
