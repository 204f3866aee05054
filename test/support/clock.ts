import { jest } from '@jest/globals';
import { Clock } from '#core';
import type { TestApp } from './test-app.js';

export interface TestClock {
  /** The instant the app believes it is. */
  now(): Date;
  /** From now on the app's clock reads `instant` (and keeps running from there). */
  travelTo(instant: Date): void;
  advance(ms: number): void;
}

/**
 * Moves the app's clock (the `Clock` every time rule asks) without touching the machine's: periods can end, holds
 * lapse and slots start within one test. Tokens and database timestamps keep real time.
 */
export function controlClock(t: TestApp): TestClock {
  const clock = t.app.get(Clock);
  let offset = 0;
  jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + offset));
  return {
    now: () => new Date(Date.now() + offset),
    travelTo(instant) {
      offset = instant.getTime() - Date.now();
    },
    advance(ms) {
      offset += ms;
    },
  };
}
