import { describe, expect, it } from '@jest/globals';
import { CROP_MARKER, highlight, HighlightWords } from './highlight.js';

describe('highlight', () => {
  it('wraps matched Latin words whole, whatever their case', () => {
    expect(highlight('High-nickel Cathode scale-up', new Set(['cathode']))).toBe(
      'High-nickel <em>Cathode</em> scale-up',
    );
    expect(highlight('cathodes and cathode', new Set(['cathode']))).toBe('cathodes and <em>cathode</em>');
  });

  it('wraps a Latin word whose stem was matched', () => {
    expect(highlight('Testing of pouch cells', new Set(['test', 'cell']))).toBe(
      '<em>Testing</em> of pouch <em>cells</em>',
    );
  });

  it('wraps every occurrence of a matched Chinese word, inside longer words too, adjacent ones together', () => {
    expect(highlight('高镍正极材料工艺放大', new Set(['正极', '材料']))).toBe('高镍<em>正极材料</em>工艺放大');
    expect(highlight('锂电池与钠电池', new Set(['电池']))).toBe('锂<em>电池</em>与钠<em>电池</em>');
    expect(highlight('氢能装备', new Set(['氢']))).toBe('<em>氢</em>能装备');
  });

  it('returns null when nothing matches', () => {
    expect(highlight('电磁兼容测试', new Set(['正极']))).toBeNull();
    expect(highlight(null, new Set(['正极']))).toBeNull();
    expect(highlight('正极', new Set())).toBeNull();
  });

  it('crops long text to a window around the first match, marking the cuts', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'cathode';
    const cropped = highlight(words.join(' '), new Set(['cathode']), 40);
    expect(cropped?.startsWith(CROP_MARKER)).toBe(true);
    expect(cropped?.endsWith(CROP_MARKER)).toBe(true);
    expect(cropped).toContain('<em>cathode</em>');
    expect(cropped?.split(' ').length).toBeLessThanOrEqual(41);
    expect(highlight('short cathode text', new Set(['cathode']), 40)).toBe('short <em>cathode</em> text');
  });

  it("crops at the edges: a match first or last shifts the window, a text of the window's length is not cut", () => {
    const words = (count: number, at: number) =>
      Array.from({ length: count }, (_, i) => (i === at ? 'cathode' : `w${i}`)).join(' ');
    const cathode = new Set(['cathode']);
    expect(highlight(words(50, 0), cathode, 8)).toBe('<em>cathode</em> w1 w2 w3 w4 w5 w6 w7…');
    expect(highlight(words(50, 49), cathode, 8)).toBe('…w42 w43 w44 w45 w46 w47 w48 <em>cathode</em>');
    // What surrounds the words is kept where the text is not cut.
    expect(highlight(`(${words(8, 3)}).`, cathode, 8)).toBe('(w0 w1 w2 <em>cathode</em> w4 w5 w6 w7).');
    expect(highlight(`(${words(9, 3)}).`, cathode, 8)).toBe('…w1 w2 <em>cathode</em> w4 w5 w6 w7 w8).');
  });

  it('crops Chinese by characters, a matched word running to the end of the window or of the text', () => {
    expect(highlight('高镍三元正极材料中试放大验证锂电池', new Set(['锂电池']), 6)).toBe('…大验证<em>锂电池</em>');
    expect(highlight('高镍三元正极材料中试放大验证锂电池', new Set(['放大验证']), 6)).toBe('…试<em>放大验证</em>锂…');
    expect(highlight(`${'测'.repeat(3000)}锂电池${'试'.repeat(3000)}`, new Set(['锂电池']), 10)).toBe(
      '…测测<em>锂电池</em>试试试试试…',
    );
  });

  it('joins adjacent matches across spacing only, not across punctuation', () => {
    expect(highlight('cathode scale, cathode  scale', new Set(['cathode', 'scale']))).toBe(
      '<em>cathode scale</em>, <em>cathode  scale</em>',
    );
  });

  it('keeps offsets right when normalization changes lengths (full-width text)', () => {
    expect(highlight('ＮＣＭ８１１ 正极', new Set(['ncm811']))).toBe('<em>ＮＣＭ８１１</em> 正极');
  });

  it('gives the same snippets with the words indexed once for several fields', () => {
    const tokens = new Set(['正极', 'cathode', 'cell']);
    const words = new HighlightWords(tokens);
    for (const text of [
      '高镍正极材料',
      'Cathode cells, pouch',
      '电磁兼容测试',
      null,
      `${'测'.repeat(80)}正极${'试'.repeat(80)}`,
    ])
      for (const crop of [undefined, 10]) expect(highlight(text, words, crop)).toBe(highlight(text, tokens, crop));
    expect(highlight('高镍正极材料', words)).toBe('高镍<em>正极</em>材料');
  });
});
