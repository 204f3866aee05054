import { describe, expect, it } from '@jest/globals';
import { Accreditation, PlatformLevel } from '#core';
import { cityInLatin, contextTermsOf } from './context-terms.js';

describe('contextTermsOf', () => {
  it('names a Jiangsu city platform by city, province (short, full, English), regions and level', () => {
    expect(contextTermsOf({ province: '32', city: '苏州', platformLevel: PlatformLevel.NATIONAL })).toEqual([
      '苏州',
      '苏州市',
      'suzhou',
      '江苏',
      '江苏省',
      'Jiangsu',
      '长三角',
      '长江三角洲',
      'Yangtze River Delta',
      '华东',
      '苏南',
      '国家级',
      'national',
    ]);
  });

  it('writes the city in Latin letters as English text does, a heteronym as the name reads', () => {
    expect(cityInLatin('深圳')).toBe('shenzhen');
    expect(cityInLatin('重庆市')).toBe('chongqing');
    expect(cityInLatin('长沙')).toBe('changsha');
    expect(cityInLatin('Suzhou')).toBeNull();
    expect(contextTermsOf({ province: '44', city: '深圳', platformLevel: PlatformLevel.NONE })).toContain('shenzhen');
  });

  it('uses the formal suffix of municipalities and autonomous regions, and no level words for an unrated platform', () => {
    const shanghai = contextTermsOf({ province: '31', city: '上海市', platformLevel: PlatformLevel.NONE });
    expect(shanghai).toEqual(expect.arrayContaining(['上海市', '上海', 'Shanghai', '长三角', '华东']));
    expect(shanghai.filter((t) => t === '上海市')).toHaveLength(1);
    expect(shanghai).not.toContain('上海省');
    expect(contextTermsOf({ province: '45', city: '南宁', platformLevel: PlatformLevel.NONE })).toEqual(
      expect.arrayContaining(['广西壮族自治区', 'Guangxi', '华南']),
    );
  });

  it('names the accreditations an offering works under as people write them, OTHER as nothing', () => {
    const terms = contextTermsOf({
      province: '32',
      city: '苏州',
      platformLevel: PlatformLevel.NONE,
      accreditations: [Accreditation.CNAS, Accreditation.IATF_16949, Accreditation.OTHER],
    });
    expect(terms).toEqual(expect.arrayContaining(['CNAS', 'IATF 16949']));
    expect(terms).not.toContain('OTHER');
  });

  it('puts Guangdong in the Pearl River Delta and the Greater Bay Area, but not in the Yangtze River Delta', () => {
    const terms = contextTermsOf({ province: '44', city: '深圳', platformLevel: PlatformLevel.PROVINCIAL });
    expect(terms).toEqual(expect.arrayContaining(['珠三角', '大湾区', '华南', '广东省', '省级']));
    expect(terms).not.toContain('长三角');
  });

  it('names the part of a province a city lies in (苏南, 苏北), by the city, with or without 市', () => {
    expect(contextTermsOf({ province: '32', city: '无锡市', platformLevel: PlatformLevel.NONE })).toContain('苏南');
    const xuzhou = contextTermsOf({ province: '32', city: '徐州', platformLevel: PlatformLevel.NONE });
    expect(xuzhou).toContain('苏北');
    expect(xuzhou).not.toContain('苏南');
  });
});
