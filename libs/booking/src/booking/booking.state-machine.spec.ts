import { describe, expect, it } from '@jest/globals';
import { BookingStatus } from '../booking.enums.js';
import { BookingError } from '../booking.errors.js';
import { BOOKING_LIFECYCLE, SLOT_EFFECT, type BookingAction } from './booking.state-machine.js';

const refusal = (act: () => unknown): unknown => {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
};
const ACTIONS: BookingAction[] = ['confirm', 'decline', 'cancel', 'expire', 'complete'];

describe('booking lifecycle', () => {
  const legal: Array<[BookingStatus, BookingAction, BookingStatus]> = [
    [BookingStatus.REQUESTED, 'confirm', BookingStatus.CONFIRMED],
    [BookingStatus.REQUESTED, 'decline', BookingStatus.DECLINED],
    [BookingStatus.REQUESTED, 'cancel', BookingStatus.CANCELLED],
    [BookingStatus.REQUESTED, 'expire', BookingStatus.EXPIRED],
    [BookingStatus.CONFIRMED, 'cancel', BookingStatus.CANCELLED],
    [BookingStatus.CONFIRMED, 'complete', BookingStatus.COMPLETED],
  ];

  it.each(legal)('%s --%s--> %s', (from, action, to) => {
    expect(BOOKING_LIFECYCLE.next(from, action)).toBe(to);
  });

  it('refuses every other transition with ILLEGAL_TRANSITION (CONFLICT) naming the action, from and to', () => {
    const allowed = new Set(legal.map(([from, action]) => `${from}:${action}`));
    let refused = 0;
    for (const from of Object.values(BookingStatus)) {
      for (const action of ACTIONS) {
        if (allowed.has(`${from}:${action}`)) continue;
        const to = BOOKING_LIFECYCLE.transitions[action].to;
        const error = refusal(() => BOOKING_LIFECYCLE.next(from, action));
        expect(error).toBeInstanceOf(BookingError);
        expect(error).toMatchObject({
          kind: 'CONFLICT',
          code: 'ILLEGAL_TRANSITION',
          message: `Cannot ${action} a booking that is ${from} (${from} → ${to} is not allowed)`,
          details: { currentStatus: from, from, to, action },
        });
        refused += 1;
      }
    }
    expect(refused).toBe(6 * 5 - legal.length);
  });

  it('frees slots exactly in the end states that give them up', () => {
    const released = Object.entries(SLOT_EFFECT)
      .filter(([, effect]) => effect === 'release')
      .map(([status]) => status)
      .sort();
    expect(released).toEqual(['CANCELLED', 'DECLINED', 'EXPIRED']);
  });
});
