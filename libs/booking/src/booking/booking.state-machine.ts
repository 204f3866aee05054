import { StateMachine } from '#core';
import { BookingStatus } from '../booking.enums.js';
import { BookingError, BookingErrorCode } from '../booking.errors.js';

export type BookingAction = 'confirm' | 'decline' | 'cancel' | 'expire' | 'complete';

/**
 * Every booking transition, in one table: the action, the states it may start from and where it leads.
 * REQUESTED holds its slots, CONFIRMED and COMPLETED own them, every other end state frees them.
 */
export const BOOKING_LIFECYCLE = new StateMachine<BookingStatus, BookingAction, BookingErrorCode>(
  'booking',
  {
    confirm: { from: [BookingStatus.REQUESTED], to: BookingStatus.CONFIRMED },
    decline: { from: [BookingStatus.REQUESTED], to: BookingStatus.DECLINED },
    cancel: { from: [BookingStatus.REQUESTED, BookingStatus.CONFIRMED], to: BookingStatus.CANCELLED },
    expire: { from: [BookingStatus.REQUESTED], to: BookingStatus.EXPIRED },
    complete: { from: [BookingStatus.CONFIRMED], to: BookingStatus.COMPLETED },
  },
  BookingError,
  BookingErrorCode.ILLEGAL_TRANSITION,
);

export type SlotEffect = 'book' | 'release' | 'keep';

export const SLOT_EFFECT: Record<BookingStatus, SlotEffect> = {
  REQUESTED: 'keep',
  CONFIRMED: 'book',
  COMPLETED: 'keep',
  DECLINED: 'release',
  CANCELLED: 'release',
  EXPIRED: 'release',
};
