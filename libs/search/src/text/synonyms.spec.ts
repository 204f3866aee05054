import { describe, expect, it } from '@jest/globals';
import { SYNONYM_GROUPS, expandSynonyms, normalizeSynonymTerm, toMeiliSynonyms } from './synonyms.js';

describe('SYNONYM_GROUPS', () => {
  it('holds about forty groups of at least two distinct, non-empty terms', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(40);
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      const normalized = group.map(normalizeSynonymTerm);
      expect(normalized.every((term) => term.length > 0)).toBe(true);
      expect(new Set(normalized).size).toBe(group.length);
    }
  });

  it('pairs every group across languages (at least one CJK and one Latin term)', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.some((term) => /\p{Script=Han}/u.test(term))).toBe(true);
      expect(group.some((term) => /\p{Script=Latin}/u.test(term))).toBe(true);
    }
  });
});

describe('expandSynonyms', () => {
  it('expands English to Chinese and Chinese to English', () => {
    expect(expandSynonyms('scale up')).toEqual(['scale up', 'scale-up', '放大', '工艺放大', '工艺放大熟化']);
    expect(expandSynonyms('工艺放大')).toEqual(['工艺放大', 'scale-up', 'scale up', '放大', '工艺放大熟化']);
    expect(expandSynonyms('型式试验')).toEqual(['型式试验', 'type test', 'type testing']);
  });

  it('looks terms up case-insensitively and through NFKC', () => {
    expect(expandSynonyms('cdmo')).toEqual(['cdmo', '合同研发生产', '委托研发生产']);
    expect(expandSynonyms('Type Test')).toContain('型式试验');
    expect(expandSynonyms('ＣＤＭＯ')).toContain('合同研发生产');
    expect(expandSynonyms('  lithium   battery ')).toContain('锂电池');
  });

  it('leaves a term in no group alone', () => {
    expect(expandSynonyms('spectrometer')).toEqual(['spectrometer']);
  });

  it('never repeats a term that differs only by case', () => {
    const expanded = expandSynonyms('pi');
    expect(expanded).toEqual(['pi', 'polyimide', '聚酰亚胺']);
  });
});

describe('toMeiliSynonyms', () => {
  it('maps every term to all other members of its groups, merging groups that share a term', () => {
    expect(
      toMeiliSynonyms([
        ['A', 'b', 'c'],
        ['B', 'd'],
      ]),
    ).toEqual({
      a: ['b', 'c'],
      b: ['a', 'c', 'd'],
      c: ['a', 'b'],
      d: ['b'],
    });
  });

  it('is mutual for the shared list: if x lists y, y lists x', () => {
    const synonyms = toMeiliSynonyms(SYNONYM_GROUPS);
    for (const [term, targets] of Object.entries(synonyms)) {
      expect(targets).not.toContain(term);
      for (const target of targets) expect(synonyms[target]).toContain(term);
    }
    expect(synonyms['type test']).toEqual(['type testing', '型式试验']);
    expect(synonyms['正极']).toEqual(['cathode', '正极材料']);
  });

  it('keeps a term named like an object prototype key as plain data', () => {
    const synonyms = toMeiliSynonyms([['__proto__', 'x']]);
    expect(Object.keys(synonyms)).toEqual(['__proto__', 'x']);
    expect(synonyms['x']).toEqual(['__proto__']);
  });
});
