import { describe, expect, it } from '@jest/globals';
import { typedQuery, unmatchedWords } from '../engine/unmatched-words.js';
import { parseQuery, vocabularyRequests } from './pg-query-plan.js';
import { QueryAnalysisCache } from './query-analysis-cache.js';

describe('QueryAnalysisCache', () => {
  it('gives the analysis parseQuery and vocabularyRequests give, for walks and plain searches', () => {
    const cache = new QueryAnalysisCache(10);
    for (const text of [
      '锂电池正极材料放大',
      'lithum cathdoe scale up',
      '找一家能做光伏组件型式试验的机构',
      '的',
      '',
      undefined,
    ]) {
      const analysis = cache.analyse(text);
      const units = parseQuery(text);
      expect(analysis.units).toEqual(units);
      expect(analysis.key()).toBe(JSON.stringify(units));
      expect(analysis.requests(true)).toEqual(vocabularyRequests(units, true));
      expect(analysis.requests(false)).toEqual(vocabularyRequests(units, false));
    }
  });

  it('answers unmatchedWords as a fresh analysis of the text, whichever units each search matched', () => {
    const cache = new QueryAnalysisCache(10);
    for (const text of [
      '找一家能做 XYZQQ 盐雾试验的机构',
      'ＸＹＺＱＱ 熱壓罐 xyzqq',
      'TOPCon或HJT电池',
      'lithium scale-up',
      '的',
      '',
    ]) {
      const units = parseQuery(text).map((unit) => unit.text);
      // Every unit unmatched, then each one matched in turn, then none again: the held analysis is shared by searches.
      for (const matched of [[], ...units.map((unit) => [unit]), []]) {
        const held = unmatchedWords(cache.analyse(text).typed, new Set(matched));
        expect(held).toEqual(unmatchedWords(typedQuery(text), new Set(matched)));
      }
    }
    expect(unmatchedWords(cache.analyse('找一家能做 XYZQQ 盐雾试验的机构').typed, new Set())).toEqual([
      'XYZQQ',
      '盐雾',
      '试验',
    ]);
  });

  it('analyses a text once while it is held', () => {
    const cache = new QueryAnalysisCache(10);
    const first = cache.analyse('锂电池 放大');
    expect(cache.analyse('锂电池 放大')).toBe(first);
    expect(first.requests(true)).toBe(first.requests(true));
    expect(cache.analyse('锂电池  放大')).not.toBe(first);
  });

  it('holds at most its capacity, the least recently used going first', () => {
    const cache = new QueryAnalysisCache(2);
    const a = cache.analyse('a1');
    const b = cache.analyse('b1');
    expect(cache.analyse('a1')).toBe(a);
    cache.analyse('c1');
    expect(cache.size).toBe(2);
    expect(cache.analyse('a1')).toBe(a);
    expect(cache.analyse('b1')).not.toBe(b);
    expect(cache.size).toBe(2);
  });

  it('keeps nothing with capacity 0', () => {
    const cache = new QueryAnalysisCache(0);
    expect(cache.analyse('锂电池')).not.toBe(cache.analyse('锂电池'));
    expect(cache.size).toBe(0);
  });
});
