import { CoreError } from '#core';
import { OBLIGATION_PERIOD_LABELS, ObligationPeriod, ObligationVersionKind } from '../obligations.enums.js';
import { periodContaining } from './compliance.js';

/**
 * Which obligation version judges a period, in one place. Compliance, the authorities' report, the at-risk alerts and
 * open-access eligibility all ask `governingVersion`; the write rules below keep the answer the same for every
 * instant of a period and for every day after the period ended.
 *
 * - A PROMISE takes effect at the start of a period of its own kind (00:00 Asia/Shanghai) that has not begun when it
 *   is recorded, and judges every period from then on until a newer promise takes effect or its own effectiveTo (a
 *   period boundary) ends it; after effectiveTo no obligation applies until a later promise — an older version never
 *   judges again. A newer promise replaces whatever older ones planned from its start on. It starts where a period of
 *   the version before it ends, so periods never overlap.
 * - A CORRECTION is an authority's decision, with a reason, on whole periods that have begun (the running one
 *   included): within [effectiveFrom, effectiveTo) it judges instead of the promises, in their period kind; outside
 *   that window it changes nothing. The newest correction of a period wins.
 * - So an operator can never change how a period that has begun is judged; only an authority with jurisdiction can,
 *   and the decision stays on record.
 */
export interface TimelineVersion {
  version: number;
  kind: ObligationVersionKind;
  period: ObligationPeriod;
  effectiveFrom: Date;
  effectiveTo: Date | null;
}

const DAY = 86_400_000;
/** How far back an authority may correct: ten years of periods. */
const CORRECTION_REACH_MS = 3653 * DAY;

/** The version that judges the period containing `instant`, or null when no obligation applies then. */
export function governingVersion<V extends TimelineVersion>(versions: readonly V[], instant: Date): V | null {
  const at = instant.getTime();
  const correction = newest(
    versions.filter(
      (v) =>
        v.kind === ObligationVersionKind.CORRECTION &&
        v.effectiveFrom.getTime() <= at &&
        v.effectiveTo !== null &&
        at < v.effectiveTo.getTime(),
    ),
  );
  if (correction) return correction;
  const promise = newest(
    versions.filter((v) => v.kind === ObligationVersionKind.PROMISE && v.effectiveFrom.getTime() <= at),
  );
  if (!promise || (promise.effectiveTo !== null && promise.effectiveTo.getTime() <= at)) return null;
  return promise;
}

/** Refuses, naming the field, a promise that would take effect in a period that has begun or not at a period start. */
export function assertPromiseFits(
  versions: readonly TimelineVersion[],
  promise: Pick<TimelineVersion, 'period' | 'effectiveFrom' | 'effectiveTo'>,
  now: Date,
): void {
  const { period, effectiveFrom } = promise;
  const next = periodContaining(now, period).end.toISOString();
  if (!isPeriodStart(effectiveFrom, period)) {
    throw CoreError.invalidField(
      'effectiveFrom',
      `effectiveFrom must be the start of a ${label(period)} period (00:00 Asia/Shanghai), such as ${next}`,
    );
  }
  if (effectiveFrom.getTime() <= now.getTime()) {
    throw CoreError.invalidField(
      'effectiveFrom',
      `effectiveFrom must be the start of a period that has not begun (the next ${label(period)} one starts at ${next}): a period that has begun is history, which only an authority of the platform's region corrects (correctOpenAccessObligation)`,
    );
  }
  const lastInstantBefore = new Date(effectiveFrom.getTime() - 1);
  const before = governingVersion(versions, lastInstantBefore);
  if (before) {
    const end = periodContaining(lastInstantBefore, before.period).end;
    if (end.getTime() !== effectiveFrom.getTime()) {
      throw CoreError.invalidField(
        'effectiveFrom',
        `effectiveFrom falls inside a ${label(before.period)} period of version ${before.version}: start when that period ends, at ${end.toISOString()}`,
      );
    }
  }
  assertWindowEnd(promise);
}

/**
 * The promises a new promise from `effectiveFrom` would replace or cut short: the one judging its first period and
 * every one taking effect later.
 */
export function replacedBy<V extends TimelineVersion>(versions: readonly V[], effectiveFrom: Date): V[] {
  const judging = governingVersion(versions, effectiveFrom);
  return versions.filter(
    (v) =>
      v.kind === ObligationVersionKind.PROMISE &&
      (v === judging || v.effectiveFrom.getTime() > effectiveFrom.getTime()),
  );
}

/** Refuses, naming the field, a correction that is not of whole periods that have begun, in the kind judging them. */
export function assertCorrectionFits(
  versions: readonly TimelineVersion[],
  correction: Pick<TimelineVersion, 'period' | 'effectiveFrom' | 'effectiveTo'>,
  now: Date,
): void {
  const { period, effectiveFrom } = correction;
  if (!isPeriodStart(effectiveFrom, period)) {
    throw CoreError.invalidField(
      'effectiveFrom',
      `effectiveFrom must be the start of a ${label(period)} period (00:00 Asia/Shanghai)`,
    );
  }
  if (effectiveFrom.getTime() > now.getTime()) {
    throw CoreError.invalidField(
      'effectiveFrom',
      'a correction is for periods that have begun; for later periods record a promise (setOpenAccessObligation)',
    );
  }
  if (effectiveFrom.getTime() < now.getTime() - CORRECTION_REACH_MS) {
    throw CoreError.invalidField('effectiveFrom', 'a correction reaches back at most ten years');
  }
  const effectiveTo = assertWindowEnd(correction);
  const runningEnd = periodContaining(now, period).end;
  if (!effectiveTo || effectiveTo.getTime() > runningEnd.getTime()) {
    throw CoreError.invalidField(
      'effectiveTo',
      `a correction covers periods that have begun only: effectiveTo at most ${runningEnd.toISOString()}`,
    );
  }
  for (let start = effectiveFrom; start < effectiveTo; start = periodContaining(start, period).end) {
    const judging = governingVersion(versions, start);
    if (judging && judging.period !== period) {
      throw CoreError.invalidField(
        'period',
        `version ${judging.version} judges ${start.toISOString()} by ${label(judging.period)} periods: a correction of it uses the same period`,
      );
    }
  }
}

/** effectiveTo, when given, ends a period of the version's kind after effectiveFrom. */
function assertWindowEnd(window: Pick<TimelineVersion, 'period' | 'effectiveFrom' | 'effectiveTo'>): Date | null {
  const { effectiveTo, effectiveFrom, period } = window;
  if (effectiveTo && (effectiveTo <= effectiveFrom || !isPeriodStart(effectiveTo, period))) {
    throw CoreError.invalidField(
      'effectiveTo',
      `effectiveTo must be the end of a ${label(period)} period after effectiveFrom (00:00 Asia/Shanghai of the next one)`,
    );
  }
  return effectiveTo;
}

function isPeriodStart(instant: Date, period: ObligationPeriod): boolean {
  return periodContaining(instant, period).start.getTime() === instant.getTime();
}

function newest<V extends TimelineVersion>(versions: readonly V[]): V | null {
  return versions.reduce<V | null>((best, v) => (best === null || v.version > best.version ? v : best), null);
}

const label = (period: ObligationPeriod) => OBLIGATION_PERIOD_LABELS[period].en;
