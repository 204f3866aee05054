import type { Actor, NotificationDraft, Recipients } from '#identity';
import { BookingStatus } from '../booking.enums.js';
import type { BookingEntity } from './booking.entity.js';

/** What a notification about a booking says: a state it reached, or BOOKED (created CONFIRMED, nobody to confirm). */
export type BookingNotice = BookingStatus | 'BOOKED';

export type Side = 'REQUESTER' | 'OPERATOR' | 'ADMIN' | 'SYSTEM';

/** What each notice tells the people concerned, in both languages (one table). */
const MESSAGES: Record<BookingNotice, { title: { zh: string; en: string }; body: { zh: string; en: string } }> = {
  REQUESTED: {
    title: { zh: '新的预约申请', en: 'New booking request' },
    body: {
      zh: '有新的预约申请，请在保留期内确认或拒绝：{offering}',
      en: 'A booking request awaits your confirmation within the hold period: {offering}',
    },
  },
  BOOKED: {
    title: { zh: '新的预约（已自动确认）', en: 'New booking (confirmed automatically)' },
    body: {
      zh: '设备按自动确认规则接受了一项新预约，时段已锁定：{offering}',
      en: 'A new booking was confirmed automatically under the equipment’s rules; the slots are booked: {offering}',
    },
  },
  CONFIRMED: {
    title: { zh: '预约已确认', en: 'Booking confirmed' },
    body: { zh: '预约已确认：{offering}', en: 'The booking is confirmed: {offering}' },
  },
  DECLINED: {
    title: { zh: '预约被拒绝', en: 'Booking declined' },
    body: {
      zh: '预约被拒绝：{offering}。原因：{reason}',
      en: 'The booking was declined: {offering}. Reason: {reason}',
    },
  },
  CANCELLED: {
    title: { zh: '预约已取消', en: 'Booking cancelled' },
    body: {
      zh: '预约已取消：{offering}。原因：{reason}',
      en: 'The booking was cancelled: {offering}. Reason: {reason}',
    },
  },
  EXPIRED: {
    title: { zh: '预约申请已过期', en: 'Booking request expired' },
    body: {
      zh: '平台未在保留期内答复，时段已释放：{offering}',
      en: 'The platform did not answer within the hold period; the slots were released: {offering}',
    },
  },
  COMPLETED: {
    title: { zh: '服务已完成', en: 'Service completed' },
    body: { zh: '服务已完成，欢迎评价：{offering}', en: 'The service is complete; please leave a review: {offering}' },
  },
};

export function bookingNotification(
  notice: BookingNotice,
  bookingId: string,
  offeringTitle: string,
  reason: string | null,
): NotificationDraft {
  const message = MESSAGES[notice];
  const fill = (text: string) => text.replace('{offering}', offeringTitle).replace('{reason}', reason ?? '—');
  return {
    kind: `booking.${notice.toLowerCase()}`,
    title: message.title,
    body: { zh: fill(message.body.zh), en: fill(message.body.en) },
    subjectId: bookingId,
  };
}

/**
 * Who hears of a step: the requester of every step they did not take themselves (a colleague's too), the operator's
 * OWNER/ADMIN members of every step their side did not take.
 */
export function recipientsOf(
  booking: Pick<BookingEntity, 'requesterUserId' | 'operatorOrganizationId'>,
  side: Side,
  actor: Pick<Actor, 'userId'> | null,
): Recipients {
  const requester = actor?.userId === booking.requesterUserId ? [] : [booking.requesterUserId];
  return side === 'OPERATOR'
    ? { userIds: requester }
    : { userIds: requester, organizationIds: [booking.operatorOrganizationId] };
}
