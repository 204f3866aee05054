/**
 * Chinese numerals as people type a scale (八百毫米, 两千升, 五十公斤, 一百升, 一点二米): the catalogue writes the number in
 * digits (800 mm, 2000 L, 100 L), so a query's numeral word stands for its value in digits (`synonyms.ts`,
 * `termTypedOtherwise`: both engines, Meilisearch by replacing the run). Only a value written with a multiplier (十, 百,
 * 千, 万) or a decimal point (点): a lone 一 or 两 is as often no number (一站式, 两端), and 百 or 千 alone begins words
 * (百公斤级, 千瓦) that the catalogue writes so itself.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };
const NUMERAL = /^[零〇一二两三四五六七八九十百千万]+$/u;
const DECIMAL_POINT = '点';
const ZEROS = ['零', '〇'];

/** The value of an integer numeral (八百 800, 两千五 2500, 五十 50, 十二 12, 一万二千 12000); undefined if it is none. */
function integerValue(text: string): number | undefined {
  if (!NUMERAL.test(text) || !(text[0] in DIGITS || text[0] === '十')) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastMultiplier = 0;
  for (const char of text) {
    if (ZEROS.includes(char)) continue;
    if (char in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[char];
      continue;
    }
    const multiplier = MULTIPLIERS[char];
    if (multiplier === 10_000) {
      total += (section + (digit ?? 0)) * multiplier;
      section = 0;
      digit = undefined;
      lastMultiplier = multiplier;
      continue;
    }
    if (digit === undefined && !(multiplier === 10 && section === 0)) return undefined;
    section += (digit ?? 1) * multiplier;
    digit = undefined;
    lastMultiplier = multiplier;
  }
  // A trailing digit after a multiplier is the next place down (两千五 2500, 八百五 850), else it is units (五十五 55).
  if (digit !== undefined)
    section +=
      lastMultiplier >= 100 && !ZEROS.some((zero) => text.includes(zero)) ? digit * (lastMultiplier / 10) : digit;
  return total + section;
}

const hasMultiplier = (text: string) => /[十百千万]/u.test(text) && Array.from(text).length >= 2;

/**
 * The digits a run of query words writes in Chinese numerals: a number with a multiplier, in one word or in the
 * pieces jieba cuts it into (八百 → 800, 两千 → 2000, 五十 → 50, 两百五十 | 六 → 256, 一百 | 零 | 四 → 104), or a decimal
 * (一点 | 二 → 1.2). Undefined for anything else.
 */
export function numeralValueOf(words: readonly string[]): string | undefined {
  if (words.every((word) => NUMERAL.test(word))) {
    const joined = words.join('');
    if (!hasMultiplier(joined)) return undefined;
    const value = integerValue(joined);
    return value === undefined ? undefined : String(value);
  }
  if (words.length === 2 && words[0].endsWith(DECIMAL_POINT)) {
    const whole = words[0].slice(0, -DECIMAL_POINT.length);
    const wholeValue = whole.length === 1 ? DIGITS[whole] : integerValue(whole);
    if (wholeValue === undefined || !Array.from(words[1]).every((char) => char in DIGITS)) return undefined;
    return `${wholeValue}.${Array.from(words[1], (char) => DIGITS[char]).join('')}`;
  }
  return undefined;
}

/**
 * Is a query word a number in Chinese numerals, or a piece of one as jieba cuts it (八百, 两千, 一百 | 零 | 四, 一点 | 二)?
 * The measured conditions of a query (tokenize.ts, `withConditions`) read it as they read digits, so 八百毫米 weighs as
 * 800毫米 does.
 */
export function isChineseNumber(word: string): boolean {
  return NUMERAL.test(word.endsWith(DECIMAL_POINT) ? word.slice(0, -DECIMAL_POINT.length) || '_' : word);
}
