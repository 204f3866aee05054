import { pinyin } from 'pinyin-pro';
import { Accreditation, PlatformLevel, provinceByCode } from '#core';

/**
 * Regions people name instead of a province (长三角电池测试, 华南地区检测), by GB/T 2260 code. Broad economic regions
 * as the State Council's plans draw them; a city-level region (珠三角) is approximated by its province.
 */
const REGIONS: ReadonlyArray<{ words: readonly string[]; provinces: readonly string[] }> = [
  { words: ['长三角', '长江三角洲', 'Yangtze River Delta'], provinces: ['31', '32', '33', '34'] },
  { words: ['珠三角', '珠江三角洲', 'Pearl River Delta'], provinces: ['44'] },
  { words: ['大湾区', '粤港澳大湾区', 'Greater Bay Area'], provinces: ['44', '81', '82'] },
  { words: ['京津冀'], provinces: ['11', '12', '13'] },
  { words: ['成渝'], provinces: ['50', '51'] },
  { words: ['华北'], provinces: ['11', '12', '13', '14', '15'] },
  { words: ['东北'], provinces: ['21', '22', '23'] },
  { words: ['华东'], provinces: ['31', '32', '33', '34', '35', '36', '37'] },
  { words: ['华中'], provinces: ['41', '42', '43'] },
  { words: ['华南'], provinces: ['44', '45', '46'] },
  { words: ['西南'], provinces: ['50', '51', '52', '53', '54'] },
  { words: ['西北'], provinces: ['61', '62', '63', '64', '65'] },
];

/**
 * Parts of a province people name by their cities (苏南 机器人, 闽南的检测平台): the usual division, by the cities' short
 * names.
 */
const SUBREGIONS: ReadonlyArray<{ words: readonly string[]; cities: readonly string[] }> = [
  { words: ['苏南'], cities: ['南京', '苏州', '无锡', '常州', '镇江'] },
  { words: ['苏中'], cities: ['南通', '扬州', '泰州'] },
  { words: ['苏北'], cities: ['徐州', '连云港', '宿迁', '淮安', '盐城'] },
  { words: ['浙北'], cities: ['杭州', '嘉兴', '湖州'] },
  { words: ['闽南'], cities: ['厦门', '泉州', '漳州'] },
  { words: ['胶东'], cities: ['青岛', '烟台', '威海', '潍坊', '日照'] },
];

/**
 * Areas and places people name by a colloquial word (江浙沪, 川渝, 东三省, 两广, 沪上, 羊城 …), for the place words documents
 * hold (`placeTermsOf`): provinces by their short names, a region by its word, a city by its name. Each stands for every
 * place it lists, so 江浙沪 finds what 上海, 江苏 or 浙江 finds.
 */
const COLLOQUIAL_PLACES: ReadonlyArray<{ words: readonly string[]; places: readonly string[] }> = [
  { words: ['江浙沪', '苏浙沪', '沪苏浙', '江浙沪一带'], places: ['上海', '江苏', '浙江'] },
  { words: ['江浙沪皖', '沪苏浙皖', '苏浙皖沪'], places: ['长三角'] },
  { words: ['江浙'], places: ['江苏', '浙江'] },
  { words: ['川渝', '巴蜀'], places: ['成渝'] },
  { words: ['东三省', '东北三省'], places: ['东北'] },
  { words: ['京津'], places: ['北京', '天津'] },
  { words: ['两广'], places: ['广东', '广西'] },
  { words: ['粤港澳'], places: ['大湾区'] },
  { words: ['黑吉辽'], places: ['东北'] },
  { words: ['苏皖'], places: ['江苏', '安徽'] },
  { words: ['闽浙'], places: ['福建', '浙江'] },
  { words: ['湘鄂赣'], places: ['湖南', '湖北', '江西'] },
  { words: ['湘鄂'], places: ['湖南', '湖北'] },
  { words: ['鲁豫'], places: ['山东', '河南'] },
  { words: ['云贵川'], places: ['云南', '贵州', '四川'] },
  { words: ['云贵'], places: ['云南', '贵州'] },
  { words: ['陕甘宁'], places: ['陕西', '甘肃', '宁夏'] },
  { words: ['沪上', '魔都', '申城'], places: ['上海'] },
  { words: ['帝都'], places: ['北京'] },
  { words: ['羊城'], places: ['广州'] },
  { words: ['鹏城'], places: ['深圳'] },
  { words: ['蓉城'], places: ['成都'] },
  { words: ['山城', '雾都'], places: ['重庆'] },
  { words: ['江城'], places: ['武汉'] },
  { words: ['星城'], places: ['长沙'] },
  { words: ['泉城'], places: ['济南'] },
  { words: ['冰城'], places: ['哈尔滨'] },
  { words: ['春城'], places: ['昆明'] },
  { words: ['榕城'], places: ['福州'] },
  { words: ['鹭岛'], places: ['厦门'] },
  { words: ['金陵'], places: ['南京'] },
  { words: ['姑苏'], places: ['苏州'] },
  { words: ['内蒙'], places: ['内蒙古'] },
];

/**
 * A region typed with 地区 (西南地区, 华南地区, 苏南地区, 江浙沪地区), which jieba keeps as one word where it knows it, for
 * the region's own word, which documents hold, and a colloquial area or place name (`COLLOQUIAL_PLACES`, with 地区 too)
 * for the place words it stands for: query-side one-way synonyms (text/synonyms.ts), so documents need no new words.
 */
export function regionAreaForms(): Array<{ form: string; places: readonly string[] }> {
  const regions = [...REGIONS, ...SUBREGIONS]
    .flatMap((region) => region.words)
    .filter((word) => HAN.test(word))
    .map((region) => ({ form: `${region}地区`, places: [region] }));
  const colloquial = COLLOQUIAL_PLACES.flatMap(({ words, places }) =>
    words.flatMap((word) => [
      { form: word, places },
      { form: `${word}地区`, places },
    ]),
  );
  return [...regions, ...colloquial];
}

/** The formal suffix of a province's full name (江苏 → 江苏省, 广西 → 广西壮族自治区). */
const FULL_NAME_SUFFIX: Readonly<Record<string, string>> = {
  '11': '市',
  '12': '市',
  '31': '市',
  '50': '市',
  '15': '自治区',
  '45': '壮族自治区',
  '54': '自治区',
  '64': '回族自治区',
  '65': '维吾尔自治区',
  '81': '特别行政区',
  '82': '特别行政区',
};

/** Words for a level that users type (国家级中试平台); an unrated platform has none. */
const LEVEL_WORDS: Readonly<Record<PlatformLevel, readonly string[]>> = {
  [PlatformLevel.NONE]: [],
  [PlatformLevel.CULTIVATION]: ['培育库'],
  [PlatformLevel.PROVINCIAL]: ['省级', 'provincial'],
  [PlatformLevel.NATIONAL]: ['国家级', 'national'],
};

/** Accreditations as people write them (CNAS认证的电池检测, GMP车间); OTHER names nothing. */
const accreditationWord = (accreditation: Accreditation): string | null =>
  accreditation === Accreditation.OTHER ? null : accreditation.replace('_', ' ');

const HAN = /\p{Script=Han}/u;

/**
 * A city's name as English text writes it: its pinyin without tones or spaces (苏州 → suzhou, 重庆 → chongqing; the
 * `pinyin-pro` library reads a heteronym by the word it is in), without the 市 of a full name. Null for a name in no
 * Han characters.
 */
export function cityInLatin(city: string): string | null {
  const name = city.trim().replace(/市$/u, '');
  if (!HAN.test(name)) return null;
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('') || null;
}

/**
 * Words naming where a platform is: its city (苏州, 苏州市, and in Latin letters suzhou: English sentences name the city
 * so, near Suzhou), its province by short, full and English name (江苏, 江苏省, Jiangsu), the regions it lies in (长三角, and 苏南 for a
 * part of a province). The PostgreSQL engine also marks them as the place of every offering
 * of the platform, so that a query word naming a place is known as one (see `LOCATION_MARK`).
 */
export function placeTermsOf(platform: { province: string; city: string }): string[] {
  const terms = new Set<string>();
  const city = platform.city.trim();
  if (city) {
    terms.add(city);
    if (!city.endsWith('市')) terms.add(`${city}市`);
    const latin = cityInLatin(city);
    if (latin) terms.add(latin);
  }
  const province = provinceByCode(platform.province);
  if (province) {
    terms.add(province.name.zh);
    terms.add(`${province.name.zh}${FULL_NAME_SUFFIX[province.code] ?? '省'}`);
    terms.add(province.name.en);
  }
  for (const region of REGIONS)
    if (region.provinces.includes(platform.province)) region.words.forEach((w) => terms.add(w));
  const cityName = city.replace(/市$/u, '');
  for (const region of SUBREGIONS) if (region.cities.includes(cityName)) region.words.forEach((w) => terms.add(w));
  return [...terms];
}

/**
 * Words naming where an offering's platform is (`placeTermsOf`), its level and the accreditations it works under. Both engines index them as a title-tier field, so 江苏锂电池 ranks the Jiangsu battery
 * offerings first and 湖南 or 国家级 finds what it names, while a place merely mentioned in a description (an equipment
 * maker's address) ranks below the platform's own location.
 */
export function contextTermsOf(platform: {
  province: string;
  city: string;
  platformLevel: PlatformLevel;
  accreditations?: readonly Accreditation[];
}): string[] {
  const terms = new Set<string>(placeTermsOf(platform));
  for (const word of LEVEL_WORDS[platform.platformLevel]) terms.add(word);
  for (const accreditation of platform.accreditations ?? []) {
    const word = accreditationWord(accreditation);
    if (word) terms.add(word);
  }
  return [...terms];
}
