import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string (it may exceed a double); amounts and hours here fit one, so read numbers. */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
