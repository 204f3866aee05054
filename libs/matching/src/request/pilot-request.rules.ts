import { CoreError, formatMoney, locationOutsideChina } from '#core';
import { PilotRequestKind } from '../matching.enums.js';

/** What the rules read of a request: the whole record, as created or as an update leaves it. */
export interface PilotRequestFacts {
  kind: PilotRequestKind;
  trl?: number | null;
  windowFrom: Date;
  windowTo: Date;
  scaleFrom?: number | null;
  scaleTo?: number | null;
  budgetMin?: number | null;
  budgetMax?: number | null;
  /** Where the pilot would run (only when sent: the stored one passed these rules when it was). */
  location?: { lat: number; lng: number } | null;
}

/** The longest window a request may name, and how far ahead it may end: three years (and a leap day). */
const MAX_WINDOW_MS = (3 * 365 + 1) * 86_400_000;

const shown = (value: Date | number) => (value instanceof Date ? value.toISOString() : String(value));

type Bound = 'windowFrom' | 'windowTo' | 'scaleFrom' | 'scaleTo' | 'budgetMin' | 'budgetMax';

/** Ranges whose upper end must not be below their lower end, with the words for each side of a breach. */
const RANGES: ReadonlyArray<{
  low: Bound;
  high: Bound;
  below: string;
  above: string;
  /** How the message shows a bound: budgets are fen in code and yuan (decimal) to the caller, as the API writes them. */
  show: (value: Date | number) => string;
}> = [
  { low: 'windowFrom', high: 'windowTo', below: 'before', above: 'after', show: shown },
  { low: 'scaleFrom', high: 'scaleTo', below: 'less than', above: 'more than', show: shown },
  { low: 'budgetMin', high: 'budgetMax', below: 'less than', above: 'more than', show: (v) => formatMoney(Number(v)) },
];

/**
 * The one set of rules a pilot request obeys, for createPilotRequest and for the record an updatePilotRequest would
 * leave (its stored fields merged with the ones sent), so no sequence of partial updates stores a request that
 * contradicts itself. A breach names the field the caller sent (`sent`); for create every field is sent.
 */
export function assertPilotRequestRules(record: PilotRequestFacts, sent: ReadonlySet<string>, now: Date): void {
  if (record.kind === PilotRequestKind.TECH_TRANSFER && (record.trl === undefined || record.trl === null))
    throw CoreError.invalidField('trl', 'trl (technology readiness level 1–9) is required for TECH_TRANSFER requests');
  for (const { low, high, below, above, show } of RANGES) {
    const from = record[low];
    const to = record[high];
    if (from === undefined || from === null || to === undefined || to === null) continue;
    if (Number(to) >= Number(from)) continue;
    throw sent.has(high) || !sent.has(low)
      ? CoreError.invalidField(high, `${high} must not be ${below} ${low} (${show(from)})`)
      : CoreError.invalidField(low, `${low} must not be ${above} ${high} (${show(to)})`);
  }
  // Years, not centuries: a window from 1900 or until 9999 is a typed year, and no platform plans that far.
  if (record.windowTo.getTime() - now.getTime() > MAX_WINDOW_MS)
    throw CoreError.invalidField('windowTo', 'windowTo must be at most 3 years from now');
  if (record.windowTo.getTime() - record.windowFrom.getTime() > MAX_WINDOW_MS)
    throw sent.has('windowTo') && !sent.has('windowFrom')
      ? CoreError.invalidField('windowTo', 'windowTo must be at most 3 years after windowFrom')
      : CoreError.invalidField('windowFrom', 'windowFrom must be at most 3 years before windowTo');
  const outside = record.location ? locationOutsideChina(record.location) : undefined;
  if (outside) throw CoreError.invalidField('location', outside);
  // An OPEN request nobody can serve any more: its whole window has passed.
  if (record.windowTo.getTime() < now.getTime())
    throw CoreError.invalidField(
      'windowTo',
      `windowTo must not be in the past (it is ${record.windowTo.toISOString()}, now is ${now.toISOString()})`,
    );
}
