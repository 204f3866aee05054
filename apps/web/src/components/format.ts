import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';
import type { Language } from '../i18n/messages';

dayjs.extend(utc);

/**
 * Times and days are China time (Asia/Shanghai, the platforms' zone), whatever the browser's zone. The wall clock is
 * read from the zone's rules (Intl), not from the browser's UTC offset, which changes across its own daylight-saving
 * switches. One formatter for the app: constructing Intl formatters is the expensive part.
 */
const shanghaiWallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The Shanghai wall clock of an instant, as a dayjs in UTC mode: its fields (format, day(), startOf('day'), add) are
 * Shanghai's exactly, and its arithmetic meets no daylight-saving switch. Its valueOf() is not the instant.
 */
export function shanghai(instant: string | Date): dayjs.Dayjs {
  const date = dayjs(instant).toDate();
  if (Number.isNaN(date.getTime())) return dayjs.utc(Number.NaN);
  const part = Object.fromEntries(
    shanghaiWallClock.formatToParts(date).map((p) => [p.type, Number(p.value)] as const),
  ) as Record<Intl.DateTimeFormatPartTypes, number>;
  return dayjs.utc(
    Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second, date.getUTCMilliseconds()),
  );
}

/** Today's calendar day in China time, YYYY-MM-DD: the first day one can search or book, wherever the browser is. */
export const shanghaiToday = (): string => shanghai(new Date()).format('YYYY-MM-DD');

/** The calendar day `days` after `day` (before, when negative), YYYY-MM-DD: date arithmetic, no zone involved. */
export const addDays = (day: string, days: number): string => dayjs.utc(day).add(days, 'day').format('YYYY-MM-DD');

/** The Shanghai day `days` after today (before, when negative), YYYY-MM-DD. */
export const shanghaiDayFromToday = (days: number): string => addDays(shanghaiToday(), days);

/** The instant a Shanghai day (YYYY-MM-DD) starts, as the API's DateTime (China keeps no daylight saving: +08:00). */
export const shanghaiDayStart = (day: string): string => `${day}T00:00:00+08:00`;

/**
 * A Shanghai day as the value of an Ant Design date picker. The pickers work in the browser's zone and only their
 * calendar fields are read back (`pickedDay`), so a day stays the day it names wherever the browser is.
 */
export const pickerDay = (day: string): dayjs.Dayjs => dayjs(day);

/** The calendar day (YYYY-MM-DD) a date picker's value names: a Shanghai day, as the pickers are used here. */
export const pickedDay = (value: dayjs.Dayjs): string => value.format('YYYY-MM-DD');

/**
 * The Shanghai wall clock of an instant as the value of an Ant Design date-and-time picker (which works in the
 * browser's zone: a Shanghai time that the browser's zone skips at its spring-forward switch cannot be held).
 */
export const pickerTime = (instant: string | Date): dayjs.Dayjs =>
  dayjs(shanghai(instant).format('YYYY-MM-DDTHH:mm:ss'));

/** The instant a date-and-time picker's value names, read as Shanghai wall clock, as the API's DateTime. */
export const pickedInstant = (value: dayjs.Dayjs): string => `${value.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;

/** A picker's `disabledDate` for days already past in Shanghai. */
export const beforeShanghaiToday = (value: dayjs.Dayjs): boolean => pickedDay(value) < shanghaiToday();

/**
 * Month names in the language asked for, not dayjs's global locale: that follows a language switch only after the
 * render that switched, so dates drawn in that render kept the previous language's month ("16 12月 2026").
 */
const DAYJS_LOCALE: Record<Language, string> = { zh: 'zh-cn', en: 'en' };

export function formatDateTime(iso: string, lang: Language): string {
  return shanghai(iso)
    .locale(DAYJS_LOCALE[lang])
    .format(lang === 'zh' ? 'YYYY年M月D日 HH:mm' : 'D MMM YYYY, HH:mm');
}

export function formatDate(iso: string, lang: Language): string {
  return shanghai(iso)
    .locale(DAYJS_LOCALE[lang])
    .format(lang === 'zh' ? 'YYYY年M月D日' : 'D MMM YYYY');
}

/** A calendar month (YYYY-MM, Shanghai's, as the API names months) in the reader's language. */
export function formatMonth(month: string, lang: Language): string {
  return dayjs
    .utc(`${month}-01`)
    .locale(DAYJS_LOCALE[lang])
    .format(lang === 'zh' ? 'YYYY年M月' : 'MMM YYYY');
}

/**
 * Amounts in yuan as the platforms' own price lists write them, in either language: "¥12,800.50" (Intl's narrow
 * symbol; en-US would otherwise write "CN¥"). Field labels say "（元）" / "(¥)" to match. Built once per language.
 */
const MONEY: Record<Language, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }),
  en: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }),
};

/**
 * An amount of the API's Money scalar (exact decimal text such as "1280.50"; a number from a form field) in the
 * reader's language: the app's one money formatter. Intl formats the decimal string itself, so no float rounding
 * creeps in: totals may pass 2^53 fen ("90071992547409.93"), which Number would round, so Money stays a string
 * (codegen.yml) until it is shown here.
 */
export function formatMoney(amount: string | number, lang: Language): string {
  return MONEY[lang].format(amount as unknown as number);
}

/** An amount as a whole number of hundredths of a yuan ("1280.5" → 128050n), exactly, at any size. */
function fen(amount: string | number): bigint {
  const [, sign, whole, fraction = ''] = /^(-?)(\d*)(?:\.(\d*))?$/.exec(String(amount).trim()) ?? [];
  if (whole === undefined) throw new Error(`not an amount of money: ${amount}`);
  const value = BigInt(`${whole || '0'}${fraction.padEnd(2, '0').slice(0, 2)}`);
  return sign ? -value : value;
}

/**
 * Orders two amounts of the Money scalar (lowest first, for `sort`): by value, not as text ("9800.50" before
 * "88000.00"), and exactly, as `formatMoney` shows them (totals may pass what a Number holds). Every amount the API
 * returns is CNY (its one `Currency`), so amounts compare directly; compare like with like (whole-job prices, not a
 * whole job against a price per hour).
 */
export function compareMoney(a: string | number, b: string | number): number {
  const x = fen(a);
  const y = fen(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A number a form holds, as the Money scalar takes it: two decimals, never an exponent. */
export const toMoney = (amount: number): string => amount.toFixed(2);
