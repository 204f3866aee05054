import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/** Characters of the scripts written without spaces between words (Han, kana, Hangul). */
export const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u');
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{Mn}+/gu;

/**
 * Traditional Chinese character → its simplified form, from OpenCC's character table (opencc-js, TSCharacters: 3 500
 * characters, one simplified form each). Character by character, as Meilisearch's Chinese normalizer converts
 * traditional characters, so 熱壓罐 and 热压罐, 燃料電池測試 and 燃料电池测试 are one word to both engines; OpenCC's
 * phrase tables are left out: they would also rewrite some simplified phrases, and the catalogue is written in
 * simplified Chinese.
 */
const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  TS_CHARACTERS.split('|').map((entry) => {
    const [traditional, simplified] = entry.split(' ');
    return [traditional, simplified] as const;
  }),
);
// Every key is one Han character: one character class finds them, and text without any (most text) is left untouched
// at the cost of one regular expression scan.
const TRADITIONAL_CHAR = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join('')}]`, 'gu');

const simplifyHan = (text: string): string =>
  text.replace(TRADITIONAL_CHAR, (char) => TRADITIONAL_TO_SIMPLIFIED.get(char) ?? char);

/**
 * NFKC, lower case, Latin diacritics removed ('Café' and 'ｃａｆｅ' both become 'cafe'), traditional Chinese characters
 * simplified (鋰電池 is 锂电池), as Meilisearch normalizes.
 */
export function normalizeText(text: string): string {
  return simplifyHan(
    text.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC'),
  );
}

/** Does the text contain a CJK character? */
export function isCjk(term: string): boolean {
  return CJK_CHAR.test(term);
}
