import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { outboxInsertCte, paginate, prepared, type Page, type SqlFragment } from '#core';
import { NotificationEntity } from './notification.entity.js';

export type NewNotification = Omit<NotificationEntity, 'id' | 'createdAt' | 'readAt'>;

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One notification per recipient — the users `userIds`, and the members of `organizationIds` with one of `roles` —
   * in one statement; returns who got one (with their e-mail address). Served by app_user's primary key and
   * ix_app_user_organization.
   */
  async insertForRecipients(
    manager: EntityManager,
    recipients: { userIds: readonly string[]; organizationIds: readonly string[]; roles: readonly string[] },
    notification: Omit<NewNotification, 'recipientUserId'>,
  ): Promise<Array<{ id: string; email: string }>> {
    if (recipients.userIds.length === 0 && recipients.organizationIds.length === 0) return [];
    return manager.query(
      prepared(`WITH people AS (
         SELECT DISTINCT id, email FROM app_user
          WHERE id = ANY($1::uuid[]) OR (organization_id = ANY($2::uuid[]) AND role::text = ANY($3::text[]))
       ), written AS (
         INSERT INTO notification (recipient_user_id, kind, title_zh, title_en, body_zh, body_en, subject_id)
         SELECT id, $4, $5, $6, $7, $8, $9 FROM people
       )
       SELECT id, email FROM people`),
      [
        recipients.userIds,
        recipients.organizationIds,
        recipients.roles,
        notification.kind,
        notification.titleZh,
        notification.titleEn,
        notification.bodyZh,
        notification.bodyEn,
        notification.subjectId,
      ],
    );
  }

  /**
   * `insertForRecipients` for another statement of the transaction to carry (one round trip less); with `email`,
   * the outbox also gets one message of that topic per person notified, keyed `email:<user id>`.
   */
  fragmentForRecipients(
    recipients: { userIds: readonly string[]; organizationIds: readonly string[]; roles: readonly string[] },
    notification: Omit<NewNotification, 'recipientUserId'>,
    email: { topic: string; subject: string; text: string } | null,
  ): SqlFragment {
    return (first) => {
      const $ = (n: number) => `$${first + n}`;
      const people = `notified_people_${first}`;
      const ctes = [
        `${people} AS (
         SELECT DISTINCT id, email FROM app_user
          WHERE id = ANY(${$(0)}::uuid[]) OR (organization_id = ANY(${$(1)}::uuid[]) AND role::text = ANY(${$(2)}::text[]))
       )`,
        `notified_${first} AS (
         INSERT INTO notification (recipient_user_id, kind, title_zh, title_en, body_zh, body_en, subject_id)
         SELECT id, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}, ${$(7)}, ${$(8)}::uuid FROM ${people}
       )`,
      ];
      const params: unknown[] = [
        recipients.userIds,
        recipients.organizationIds,
        recipients.roles,
        notification.kind,
        notification.titleZh,
        notification.titleEn,
        notification.bodyZh,
        notification.bodyEn,
        notification.subjectId,
      ];
      if (email) {
        ctes.push(
          outboxInsertCte(
            `notified_emails_${first}`,
            `SELECT ${$(9)}::varchar, 'email:' || id, jsonb_build_object('to', email, 'subject', ${$(10)}::text, 'text', ${$(11)}::text) FROM ${people}`,
          ),
        );
        params.push(email.topic, email.subject, email.text);
      }
      return { ctes, params };
    };
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
    return paginate(query, page, 'notifications');
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
