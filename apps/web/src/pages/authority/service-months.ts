import { shanghai, shanghaiDayStart } from '../../components/format';

/** How many months the authority's service figures cover. */
export const SERVICE_MONTHS = 12;

/**
 * The months the authority's service figures cover: Shanghai's (as the API counts them), ending with the current
 * month whole — its slots ahead of today included, as the dashboard's chart counts them. A platform's figures cover
 * the same months, so they are its part of the dashboard's (a window ending today left out every slot ahead, and
 * read 0 hours published beside an obligation's period full of them).
 */
export function serviceMonths() {
  const first = shanghai(new Date())
    .startOf('month')
    .subtract(SERVICE_MONTHS - 1, 'month');
  const end = first.add(SERVICE_MONTHS, 'month');
  return {
    fromMonth: first.format('YYYY-MM'),
    lastMonth: end.subtract(1, 'month').format('YYYY-MM'),
    from: shanghaiDayStart(first.format('YYYY-MM-DD')),
    to: shanghaiDayStart(end.format('YYYY-MM-DD')),
  };
}
