import { describe, expect, it } from '@jest/globals';
import { parseQuery } from '../postgres/pg-query-plan.js';
import { typedQuery, unmatchedWords } from './unmatched-words.js';

const matched = (query: string, ...units: string[]) => {
  const texts = new Set(parseQuery(query).map((unit) => unit.text));
  for (const unit of units) expect(texts).toContain(unit);
  return new Set(units);
};

describe('unmatchedWords', () => {
  it('lists the query’s words after stop words that no hit matched, as typed', () => {
    const query = '找一家能做 XYZQQ 盐雾试验的机构';
    expect(unmatchedWords(typedQuery(query), matched(query, '盐雾', '试验'))).toEqual(['XYZQQ']);
    expect(unmatchedWords(typedQuery(query), new Set())).toEqual(['XYZQQ', '盐雾', '试验']);
  });

  it('counts a word matched when the unit holding it matched, by a synonym or either alternative', () => {
    expect(unmatchedWords(typedQuery('3D 打印'), matched('3D 打印', '3d 打印'))).toEqual([]);
    expect(unmatchedWords(typedQuery('TOPCon或HJT电池'), matched('TOPCon或HJT电池', 'topcon | hjt'))).toEqual(['电池']);
  });

  it('shows a run read as one term as it was typed', () => {
    expect(unmatchedWords(typedQuery('lithium scale-up'), matched('lithium scale-up', 'lithium'))).toEqual([
      'scale-up',
    ]);
  });

  it('shows traditional and full-width characters as typed, and lists a word once', () => {
    expect(unmatchedWords(typedQuery('ＸＹＺＱＱ 熱壓罐 xyzqq'), new Set(['热压罐']))).toEqual(['ＸＹＺＱＱ']);
  });

  it('lists nothing for a blank query or one of stop words only', () => {
    expect(unmatchedWords(typedQuery(undefined), new Set())).toEqual([]);
    expect(unmatchedWords(typedQuery('  '), new Set())).toEqual([]);
    expect(unmatchedWords(typedQuery('的 the for'), new Set())).toEqual([]);
  });
});
