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

// What a character of the Basic Multilingual Plane asks of normalizeText beyond NFKC and lower case, looked up once per
// process (a table filled on first sight): most text (Chinese, English) has no combining mark, no Latin letter beyond
// ASCII and no traditional character, and one pass over it with this table costs less than the steps it skips.
const NEEDS_MARKS_REMOVED = 1;
const NEEDS_SIMPLIFYING = 2;
const KNOWN = 4;
const BMP_NEEDS = new Uint8Array(0x10000);
const MARK_OR_LATIN = /^[\p{M}\p{Script=Latin}]$/u;

function needsOf(code: number): number {
  let needs = BMP_NEEDS[code];
  if (needs === 0) {
    const char = String.fromCharCode(code);
    needs =
      KNOWN |
      (code >= 0x80 && MARK_OR_LATIN.test(char) ? NEEDS_MARKS_REMOVED : 0) |
      (TRADITIONAL_TO_SIMPLIFIED.has(char) ? NEEDS_SIMPLIFYING : 0);
    BMP_NEEDS[code] = needs;
  }
  return needs;
}

/** What `text` needs (a surrogate, outside the table, needs every step). */
function needsIn(text: string): number {
  let needs = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdfff) return NEEDS_MARKS_REMOVED | NEEDS_SIMPLIFYING;
    needs |= needsOf(code);
  }
  return needs;
}

/**
 * NFKC, lower case, Latin diacritics removed ('Café' and 'ｃａｆｅ' both become 'cafe'), traditional Chinese characters
 * simplified (鋰電池 is 锂电池), as Meilisearch normalizes.
 */
export function normalizeText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  const needs = needsIn(folded);
  // Without a combining mark or a Latin letter beyond ASCII, decomposing, dropping the marks after Latin letters and
  // recomposing gives the text back (it is in NFC already: NFKC is).
  const plain =
    (needs & NEEDS_MARKS_REMOVED) !== 0
      ? folded.normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC')
      : folded;
  return (needs & NEEDS_SIMPLIFYING) !== 0 || plain !== folded ? simplifyHan(plain) : plain;
}

/** Does the text contain a CJK character? */
export function isCjk(term: string): boolean {
  return CJK_CHAR.test(term);
}
