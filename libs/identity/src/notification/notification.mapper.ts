import type { NotificationEntity } from './notification.entity.js';
import type { NotificationModel } from './notification.model.js';

export const toNotificationModel = (entity: NotificationEntity): NotificationModel => ({
  id: entity.id,
  kind: entity.kind,
  title: { zh: entity.titleZh, en: entity.titleEn },
  body: { zh: entity.bodyZh, en: entity.bodyEn },
  subjectId: entity.subjectId,
  readAt: entity.readAt,
  createdAt: entity.createdAt,
});
