import dayjs from 'dayjs';
import type { Language } from '../i18n/messages';

/** Times are shown in China time (the platforms' time zone), whatever the browser's zone. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export function shanghai(iso: string | Date): dayjs.Dayjs {
  const date = dayjs(iso);
  return date.add(SHANGHAI_OFFSET_MINUTES + date.toDate().getTimezoneOffset(), 'minute');
}

/** Today's calendar day in China time, YYYY-MM-DD: the first day one can search or book, wherever the browser is. */
export const shanghaiToday = (): string => shanghai(new Date()).format('YYYY-MM-DD');

export function formatDateTime(iso: string, lang: Language): string {
  return shanghai(iso).format(lang === 'zh' ? 'YYYY年M月D日 HH:mm' : 'D MMM YYYY, HH:mm');
}

export function formatDate(iso: string, lang: Language): string {
  return shanghai(iso).format(lang === 'zh' ? 'YYYY年M月D日' : 'D MMM YYYY');
}

/**
 * An amount of the API's Money scalar (exact decimal text such as "1280.50"; a number from a form field) in the
 * reader's language. Intl formats the decimal string itself, so no float rounding creeps in.
 */
export function formatMoney(amount: string | number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    style: 'currency',
    currency: 'CNY',
    maximumFractionDigits: 2,
  }).format(amount as unknown as number);
}

/** A number a form holds, as the Money scalar takes it: two decimals, never an exponent. */
export const toMoney = (amount: number): string => amount.toFixed(2);
