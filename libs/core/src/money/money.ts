/**
 * Money, exactly. Amounts are integer fen (分, 1/100 CNY) in code, `numeric(p, 2)` in the database and decimal
 * strings ("1280.50") in the API: they never pass through binary floating point. Arithmetic that divides runs on
 * BigInt and rounds by one of the rules below, each named where it is used:
 *
 * - HALF_UP (四舍五入): half a fen or more rounds away from zero. Prices derived from a discount, and line amounts
 *   (unit price × quantity), are rounded so, once per line; totals add rounded lines and are never rounded again.
 * - DOWN (truncation towards zero): a subsidy never pays more than its stated share, so voucher coverage
 *   (share × charge) drops any fraction of a fen.
 *
 * Quantities (hours, samples, batches) are kept in thousandths (`milli`), as `numeric(14, 3)` keeps them; hours of
 * slots are their minutes summed, then converted to thousandths of an hour HALF_UP.
 *
 * Amounts and totals: an amount (a price, a line, a charge, what one charge was credited or covered, a budget) is a
 * `number` of fen up to MAX_MONEY_FEN, what a client may send and a column holds. A total (a sum over rows no rule
 * bounds: a period's charges, a province's, a programme's use) is a `bigint` of fen with no ceiling: summed by
 * `sumTotal` in code, or by a plain `sum()` over numeric in SQL sent back as text and read by `parseTotal`; printed by
 * `formatTotal`. A sum that must itself be an amount (a quote's lines) goes through `sumFen`, which refuses past it.
 */

/** One yuan in fen. */
export const FEN_PER_YUAN = 100;
/**
 * The largest amount the API accepts, and the largest amount (not total) in code: 9 999 999 999 999.99 CNY, well
 * inside Number's exact integers. Totals (bigint) go past it.
 */
export const MAX_MONEY_FEN = 999_999_999_999_999;

export type Rounding = 'HALF_UP' | 'DOWN';

const DECIMAL = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Thrown for text or numbers that are not an exact amount in CNY; the API turns it into a field error. */
export class MoneyFormatError extends Error {}

/** "1280.5", "1280.50", "-3", "0.07" → fen. Refuses more than two decimals, exponents, signs other than "-", spaces. */
export function parseMoney(text: string): number {
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new MoneyFormatError(
      `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not an amount in CNY with at most 2 decimals, such as "1280.50"`,
    );
  }
  const [, minus, whole, fraction = ''] = match;
  const fen = Number(whole) * FEN_PER_YUAN + Number(fraction.padEnd(2, '0'));
  return minus && fen !== 0 ? -fen : fen;
}

/**
 * An amount a client sent as a JSON number (1280.5): exact only when its shortest decimal form has at most two
 * decimals and no exponent, which is then read as text. 0.1 + 0.2 (0.30000000000000004) is refused, not rounded.
 */
export function moneyFromNumber(value: number): number {
  if (!Number.isFinite(value)) throw new MoneyFormatError(`${value} is not an amount in CNY`);
  return parseMoney(String(value));
}

/** fen → "1280.50" (always two decimals; "-0.07" for negatives). */
export function formatMoney(fen: number): string {
  assertFen(fen);
  return formatTotal(BigInt(fen));
}

/** A total in fen, of any size → "14998499999999999.99": two decimals, as many integer digits as it takes. */
export function formatTotal(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = (fen < 0n ? -fen : fen).toString().padStart(3, '0');
  return `${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

const TOTAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * A sum PostgreSQL computed over numeric(p, 2) and sent as text ("14998499999999999.99", "0") → fen, exactly and
 * without a ceiling. Only for what the database computed: client input is read by `parseMoney`.
 */
export function parseTotal(text: string): bigint {
  const match = TOTAL.exec(text);
  if (!match) throw new MoneyFormatError(`"${text.slice(0, 40)}" is not a sum of money with at most 2 decimals`);
  const [, minus, whole, fraction = ''] = match;
  const fen = BigInt(whole) * BigInt(FEN_PER_YUAN) + BigInt(fraction.padEnd(2, '0'));
  return minus ? -fen : fen;
}

/** fen → yuan as a number, for spreadsheets (a cell is a double; formatted with two decimals it reads exactly). */
export const toYuan = (fen: number): number => fen / FEN_PER_YUAN;

/** An amount past MAX_MONEY_FEN (or not whole fen): what no price, quote, charge or total can hold. */
export class MoneyRangeError extends RangeError {}

export function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || Math.abs(fen) > MAX_MONEY_FEN)
    throw new MoneyRangeError(`${fen} is not an amount in fen (an integer up to ${MAX_MONEY_FEN})`);
}

/** numerator / denominator, rounded by `rounding`, exactly (BigInt). */
export function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator <= 0n) throw new RangeError('divide by a positive number');
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  let quotient = abs / denominator;
  if (rounding === 'HALF_UP' && (abs % denominator) * 2n >= denominator) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** unit price × quantity (in thousandths), HALF_UP to the fen: a line's amount. */
export function lineAmount(unitFen: number, quantityMilli: number): number {
  assertFen(unitFen);
  if (!Number.isSafeInteger(quantityMilli)) throw new RangeError(`${quantityMilli} is not a quantity in thousandths`);
  const fen = Number(divideRounded(BigInt(unitFen) * BigInt(quantityMilli), 1000n, 'HALF_UP'));
  assertFen(fen);
  return fen;
}

/** 10 000 basis points = 100 %. */
export const BASIS_POINTS = 10_000;

/** `basisPoints` / 10 000 of an amount, rounded by `rounding`. */
export function shareOf(fen: number, basisPoints: number, rounding: Rounding): number {
  assertFen(fen);
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0 || basisPoints > BASIS_POINTS)
    throw new RangeError(`${basisPoints} is not a share in basis points (0–10 000)`);
  return Number(divideRounded(BigInt(fen) * BigInt(basisPoints), BigInt(BASIS_POINTS), rounding));
}

/** The price left after taking `discountBasisPoints` off `fen`, HALF_UP to the fen. */
export const discounted = (fen: number, discountBasisPoints: number): number =>
  shareOf(fen, BASIS_POINTS - discountBasisPoints, 'HALF_UP');

/** Minutes → thousandths of an hour, HALF_UP (90 min → 1 500, 20 min → 333, 40 min → 667). */
export const minutesToMilliHours = (minutes: number): number =>
  Number(divideRounded(BigInt(minutes) * 1000n, 60n, 'HALF_UP'));

/** A quantity in thousandths as a number with up to three decimals (1 500 → 1.5): exact in its shortest form. */
export const fromMilli = (milli: number): number => milli / 1000;

/** A number with at most three decimals → thousandths, exactly (read through its decimal text, not multiplied). */
export function toMilli(value: number): number {
  const [whole, fraction = ''] = String(value).split('.');
  if (!/^-?\d+$/.test(whole) || fraction.length > 3 || !/^\d*$/.test(fraction))
    throw new RangeError(`${value} is not a quantity with at most three decimals`);
  const milli = Math.abs(Number(whole)) * 1000 + Number(fraction.padEnd(3, '0'));
  return whole.startsWith('-') ? -milli : milli;
}

/** Percent with up to two decimals (12.5) → basis points (1 250), exactly. */
export function percentToBasisPoints(percent: number): number {
  const basisPoints = toMilli(percent) / 10;
  if (!Number.isInteger(basisPoints)) throw new RangeError(`${percent} is not a percentage with at most two decimals`);
  return basisPoints;
}

/** Basis points → percent (1 250 → 12.5). */
export const basisPointsToPercent = (basisPoints: number): number => basisPoints / 100;

/** The exact sum of amounts (or totals) in fen, however many: a total has no ceiling. */
export function sumTotal(amounts: Iterable<number | bigint>): bigint {
  let total = 0n;
  for (const fen of amounts) {
    if (typeof fen === 'number') assertFen(fen);
    total += BigInt(fen);
  }
  return total;
}

/** A total that must itself be an amount (what one charge was credited or covered) → fen, or MoneyRangeError. */
export function amountOf(total: bigint): number {
  if (total > BigInt(MAX_MONEY_FEN) || total < -BigInt(MAX_MONEY_FEN))
    throw new MoneyRangeError(`${total} is not an amount in fen (an integer up to ${MAX_MONEY_FEN})`);
  return Number(total);
}

/** The sum of amounts that must itself be an amount (a quote's lines): MoneyRangeError past MAX_MONEY_FEN. */
export const sumFen = (amounts: readonly number[]): number => amountOf(sumTotal(amounts));
