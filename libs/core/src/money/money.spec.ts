import { describe, expect, it } from '@jest/globals';
import { GraphQLError, Kind } from 'graphql';
import {
  amountOf,
  discounted,
  divideRounded,
  formatMoney,
  formatTotal,
  lineAmount,
  MAX_MONEY_FEN,
  minutesToMilliHours,
  moneyFromNumber,
  parseMoney,
  parseTotal,
  percentToBasisPoints,
  shareOf,
  sumFen,
  sumTotal,
  toMilli,
} from './money.js';
import { Money } from './money.scalar.js';
import { MONEY } from './money.transformer.js';

describe('money: reading and writing amounts', () => {
  it('reads decimal text digit by digit into fen', () => {
    expect(parseMoney('1280.5')).toBe(128_050);
    expect(parseMoney('1280.50')).toBe(128_050);
    expect(parseMoney('0.07')).toBe(7);
    expect(parseMoney('-3')).toBe(-300);
    expect(parseMoney('-0.00')).toBe(0);
    expect(parseMoney('9999999999999.99')).toBe(MAX_MONEY_FEN);
  });

  it('refuses what is not an exact amount: three decimals, exponents, spaces, plus signs, 14 integer digits', () => {
    for (const text of ['1.005', '1e3', ' 1', '+1', '1,000', '', '.5', '10000000000000', 'NaN', '0x10'])
      expect(() => parseMoney(text)).toThrow(/not an amount in CNY/);
  });

  it('reads a JSON number by its shortest decimal form, refusing sums that floating point got wrong', () => {
    expect(moneyFromNumber(1280.5)).toBe(128_050);
    expect(moneyFromNumber(0.1)).toBe(10);
    expect(() => moneyFromNumber(0.1 + 0.2)).toThrow(/not an amount/);
    expect(() => moneyFromNumber(1e-7)).toThrow(/not an amount/);
    expect(() => moneyFromNumber(1e21)).toThrow(/not an amount/);
    expect(() => moneyFromNumber(Number.NaN)).toThrow(/not an amount/);
  });

  it('writes two decimals always', () => {
    expect(formatMoney(128_050)).toBe('1280.50');
    expect(formatMoney(7)).toBe('0.07');
    expect(formatMoney(-7)).toBe('-0.07');
    expect(formatMoney(0)).toBe('0.00');
    expect(() => formatMoney(0.5)).toThrow(RangeError);
  });

  it('the Money scalar serializes fen as text and parses strings, numbers and literals exactly', () => {
    expect(Money.serialize(128_050)).toBe('1280.50');
    expect(Money.parseValue('1280.5')).toBe(128_050);
    expect(Money.parseValue(99.99)).toBe(9_999);
    expect(Money.parseLiteral({ kind: Kind.FLOAT, value: '0.1' })).toBe(10);
    expect(Money.parseLiteral({ kind: Kind.INT, value: '12' })).toBe(1_200);
    expect(() => Money.parseValue('1.005')).toThrow(GraphQLError);
    expect(() => Money.parseValue(true)).toThrow(/not a boolean/);
    expect(() => Money.parseLiteral({ kind: Kind.BOOLEAN, value: true })).toThrow(GraphQLError);
    expect(() => Money.serialize(1.5)).toThrow(GraphQLError);
  });

  it('numeric columns round-trip through text', () => {
    expect(MONEY.from('1280.50')).toBe(128_050);
    expect(MONEY.to(128_050)).toBe('1280.50');
    expect(MONEY.from(null)).toBeNull();
  });
});

describe('money: rounding rules', () => {
  it('HALF_UP rounds half a fen away from zero; DOWN truncates towards zero', () => {
    expect(divideRounded(5n, 10n, 'HALF_UP')).toBe(1n);
    expect(divideRounded(4n, 10n, 'HALF_UP')).toBe(0n);
    expect(divideRounded(-5n, 10n, 'HALF_UP')).toBe(-1n);
    expect(divideRounded(9n, 10n, 'DOWN')).toBe(0n);
    expect(divideRounded(-9n, 10n, 'DOWN')).toBe(0n);
  });

  it('a line is unit price × quantity, rounded once, half up', () => {
    // 333.33 × 1.5 h = 499.995 → 500.00
    expect(lineAmount(33_333, 1_500)).toBe(50_000);
    // 100.00 × 0.333 h = 33.30
    expect(lineAmount(10_000, 333)).toBe(3_330);
    // 0.01 × 0.4 = 0.004 → 0.00; × 0.5 → 0.01
    expect(lineAmount(1, 400)).toBe(0);
    expect(lineAmount(1, 500)).toBe(1);
    // Large amounts stay exact where a double would not: 9 999 999.99 × 999.999
    expect(lineAmount(999_999_999, 999_999)).toBe(999_998_999_000);
  });

  it('a discounted price is rounded half up to the fen', () => {
    // 15 % off 999.99 = 849.9915 → 849.99; 12.5 % off 0.04 = 0.035 → 0.04
    expect(discounted(99_999, 1_500)).toBe(84_999);
    expect(discounted(4, 1_250)).toBe(4);
    expect(discounted(80_000, 10_000)).toBe(0);
  });

  it('a subsidised share is truncated: a voucher never pays more than its share', () => {
    // 50 % of 0.03 = 0.015 → 0.01; 33.33 % of 1 000.00 = 333.30
    expect(shareOf(3, 5_000, 'DOWN')).toBe(1);
    expect(shareOf(100_000, 3_333, 'DOWN')).toBe(33_330);
    expect(() => shareOf(100, 10_001, 'DOWN')).toThrow(RangeError);
  });

  it('hours of slots are minutes converted to thousandths of an hour, half up', () => {
    expect(minutesToMilliHours(90)).toBe(1_500);
    expect(minutesToMilliHours(20)).toBe(333);
    expect(minutesToMilliHours(40)).toBe(667);
  });

  it('quantities and percentages are read by their digits', () => {
    expect(toMilli(2.5)).toBe(2_500);
    expect(toMilli(0.001)).toBe(1);
    expect(() => toMilli(0.0001)).toThrow(RangeError);
    expect(() => toMilli(1e-7)).toThrow(RangeError);
    expect(percentToBasisPoints(12.5)).toBe(1_250);
    expect(percentToBasisPoints(0.01)).toBe(1);
    expect(() => percentToBasisPoints(12.555)).toThrow(RangeError);
  });

  it('a quote’s total adds rounded lines and must stay an amount', () => {
    expect(sumFen([50_000, 3_330, -1_000])).toBe(52_330);
    expect(() => sumFen([MAX_MONEY_FEN, 1])).toThrow(RangeError);
  });
});

describe('money: totals have no ceiling', () => {
  // 2^53 + 1 fen: the first count of fen a double cannot hold.
  const PAST_DOUBLES = 9_007_199_254_740_993n;

  it('sums any number of amounts exactly, past the largest amount and past 2^53 fen', () => {
    expect(sumTotal([])).toBe(0n);
    expect(sumTotal([MAX_MONEY_FEN, 1])).toBe(1_000_000_000_000_000n);
    expect(sumTotal(Array.from({ length: 10_001 }, () => MAX_MONEY_FEN))).toBe(10_000_999_999_999_989_999n);
    expect(sumTotal([9_007_199_254_740_992n, 1])).toBe(PAST_DOUBLES);
    expect(sumTotal([5n, -7, 2])).toBe(0n);
    // Its terms are still amounts: a float or an amount past the largest is a bug upstream, not a total.
    expect(() => sumTotal([0.5])).toThrow(RangeError);
    expect(() => sumTotal([MAX_MONEY_FEN + 1])).toThrow(RangeError);
  });

  it('prints a total with two decimals and as many integer digits as it takes', () => {
    expect(formatTotal(PAST_DOUBLES)).toBe('90071992547409.93');
    expect(formatTotal(10_000_999_999_999_989_999n)).toBe('100009999999999899.99');
    expect(formatTotal(-PAST_DOUBLES)).toBe('-90071992547409.93');
    expect(formatTotal(0n)).toBe('0.00');
    expect(formatTotal(7n)).toBe('0.07');
    expect(formatTotal(-7n)).toBe('-0.07');
    expect(formatTotal(100n)).toBe('1.00');
    expect(formatMoney(MAX_MONEY_FEN)).toBe('9999999999999.99');
    expect(() => formatMoney(MAX_MONEY_FEN + 1)).toThrow(RangeError);
  });

  it('reads the sums PostgreSQL sends as text, without a ceiling, and refuses anything else', () => {
    expect(parseTotal('90071992547409.93')).toBe(PAST_DOUBLES);
    expect(parseTotal('-0.01')).toBe(-1n);
    expect(parseTotal('0')).toBe(0n);
    expect(parseTotal('12.5')).toBe(1_250n);
    expect(parseTotal('100009999999999899.99')).toBe(10_000_999_999_999_989_999n);
    for (const text of ['1.005', '1e3', ' 1', '+1', '', 'NaN', '1.'])
      expect(() => parseTotal(text)).toThrow(/not a sum of money/);
  });

  it('turns a total back into an amount only when it is one', () => {
    expect(amountOf(12_345n)).toBe(12_345);
    expect(amountOf(-BigInt(MAX_MONEY_FEN))).toBe(-MAX_MONEY_FEN);
    expect(() => amountOf(BigInt(MAX_MONEY_FEN) + 1n)).toThrow(RangeError);
  });

  it('the Money scalar prints totals of any size, while what a client may send stays capped', () => {
    expect(Money.serialize(PAST_DOUBLES)).toBe('90071992547409.93');
    expect(Money.serialize(MAX_MONEY_FEN + 1)).toBe('10000000000000.00');
    expect(() => Money.serialize(2 ** 53)).toThrow(GraphQLError);
    expect(() => Money.parseValue('10000000000000.00')).toThrow(GraphQLError);
    expect(() => Money.parseLiteral({ kind: Kind.STRING, value: '90071992547409.93' })).toThrow(GraphQLError);
  });
});
