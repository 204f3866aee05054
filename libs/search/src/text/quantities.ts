// A size typed in one unit is the same size in the unit the catalogue writes: 1.2米 is 1200 mm, 0.5吨 is 500 kg, 500升
// is 500 L. Read by both engines from the same runs of query words (pg-query-plan.ts `parseQuery`, synonyms.ts
// `meiliQueryText`), as the other readings of a run are.
import { numeralValueOf } from './chinese-numerals.js';
import type { TextWord } from './tokenize.js';

interface Unit {
  /** The symbol datasheets write (its normalized words are what documents hold). */
  symbol: string;
  dimension: 'length' | 'volume' | 'mass' | 'power' | 'force' | 'pressure';
  /** Size of one unit in the dimension's base unit. */
  factor: number;
}

/**
 * Units by the word a query holds (normalized: lower case; m³ is m3 after NFKC). Not the ambiguous ones once lower
 * case (mw: mW or MW, mn), nor g, which ends 5G. The first unit of each dimension is the one engineering datasheets,
 * and the catalogue, write sizes in (`CONVENTION`).
 */
const UNITS: ReadonlyMap<string, Unit> = new Map(
  (
    [
      [['mm', '毫米'], 'mm', 'length', 1],
      [['cm', '厘米'], 'cm', 'length', 10],
      [['m', '米'], 'm', 'length', 1000],
      [['l', '升'], 'L', 'volume', 1000],
      [['ml', '毫升'], 'mL', 'volume', 1],
      [['m3', '立方米', '立方'], 'm³', 'volume', 1_000_000],
      [['kg', '公斤', '千克'], 'kg', 'mass', 1000],
      [['t', '吨'], 't', 'mass', 1_000_000],
      [['kw', '千瓦'], 'kW', 'power', 1000],
      [['w', '瓦'], 'W', 'power', 1],
      [['kn', '千牛'], 'kN', 'force', 1000],
      [['n', '牛'], 'N', 'force', 1],
      [['mpa', '兆帕'], 'MPa', 'pressure', 1_000_000],
      [['kpa', '千帕'], 'kPa', 'pressure', 1000],
      [['pa', '帕'], 'Pa', 'pressure', 1],
    ] as const
  ).flatMap(([words, symbol, dimension, factor]) =>
    words.map((word) => [word, { symbol, dimension, factor }] as const),
  ),
);

/** The unit each dimension's sizes are written in, when a query types another (1.2 m → 1200 mm). */
const CONVENTION: Readonly<Record<Unit['dimension'], string>> = {
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
  const unit = UNITS.get(unitWord);
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
  const target = UNITS.get(CONVENTION[unit.dimension]);
  if (target && target.symbol !== unit.symbol) {
    const converted = plain((value * unit.factor) / target.factor);
    if (converted !== undefined) forms.push(`${converted} ${target.symbol}`);
  }
  return forms.length > 0 ? forms : undefined;
}
