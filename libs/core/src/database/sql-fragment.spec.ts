import { describe, expect, it } from '@jest/globals';
import { renderFragments, type SqlFragment } from './sql-fragment.js';

const tagged =
  (tag: string, values: unknown[]): SqlFragment =>
  (first) => ({
    ctes: [`${tag}_${first} AS (SELECT ${values.map((_, i) => `$${first + i}`).join(', ')})`],
    params: values,
  });

describe('renderFragments', () => {
  it('numbers each fragment after the statement’s parameters and the fragments before it', () => {
    const params: unknown[] = ['own-1', 'own-2'];
    const text = renderFragments(params, [tagged('a', ['x']), tagged('b', ['y', 'z'])]);
    expect(text).toBe(', a_3 AS (SELECT $3), b_4 AS (SELECT $4, $5)');
    expect(params).toEqual(['own-1', 'own-2', 'x', 'y', 'z']);
  });

  it('renders the same text for other values of the same shape, so the statement can stay prepared', () => {
    const render = (values: unknown[]) => renderFragments(['own'], [tagged('a', values)]);
    expect(render(['one', 2])).toBe(render([['other'], null]));
  });

  it('adds nothing without fragments', () => {
    const params: unknown[] = [1];
    expect(renderFragments(params, [])).toBe('');
    expect(params).toEqual([1]);
  });
});
