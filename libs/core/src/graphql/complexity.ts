import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { getNullableType, isListType } from 'graphql';

/**
 * Query cost, as the complexity plugin estimates it before anything runs: a field costs 1 plus what is selected
 * under it, times how many items it returns. Every list declares that number: a page its `first` argument, an
 * unpaged list its realistic length (`listCost`); a list that declares nothing is assumed to hold
 * `UNDECLARED_LIST_LENGTH` items.
 */
type FieldComplexity = (options: { args: Record<string, unknown>; childComplexity: number }) => number;

export const UNDECLARED_LIST_LENGTH = 20;
/** Page sizes are validated at 1–100 after the estimate: a larger `first` counts 100, so validation names it. */
const MAX_PAGE = 100;
const pageSize = (value: unknown, fallback: number) =>
  typeof value === 'number' ? Math.min(Math.max(value, 0), MAX_PAGE) : fallback;

/** A page: its items are what the `first` argument asks for (its default when absent). */
export const pageCost =
  (defaultFirst = 20): FieldComplexity =>
  ({ args, childComplexity }) =>
    1 + childComplexity * pageSize(args.first, defaultFirst);

/** A list of at most (or realistically) `length` items, e.g. the events of one booking. */
export const listCost =
  (length: number): FieldComplexity =>
  ({ childComplexity }) =>
    1 + childComplexity * length;

/** A list whose length an argument bounds, e.g. `limit`. */
export const argumentCost =
  (argument: string, fallback: number): FieldComplexity =>
  ({ args, childComplexity }) =>
    1 + childComplexity * pageSize(args[argument], fallback);

/** Items already counted by the field above (the `edges` of a connection): no second multiplication. */
export const countedAbove: FieldComplexity = ({ childComplexity }) => 1 + childComplexity;

/**
 * For fields that declare no cost (and introspection, which costs nothing): a page (a `first` argument) costs its children `first` times, a list
 * UNDECLARED_LIST_LENGTH times; anything else is left to the next estimator.
 */
export const undeclaredListEstimator: ComplexityEstimator = (options: ComplexityEstimatorArgs) => {
  // Introspection (`__schema`, `__type`) reads the schema, which is small and fixed, not data: IDEs send it whole.
  if (options.field.name.startsWith('__')) return 0;
  if (typeof options.args.first === 'number') return 1 + options.childComplexity * pageSize(options.args.first, 0);
  if (isListType(getNullableType(options.field.type))) return 1 + options.childComplexity * UNDECLARED_LIST_LENGTH;
  return undefined;
};
