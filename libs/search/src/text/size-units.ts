// The units a size is converted between (quantities.ts), apart so that the query's analysis (tokenize.ts) reads the
// same words as units after a value without importing the conversions.

export interface SizeUnit {
  /** The symbol datasheets write (its normalized words are what documents hold). */
  symbol: string;
  dimension: 'length' | 'volume' | 'mass' | 'power' | 'force' | 'pressure';
  /** Size of one unit in the dimension's base unit. */
  factor: number;
}

/**
 * Units by the word a query holds (normalized: lower case; m³ is m3 after NFKC). Not the ambiguous ones once lower
 * case (mw: mW or MW, mn), nor g, which ends 5G. The first unit of each dimension is the one engineering datasheets,
 * and the catalogue, write sizes in (quantities.ts `CONVENTION`).
 */
export const SIZE_UNITS: ReadonlyMap<string, SizeUnit> = new Map(
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

/** The words of the units sizes convert between: the query's analysis reads each as a unit after a value. */
export const SIZE_UNIT_WORDS: readonly string[] = [...SIZE_UNITS.keys()];
