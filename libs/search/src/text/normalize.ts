/** Characters of the scripts written without spaces between words (Han, kana, Hangul). */
export const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u');
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{Mn}+/gu;

/** NFKC, lower case, Latin diacritics removed ('Café' and 'ｃａｆｅ' both become 'cafe'), as Meilisearch normalizes. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC');
}

/** Does the text contain a CJK character? */
export function isCjk(term: string): boolean {
  return CJK_CHAR.test(term);
}
