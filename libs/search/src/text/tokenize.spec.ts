import { describe, expect, it } from '@jest/globals';
import { allowedTypos, damerauLevenshtein, isCjk, normalizeText, queryTerms, tokenize } from './tokenize.js';

/** Does a document with this text match every term of the query (the PostgreSQL engine's rule, typos aside)? */
function matches(documentText: string, query: string): boolean {
  const tokens = new Set(tokenize(documentText));
  return queryTerms(query).terms.every((term) => tokens.has(term));
}

describe('tokenize: Latin words and numbers', () => {
  it('lower-cases and splits on anything that is not a letter or digit', () => {
    expect(tokenize('Lithium-ion Cathode, scale-up!')).toEqual(['lithium', 'ion', 'cathode', 'scale', 'up']);
  });

  it('keeps letters and digits of one word together', () => {
    expect(tokenize('NCM811 and 5G, IATF 16949')).toEqual(['ncm811', 'and', '5g', 'iatf', '16949']);
  });

  it('folds full-width characters (NFKC) and Latin diacritics', () => {
    expect(tokenize('ＮＣＭ８１１　Ｃａｔｈｏｄｅ')).toEqual(['ncm811', 'cathode']);
    expect(tokenize('Café Zürich')).toEqual(['cafe', 'zurich']);
    expect(normalizeText('Ｃａｆé')).toBe('cafe');
  });

  it('returns each token once and nothing for separators only', () => {
    expect(tokenize('test Test TEST')).toEqual(['test']);
    expect(tokenize('  ,. — ')).toEqual([]);
  });
});

describe('tokenize: Chinese', () => {
  it('emits the segmenter words, every character and every bigram of a CJK run', () => {
    const tokens = tokenize('锂电池正极材料放大');
    // Intl.Segmenter (ICU) gives 锂|电池|正极|材料|放大 here.
    expect(tokens).toEqual(expect.arrayContaining(['电池', '正极', '材料', '放大']));
    expect(tokens).toEqual(expect.arrayContaining(['锂', '电', '池', '正', '极', '材', '料', '放', '大']));
    expect(tokens).toEqual(expect.arrayContaining(['锂电', '电池', '池正', '正极', '极材', '材料', '料放', '放大']));
    // Nothing spans two runs or is longer than a segmenter word.
    expect(tokens).not.toContain('锂电池正极材料放大');
  });

  it('covers 型式试验 and 中试平台', () => {
    expect(tokenize('型式试验')).toEqual(expect.arrayContaining(['型式', '试验', '式试']));
    expect(tokenize('中试平台')).toEqual(expect.arrayContaining(['中试', '试平', '平台', '中', '试']));
  });

  it('splits mixed text into Latin words and CJK runs', () => {
    const tokens = tokenize('NCM811正极材料 5G射频测试');
    expect(tokens).toEqual(expect.arrayContaining(['ncm811', '5g', '正极', '材料', '射频', '测试']));
    expect(tokens).not.toContain('ncm811正极');
    expect(tokens).not.toContain('5g射频');
    expect(tokens).not.toContain('料5');
  });

  it('emits a lone character as itself', () => {
    expect(tokenize('氢')).toEqual(['氢']);
  });
});

describe('matching a query against document tokens', () => {
  it('finds Chinese words inside longer words, whatever the segmenter did', () => {
    expect(matches('高镍正极材料中试', '正极')).toBe(true);
    expect(matches('中试平台', '中试')).toBe(true);
    expect(matches('产品型式试验服务', '型式试验')).toBe(true);
    // '锂电' alone segments as 锂|电 but inside '锂电池' as 锂|电池: the bigram still matches.
    expect(matches('锂电池正极材料放大', '锂电 放大')).toBe(true);
    expect(matches('氢能燃料电池', '氢')).toBe(true);
  });

  it('does not match characters that are present but not adjacent in that order', () => {
    expect(matches('型式试验', '试型')).toBe(false);
    expect(matches('正极材料', '负极')).toBe(false);
  });
});

describe('queryTerms', () => {
  it('marks the last word as a prefix unless the query ends with a space', () => {
    expect(queryTerms('lithum cath')).toEqual({ terms: ['lithum', 'cath'], lastIsPrefix: true });
    expect(queryTerms('lithum cathode ')).toEqual({ terms: ['lithum', 'cathode'], lastIsPrefix: false });
  });

  it('ends the last word at any separator, as Meilisearch does', () => {
    expect(queryTerms('cathode,').lastIsPrefix).toBe(false);
    expect(queryTerms('cath\u3000').lastIsPrefix).toBe(false);
  });

  it('turns CJK runs into bigrams, never a prefix', () => {
    expect(queryTerms('锂电池 放大')).toEqual({ terms: ['锂电', '电池', '放大'], lastIsPrefix: false });
    expect(queryTerms('型式试验')).toEqual({ terms: ['型式', '式试', '试验'], lastIsPrefix: false });
    expect(queryTerms('放大 cath')).toEqual({ terms: ['放大', 'cath'], lastIsPrefix: true });
    expect(queryTerms('氢')).toEqual({ terms: ['氢'], lastIsPrefix: false });
  });

  it('normalizes like the documents and yields nothing for an empty query', () => {
    expect(queryTerms('ＣＡＴＨ')).toEqual({ terms: ['cath'], lastIsPrefix: true });
    expect(queryTerms('')).toEqual({ terms: [], lastIsPrefix: false });
    expect(queryTerms('   ')).toEqual({ terms: [], lastIsPrefix: false });
  });
});

describe('allowedTypos', () => {
  it('follows Meilisearch defaults: none below 5 characters, one from 5, two from 9', () => {
    expect(allowedTypos('cath')).toBe(0);
    expect(allowedTypos('catho')).toBe(1);
    expect(allowedTypos('lithium8')).toBe(1);
    expect(allowedTypos('lithiumio')).toBe(2);
    expect(allowedTypos('semiconductor')).toBe(2);
  });

  it('counts characters, not UTF-16 units, and gives CJK terms none', () => {
    expect(allowedTypos('𝔞𝔟𝔠𝔡')).toBe(0);
    expect(allowedTypos('正极材料放大熟化工艺')).toBe(0);
    expect(isCjk('正极')).toBe(true);
    expect(isCjk('ncm811')).toBe(false);
  });
});

describe('damerauLevenshtein', () => {
  it('counts a missing letter and a swap of two adjacent letters as one edit', () => {
    expect(damerauLevenshtein('lithum', 'lithium', 2)).toBe(1);
    expect(damerauLevenshtein('cathdoe', 'cathode', 2)).toBe(1);
    expect(damerauLevenshtein('ab', 'ba', 1)).toBe(1);
  });

  it('counts substitutions, insertions and deletions', () => {
    expect(damerauLevenshtein('cathode', 'cathode', 2)).toBe(0);
    expect(damerauLevenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(damerauLevenshtein('', 'ab', 2)).toBe(2);
    // Optimal string alignment: a swapped pair is not edited again ('ca' -> 'abc' is 3, not 2).
    expect(damerauLevenshtein('ca', 'abc', 3)).toBe(3);
  });

  it('stops at max + 1', () => {
    expect(damerauLevenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcd', 1)).toBe(2);
    expect(damerauLevenshtein('cathode', 'anode', 0)).toBe(1);
  });

  it('works on code points', () => {
    expect(damerauLevenshtein('𠀀a', 'a𠀀', 1)).toBe(1);
    expect(() => damerauLevenshtein('a', 'b', -1)).toThrow(RangeError);
  });
});
