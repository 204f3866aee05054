import { describe, expect, it } from '@jest/globals';
import type { DomainError } from '#core';
import { ObligationPeriod, ObligationVersionKind } from '../obligations.enums.js';
import {
  assertCorrectionFits,
  assertPromiseFits,
  governingVersion,
  type TimelineVersion,
} from './obligation-timeline.js';

// Month starts at 00:00 Asia/Shanghai (16:00 UTC the day before).
const month = (m: number, year = 2027) => new Date(Date.UTC(year, m - 1, 1) - 8 * 3_600_000);
const { MONTH, QUARTER, YEAR } = ObligationPeriod;

const promise = (version: number, from: Date, to: Date | null = null, period = MONTH): TimelineVersion => ({
  version,
  kind: ObligationVersionKind.PROMISE,
  period,
  effectiveFrom: from,
  effectiveTo: to,
});
const correction = (version: number, from: Date, to: Date, period = MONTH): TimelineVersion => ({
  version,
  kind: ObligationVersionKind.CORRECTION,
  period,
  effectiveFrom: from,
  effectiveTo: to,
});

/** The field a refusal names (the test fails if nothing is refused). */
function refusedField(act: () => void): string | undefined {
  try {
    act();
  } catch (error) {
    return (error as DomainError).details.fields?.[0].field;
  }
  throw new Error('expected a refusal, got none');
}

describe('governingVersion', () => {
  it('lets a newer promise judge from its start on, and nothing judge after its effectiveTo', () => {
    const v1 = promise(1, month(1));
    const v2 = promise(2, month(4), month(7));
    const versions = [v1, v2];
    expect(governingVersion(versions, month(3))).toBe(v1);
    expect(governingVersion(versions, month(4))).toBe(v2);
    expect(governingVersion(versions, new Date(month(7).getTime() - 1))).toBe(v2);
    // The superseded open-ended version does not judge again once the newer one ends.
    expect(governingVersion(versions, month(7))).toBeNull();
    expect(governingVersion(versions, new Date(month(1).getTime() - 1))).toBeNull();
  });

  it('lets a newer promise replace whatever older ones planned from its start on', () => {
    const planned = promise(1, month(10));
    const sooner = promise(2, month(7));
    expect(governingVersion([planned, sooner], month(11))).toBe(sooner);
  });

  it('puts the newest correction covering an instant before every promise, and only within its window', () => {
    const v1 = promise(1, month(1));
    const fix = correction(2, month(3), month(4));
    const later = promise(3, month(6));
    const refix = correction(4, month(3), month(4));
    expect(governingVersion([v1, fix, later], month(3))).toBe(fix);
    expect(governingVersion([v1, fix, later], month(4))).toBe(v1);
    expect(governingVersion([v1, fix, later, refix], new Date(month(4).getTime() - 1))).toBe(refix);
  });
});

describe('assertPromiseFits', () => {
  const now = new Date(month(3).getTime() + 5 * 86_400_000);

  it('accepts the start of a period that has not begun', () => {
    expect(() =>
      assertPromiseFits([], { period: MONTH, effectiveFrom: month(4), effectiveTo: null }, now),
    ).not.toThrow();
    expect(() =>
      assertPromiseFits([], { period: QUARTER, effectiveFrom: month(4), effectiveTo: month(10) }, now),
    ).not.toThrow();
  });

  it('refuses a period that has begun, a start inside a period and an end that is not a period boundary', () => {
    expect(
      refusedField(() => assertPromiseFits([], { period: MONTH, effectiveFrom: month(3), effectiveTo: null }, now)),
    ).toBe('effectiveFrom');
    const midMonth = new Date(month(5).getTime() + 86_400_000);
    expect(
      refusedField(() => assertPromiseFits([], { period: MONTH, effectiveFrom: midMonth, effectiveTo: null }, now)),
    ).toBe('effectiveFrom');
    expect(
      refusedField(() => assertPromiseFits([], { period: QUARTER, effectiveFrom: month(5), effectiveTo: null }, now)),
    ).toBe('effectiveFrom');
    expect(
      refusedField(() => assertPromiseFits([], { period: MONTH, effectiveFrom: month(5), effectiveTo: month(5) }, now)),
    ).toBe('effectiveTo');
    expect(
      refusedField(() =>
        assertPromiseFits([], { period: QUARTER, effectiveFrom: month(4), effectiveTo: month(8) }, now),
      ),
    ).toBe('effectiveTo');
  });

  it('starts where a period of the version before it ends', () => {
    const yearly = [promise(1, month(1), null, YEAR)];
    expect(
      refusedField(() => assertPromiseFits(yearly, { period: MONTH, effectiveFrom: month(7), effectiveTo: null }, now)),
    ).toBe('effectiveFrom');
    expect(() =>
      assertPromiseFits(yearly, { period: MONTH, effectiveFrom: month(1, 2028), effectiveTo: null }, now),
    ).not.toThrow();
  });
});

describe('assertCorrectionFits', () => {
  const now = new Date(month(5).getTime() + 5 * 86_400_000);
  const versions = [promise(1, month(1))];

  it('corrects whole periods that have begun, the running one included', () => {
    expect(() =>
      assertCorrectionFits(versions, { period: MONTH, effectiveFrom: month(2), effectiveTo: month(6) }, now),
    ).not.toThrow();
  });

  it('refuses periods to come, a window past the running period and another period kind than the one judging', () => {
    expect(
      refusedField(() =>
        assertCorrectionFits(versions, { period: MONTH, effectiveFrom: month(6), effectiveTo: month(7) }, now),
      ),
    ).toBe('effectiveFrom');
    expect(
      refusedField(() =>
        assertCorrectionFits(versions, { period: MONTH, effectiveFrom: month(4), effectiveTo: month(7) }, now),
      ),
    ).toBe('effectiveTo');
    expect(
      refusedField(() =>
        assertCorrectionFits(versions, { period: QUARTER, effectiveFrom: month(1), effectiveTo: month(4) }, now),
      ),
    ).toBe('period');
    expect(
      refusedField(() =>
        assertCorrectionFits(versions, { period: MONTH, effectiveFrom: month(2), effectiveTo: null }, now),
      ),
    ).toBe('effectiveTo');
  });
});
