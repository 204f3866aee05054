import { describe, expect, it } from '@jest/globals';
import { normalizeSuggestion, startsAWord, suggestionEntries } from './suggestions.js';

describe('suggestionEntries', () => {
  it('offers titles, keywords and platform names in both languages, each once', () => {
    expect(
      suggestionEntries({
        titleZh: '锂电池正极材料工艺放大',
        titleEn: ' Lithium-ion  cathode ',
        keywords: ['cathode', 'Cathode', '正极'],
        platformNameZh: '苏州中试基地',
        platformNameEn: null,
      }),
    ).toEqual([
      { text: '锂电池正极材料工艺放大', norm: '锂电池正极材料工艺放大', source: 'TITLE' },
      { text: 'Lithium-ion cathode', norm: 'lithium-ion cathode', source: 'TITLE' },
      { text: 'cathode', norm: 'cathode', source: 'KEYWORD' },
      { text: '正极', norm: '正极', source: 'KEYWORD' },
      { text: '苏州中试基地', norm: '苏州中试基地', source: 'PLATFORM' },
    ]);
  });
});

describe('startsAWord', () => {
  it('finds typed Latin text at the start of any word, and CJK text anywhere', () => {
    expect(startsAWord('lithium-ion cathode', 'cath')).toBe(true);
    expect(startsAWord('lithium-ion cathode', 'ion')).toBe(true);
    expect(startsAWord('lithium-ion cathode', 'thode')).toBe(false);
    expect(startsAWord('锂电池正极材料', '正极')).toBe(true);
    expect(normalizeSuggestion('  ＣＡＴＨ  ')).toBe('cath');
  });

  it('compares Chinese without the spaces around it, and lets Latin start right after a CJK character', () => {
    expect(normalizeSuggestion('低介电 PI 薄膜卷材')).toBe('低介电pi薄膜卷材');
    expect(normalizeSuggestion('PI 薄')).toBe('pi薄');
    expect(startsAWord('低介电pi薄膜卷材', normalizeSuggestion('PI薄'))).toBe(true);
    expect(startsAWord('低介电pi薄膜卷材', 'i薄')).toBe(false);
    expect(startsAWord('锂电池正极材料工艺放大', '锂电池正')).toBe(true);
  });
});
