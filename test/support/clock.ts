import { jest } from '@jest/globals';
import { Clock } from '#core';
import type { TestApp } from './test-app.js';

export interface TestClock {
  /** The instant the app believes it is. */
  now(): Date;
  /** From now on the app's clock reads `instant` (and keeps running from there, unless frozen). */
  travelTo(instant: Date): void;
  advance(ms: number): void;
}

/**
 * Moves the app's clock (the `Clock` every time rule asks) without touching the machine's: periods can end, holds
 * lapse and slots start within one test. Tokens and database timestamps keep real time. A frozen clock stands still
 * between moves, so a model of the rules can predict outcomes at exact boundaries.
 */
export function controlClock(t: TestApp, options: { frozen?: boolean } = {}): TestClock {
  const clock = t.app.get(Clock);
  let offset = 0;
  let frozenAt = Date.now();
  const now = () => new Date(options.frozen ? frozenAt : Date.now() + offset);
  jest.spyOn(clock, 'now').mockImplementation(now);
  return {
    now,
    travelTo(instant) {
      offset = instant.getTime() - Date.now();
      frozenAt = instant.getTime();
    },
    advance(ms) {
      offset += ms;
      frozenAt += ms;
    },
  };
}
