import { describe, expect, it } from '@jest/globals';
import { numeralValueOf } from './chinese-numerals.js';
import { meiliQueryText, synonymsOf } from './synonyms.js';

describe('Chinese numerals in a scale', () => {
  it('reads a numeral with a multiplier as its digits', () => {
    expect(numeralValueOf(['八百'])).toBe('800');
    expect(numeralValueOf(['两千'])).toBe('2000');
    expect(numeralValueOf(['五十'])).toBe('50');
    expect(numeralValueOf(['一百'])).toBe('100');
    expect(numeralValueOf(['十二'])).toBe('12');
    expect(numeralValueOf(['两千五'])).toBe('2500');
    expect(numeralValueOf(['一百零五'])).toBe('105');
    expect(numeralValueOf(['一万二千'])).toBe('12000');
  });

  it('reads a number jieba cut into pieces as one (两百五十 | 六, 一百 | 零 | 四)', () => {
    expect(numeralValueOf(['两百五十', '六'])).toBe('256');
    expect(numeralValueOf(['一百', '零', '四'])).toBe('104');
  });

  it('reads a decimal as jieba cuts it (一点 | 二)', () => {
    expect(numeralValueOf(['一点', '二'])).toBe('1.2');
  });

  it('leaves alone what is no number or no scale: a lone digit, 千万, 万一, 百 beginning a word', () => {
    for (const words of [['一'], ['两'], ['十'], ['千万'], ['万一'], ['百万'], ['百公斤'], ['三合一'], ['一点', '点']])
      expect(numeralValueOf(words)).toBeUndefined();
  });

  it('is the digits for both engines: an alternative in PostgreSQL, the word replaced for Meilisearch', () => {
    expect(synonymsOf(['八百'])).toEqual([['800']]);
    expect(meiliQueryText('八百毫米激光选区熔化设备')).toBe('800 mm激光选区熔化设备 ');
    expect(meiliQueryText('两千升细胞培养')).toBe('2000 L细胞培养 ');
  });
});
