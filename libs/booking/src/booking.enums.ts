import { registerLabelledEnum, type LabelTable } from '#core';

export enum SlotStatus {
  OPEN = 'OPEN',
  HELD = 'HELD',
  BOOKED = 'BOOKED',
  BLOCKED = 'BLOCKED',
}
export const SLOT_STATUS_LABELS: LabelTable<SlotStatus> = {
  OPEN: { zh: '可预约', en: 'open' },
  HELD: { zh: '保留中', en: 'held' },
  BOOKED: { zh: '已预约', en: 'booked' },
  BLOCKED: { zh: '不可用', en: 'blocked' },
};

/**
 * What the API answers for a slot's status (GraphQL `SlotStatus`): the stored status, or REMOVED for a slot that
 * unpublishSlots has just taken off the calendar. No row ever holds REMOVED, so the database enum stays as it is.
 */
export const SlotState = { ...SlotStatus, REMOVED: 'REMOVED' } as const;
export type SlotState = (typeof SlotState)[keyof typeof SlotState];
const SLOT_STATE_LABELS: LabelTable<SlotState> = {
  ...SLOT_STATUS_LABELS,
  REMOVED: { zh: '已撤下', en: 'removed' },
};

export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  COMPLETED = 'COMPLETED',
}
export const BOOKING_STATUS_LABELS: LabelTable<BookingStatus> = {
  REQUESTED: { zh: '待确认', en: 'requested' },
  CONFIRMED: { zh: '已确认', en: 'confirmed' },
  DECLINED: { zh: '已拒绝', en: 'declined' },
  CANCELLED: { zh: '已取消', en: 'cancelled' },
  EXPIRED: { zh: '已过期', en: 'expired' },
  COMPLETED: { zh: '已完成', en: 'completed' },
};

export enum ConfirmationMode {
  MANUAL = 'MANUAL',
  AUTOMATIC = 'AUTOMATIC',
}
export const CONFIRMATION_MODE_LABELS: LabelTable<ConfirmationMode> = {
  MANUAL: { zh: '人工确认', en: 'confirmed by the operator' },
  AUTOMATIC: { zh: '自动确认', en: 'confirmed automatically' },
};

export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}
export const WEEKDAY_LABELS: LabelTable<Weekday> = {
  MON: { zh: '周一', en: 'Monday' },
  TUE: { zh: '周二', en: 'Tuesday' },
  WED: { zh: '周三', en: 'Wednesday' },
  THU: { zh: '周四', en: 'Thursday' },
  FRI: { zh: '周五', en: 'Friday' },
  SAT: { zh: '周六', en: 'Saturday' },
  SUN: { zh: '周日', en: 'Sunday' },
};

/** What holds or owns a HELD or BOOKED slot. */
export enum SlotHolderKind {
  BOOKING = 'BOOKING',
  PROPOSAL = 'PROPOSAL',
}
export const SLOT_HOLDER_KIND_LABELS: LabelTable<SlotHolderKind> = {
  BOOKING: { zh: '预约', en: 'booking' },
  PROPOSAL: { zh: '方案', en: 'proposal' },
};

registerLabelledEnum(SlotState, SLOT_STATE_LABELS, { name: 'SlotStatus' });
registerLabelledEnum(BookingStatus, BOOKING_STATUS_LABELS, { name: 'BookingStatus' });
registerLabelledEnum(ConfirmationMode, CONFIRMATION_MODE_LABELS, { name: 'ConfirmationMode' });
registerLabelledEnum(Weekday, WEEKDAY_LABELS, { name: 'Weekday' });
registerLabelledEnum(SlotHolderKind, SLOT_HOLDER_KIND_LABELS, { name: 'SlotHolderKind' });
