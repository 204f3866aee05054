import { describe, expect, it } from '@jest/globals';
import { BookingStatus } from '../booking.enums.js';
import { BOOKING_TRANSITIONS, nextStatus, SLOT_EFFECT, type BookingAction } from './booking.state-machine.js';

describe('booking state machine', () => {
  it.each([
    [BookingStatus.REQUESTED, 'confirm', BookingStatus.CONFIRMED],
    [BookingStatus.REQUESTED, 'decline', BookingStatus.DECLINED],
    [BookingStatus.REQUESTED, 'cancel', BookingStatus.CANCELLED],
    [BookingStatus.REQUESTED, 'expire', BookingStatus.EXPIRED],
    [BookingStatus.CONFIRMED, 'cancel', BookingStatus.CANCELLED],
    [BookingStatus.CONFIRMED, 'complete', BookingStatus.COMPLETED],
  ] as Array<[BookingStatus, BookingAction, BookingStatus]>)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('refuses every other transition with CONFLICT naming the current state', () => {
    const legal = new Set(
      Object.entries(BOOKING_TRANSITIONS).flatMap(([action, t]) => t.from.map((from) => `${from}:${action}`)),
    );
    let refused = 0;
    for (const from of Object.values(BookingStatus)) {
      for (const action of Object.keys(BOOKING_TRANSITIONS) as BookingAction[]) {
        if (legal.has(`${from}:${action}`)) continue;
        expect(() => nextStatus(from, action)).toThrow(`Cannot ${action} a booking that is ${from}`);
        refused += 1;
      }
    }
    expect(refused).toBe(6 * 5 - legal.size);
  });

  it('frees slots exactly in the end states that give them up', () => {
    const released = Object.entries(SLOT_EFFECT)
      .filter(([, effect]) => effect === 'release')
      .map(([status]) => status)
      .sort();
    expect(released).toEqual(['CANCELLED', 'DECLINED', 'EXPIRED']);
  });
});
