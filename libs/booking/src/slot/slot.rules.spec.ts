import { describe, expect, it } from '@jest/globals';
import { MAX_SLOT_HOURS, runProblem } from './slot.rules.js';

const HOUR = 3_600_000;
const now = new Date('2026-12-01T00:00:00Z');
const rules = { maxAdvanceDays: 365, maxRunHours: null };
const run = (startHours: number, hours: number) => ({
  startsAt: new Date(now.getTime() + startHours * HOUR),
  endsAt: new Date(now.getTime() + (startHours + hours) * HOUR),
});
const horizonHours = 365 * 24;

describe('runProblem', () => {
  it.each([
    ['ends before it starts', run(10, -1), 'ORDER', 'endsAt'],
    ['starts now', run(0, 1), 'PAST', 'startsAt'],
    ['lasts 31 days and an hour', run(10, MAX_SLOT_HOURS + 1), 'TOO_LONG', 'endsAt'],
    ['runs past the horizon', run(horizonHours - 1, 2), 'BEYOND_HORIZON', 'endsAt'],
    ['starts past the horizon', run(horizonHours + 1, 2), 'BEYOND_HORIZON', 'startsAt'],
  ])('refuses a slot that %s', (_case, slot, rule, part) => {
    expect(runProblem(slot, rules, now)).toMatchObject({ rule, part });
  });

  it('refuses a run longer than the equipment allows', () => {
    expect(runProblem(run(10, 9), { ...rules, maxRunHours: 8 }, now)).toMatchObject({ rule: 'MAX_RUN' });
  });

  it('accepts a 31-day slot ending exactly at the horizon', () => {
    expect(runProblem(run(horizonHours - MAX_SLOT_HOURS, MAX_SLOT_HOURS), rules, now)).toBeUndefined();
  });
});
