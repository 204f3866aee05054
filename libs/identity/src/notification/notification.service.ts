import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, OutboxWriter, type AppConfig, type Bilingual, type Page, type SqlFragment } from '#core';
import type { Actor } from '../access/actor.js';
import { MemberRole } from '../identity.enums.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';

export const EMAIL_TOPIC = 'notification.email';

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
}

export interface NotificationDraft {
  kind: string;
  title: Bilingual;
  body: Bilingual;
  subjectId?: string;
}

export interface Recipients {
  userIds?: readonly string[];
  /** Every member of these organizations with one of `roles` (default OWNER and ADMIN: the people who act). */
  organizationIds?: readonly string[];
  roles?: readonly MemberRole[];
}

/**
 * Notifications, written in the caller's transaction so they exist exactly when the change does; e-mail copies
 * go through the outbox and are sent by the worker (when SMTP_URL is set), so a mail outage never blocks a booking.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An e-mail that must reach its address whatever the notification settings (an invitation code): always written
   * to the outbox in the caller's transaction; without SMTP_URL the worker logs it outside production.
   */
  async email(manager: EntityManager, email: EmailPayload & { key: string }): Promise<void> {
    const { key, ...payload } = email;
    await this.outbox.enqueue(manager, { topic: EMAIL_TOPIC, key, payload: payload satisfies EmailPayload });
  }

  async notify(manager: EntityManager, recipients: Recipients, draft: NotificationDraft): Promise<void> {
    const people = await this.notifications.insertForRecipients(
      manager,
      recipientsRow(recipients),
      notificationRow(draft),
    );
    if (!this.config.smtp.url) return;
    await this.outbox.enqueue(
      manager,
      ...people.map((person) => ({
        topic: EMAIL_TOPIC,
        key: `email:${person.id}`,
        payload: { to: person.email, ...emailOf(draft) } satisfies EmailPayload,
      })),
    );
  }

  /**
   * `notify` written by another statement of the caller's transaction (one round trip less; the same rows, the same
   * e-mail messages): pass the fragment to a repository method that takes `SqlFragment`s.
   */
  notifyInStatement(recipients: Recipients, draft: NotificationDraft): SqlFragment {
    return this.notifications.fragmentForRecipients(
      recipientsRow(recipients),
      notificationRow(draft),
      this.config.smtp.url ? { topic: EMAIL_TOPIC, ...emailOf(draft) } : null,
    );
  }

  /** The caller's own notifications, newest first. */
  mine(actor: Actor, unreadOnly: boolean, page: { first: number; after?: string }): Promise<Page<NotificationEntity>> {
    return this.notifications.page(actor.userId, unreadOnly, page);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor.userId);
  }

  /** Marks the caller's notifications read (all when `ids` is omitted); returns how many changed. */
  markRead(actor: Actor, ids: string[] | undefined): Promise<number> {
    return this.notifications.markRead(actor.userId, ids);
  }
}

function recipientsRow(recipients: Recipients) {
  return {
    userIds: recipients.userIds ?? [],
    organizationIds: recipients.organizationIds ?? [],
    roles: recipients.roles ?? [MemberRole.OWNER, MemberRole.ADMIN],
  };
}

function notificationRow(draft: NotificationDraft) {
  return {
    kind: draft.kind,
    titleZh: draft.title.zh,
    titleEn: draft.title.en,
    bodyZh: draft.body.zh,
    bodyEn: draft.body.en,
    subjectId: draft.subjectId ?? null,
  };
}

function emailOf(draft: NotificationDraft): Omit<EmailPayload, 'to'> {
  return { subject: `${draft.title.zh} / ${draft.title.en}`, text: `${draft.body.zh}\n\n${draft.body.en}` };
}
