import type { ValueTransformer } from 'typeorm';
import { formatMoney, parseMoney } from './money.js';

/**
 * A `numeric(p, 2)` column as integer fen: PostgreSQL sends numeric as text, read digit by digit (never through a
 * double), and receives the amount as text.
 */
export const MONEY: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : formatMoney(value)),
  from: (value: string | null) => (value === null ? null : parseMoney(value)),
};
