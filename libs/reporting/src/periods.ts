import { ObligationPeriod, periodContaining, type Period } from '#obligations';

// Reports count in Asia/Shanghai calendar months and years, as obligations do: one definition of the calendar.

/** The calendar month (1–12) of `year`, Asia/Shanghai. */
export const monthPeriod = (year: number, month: number): Period =>
  periodContaining(new Date(Date.UTC(year, month - 1, 15)), ObligationPeriod.MONTH);

/** The calendar year, Asia/Shanghai. */
export const yearPeriod = (year: number): Period =>
  periodContaining(new Date(Date.UTC(year, 6, 1)), ObligationPeriod.YEAR);

/** `count` consecutive months from `YYYY-MM`, each with its label. */
export function monthsFrom(first: string, count: number): Array<{ month: string; period: Period }> {
  const [year, month] = first.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    return { month: `${y}-${String(m).padStart(2, '0')}`, period: monthPeriod(y, m) };
  });
}
