// A size typed in one unit is the same size in the unit the catalogue writes: 1.2米 is 1200 mm, 0.5吨 is 500 kg, 500升
// is 500 L. Read by both engines from the same runs of query words (pg-query-plan.ts `parseQuery`, synonyms.ts
// `meiliQueryText`), as the other readings of a run are.
import { numeralValueOf } from './chinese-numerals.js';
import type { TextWord } from './tokenize.js';
import { SIZE_UNITS, type SizeUnit } from './size-units.js';

/** The unit each dimension's sizes are written in, when a query types another (1.2 m → 1200 mm). */
const CONVENTION: Readonly<Record<SizeUnit['dimension'], string>> = {
  length: 'mm',
  volume: 'l',
  mass: 'kg',
  power: 'kw',
  force: 'kn',
  pressure: 'mpa',
};

const DIGITS = /^\p{Nd}+$/u;
const GLUED = /^(\p{Nd}+)(\p{L}[\p{L}\p{N}]*)$/u;

/** A number written plainly: at most three decimals, no exponent (1200, 1.2, 0.05); undefined otherwise. */
function plain(value: number): string | undefined {
  if (!Number.isFinite(value) || value <= 0 || value >= 1e9) return undefined;
  const rounded = Math.round(value * 1000) / 1000;
  if (Math.abs(rounded - value) > 1e-9 * value) return undefined;
  return String(rounded);
}

/**
 * The size a run of query words types (a measured condition: a number and its unit, 1.2米 as 1 | 2 | 米 with a decimal
 * point between, 1200mm as one word, 八百毫米 in Chinese numerals), as the texts it also stands for: the size in its
 * unit's symbol when typed otherwise (米 → m) and in the unit sizes are written in (1200 mm); undefined when the run is
 * no size or has no other form (500 L).
 */
export function quantityFormsOf(run: readonly TextWord[]): string[] | undefined {
  if (run.length === 0 || run.length > 3 || !run.every((word) => word.condition)) return undefined;
  const last = run[run.length - 1];
  const glued = GLUED.exec(last.text);
  const unitWord = glued ? glued[2] : last.text;
  const numberWords = [...run.slice(0, -1).map((word) => word.text), ...(glued ? [glued[1]] : [])];
  const unit = SIZE_UNITS.get(unitWord);
  if (!unit || numberWords.length === 0) return undefined;
  let typed: string | undefined;
  if (numberWords.every((word) => DIGITS.test(word))) {
    if (numberWords.length === 1) typed = numberWords[0];
    // Two runs of digits are one number only across a decimal point (1.2, not 1 2).
    else if (numberWords.length === 2 && run[0].decimalPoint) typed = `${numberWords[0]}.${numberWords[1]}`;
  } else if (!glued) typed = numeralValueOf(numberWords);
  const value = typed === undefined ? Number.NaN : Number(typed);
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const forms: string[] = [];
  if (unitWord !== unit.symbol.toLowerCase() || numberWords.length > 1) forms.push(`${typed} ${unit.symbol}`);
  const target = SIZE_UNITS.get(CONVENTION[unit.dimension]);
  if (target && target.symbol !== unit.symbol) {
    const converted = plain((value * unit.factor) / target.factor);
    if (converted !== undefined) forms.push(`${converted} ${target.symbol}`);
  }
  return forms.length > 0 ? forms : undefined;
}
