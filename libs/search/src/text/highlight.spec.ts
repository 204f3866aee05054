import { describe, expect, it } from '@jest/globals';
import { CROP_MARKER, highlight } from './highlight.js';

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

  it('keeps offsets right when normalization changes lengths (full-width text)', () => {
    expect(highlight('ＮＣＭ８１１ 正极', new Set(['ncm811']))).toBe('<em>ＮＣＭ８１１</em> 正极');
  });
});
