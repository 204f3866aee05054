import { stemmer } from 'stemmer';
import { cutChinese, startsDomainWord } from './chinese-segmenter.js';
import { isChineseNumber } from './chinese-numerals.js';
import { SIZE_UNIT_WORDS } from './size-units.js';
import { CJK_CLASS, isCjk, normalizeText } from './normalize.js';
import { isAlternativeWord, isAnyOfWord, isBesides, isNegation, isStopWord } from './stop-words.js';

export { isCjk, normalizeText } from './normalize.js';

/**
 * Text analysis of the PostgreSQL engine, the same for documents and queries:
 *
 * - normalized (NFKC, lower case, no Latin diacritics: 'ＮＣＭ８１１' is 'ncm811');
 * - cut into runs of CJK characters and runs of other letters and digits; anything else separates ('scale-up' gives
 *   scale and up, 'PC/ABS' pc and abs);
 * - a CJK run is cut into words by jieba with the domain dictionary (chinese-segmenter.ts): 锂电池正极材料放大 gives
 *   锂电池 | 正极材料 | 放大;
 * - stop words (stop-words.ts) are dropped.
 *
 * Documents also hold, for every CJK word, the strings inside it (`~` + substring: ~锂电, ~电池 and each character of
 * 锂电池), so a query word found inside a longer word still matches (电池 in 锂电池, 正极 in 正极材料) and ranks
 * below a whole-word match; for a Latin word mixing letters and digits, its letter and digit parts (ncm811 also
 * gives ncm and 811), so 'UL94' and 'UL 94' meet; for an English word, its Porter stem (cells and cell both give
 * cell, testing gives test), so inflections meet. A query's words are matched as words (see pg-query-plan.ts).
 */
const SEGMENT = new RegExp(`(?<cjk>[${CJK_CLASS}]+)|(?<word>(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])+)`, 'gu');
const ALPHANUMERIC_PARTS = /\p{L}+|\p{N}+/gu;

/** Marks a document token that is a string inside a longer CJK word. Never part of a word: the analysis splits on it. */
export const INNER_MARK = '~';

export interface TextWord {
  /** Normalized. */
  text: string;
  cjk: boolean;
  /** Offset just after the word in the normalized text. */
  end: number;
  /** A query word that is an alternative to the query word before it (`queryWords`: TOPCon或HJT, HJT or TOPCon). */
  alternative?: boolean;
  /**
   * A query's stop word of one character inside a run of Chinese characters (`queryWords`: 热|等|经|压, 型|是|试验): not
   * looked for, only read as part of a term typed with homophones (pg-query-plan.ts, synonyms.ts `meiliQueryText`).
   */
  glue?: boolean;
  /**
   * A query word that is part of a measured condition (`queryWords`): a value with its unit (85℃, 1000h, 200MPa,
   * 20~98%RH), or the quantity named right before it with nothing between (湿度20~98%RH, 压力200MPa).
   */
  condition?: boolean;
  /** A query's number followed by a decimal point and more digits (`queryWords`: 1 of 1.2米, read as 1.2 by quantities.ts). */
  decimalPoint?: boolean;
}

/** The words of a text, in order, stop words included (callers decide). */
export function textWords(text: string): { words: TextWord[]; normalized: string } {
  const normalized = normalizeText(text);
  const words: TextWord[] = [];
  for (const match of normalized.matchAll(SEGMENT)) {
    const start = match.index ?? 0;
    const cjk = match.groups?.['cjk'];
    if (!cjk) {
      words.push({ text: match[0], cjk: false, end: start + match[0].length });
      continue;
    }
    let offset = start;
    for (const word of cutChinese(cjk)) {
      offset += word.length;
      words.push({ text: word, cjk: true, end: offset });
    }
  }
  return { words, normalized };
}

const ENGLISH_WORD = /^[a-z]{4,}$/;

// Stems are remembered: highlighting stems every Latin word of every hit's texts on every search, and a catalogue
// repeats a bounded vocabulary. Bounded like the document token cache (pg-search-row.ts); long words are not kept.
const STEM_CACHE_LIMIT = 20_000;
const STEM_CACHE_WORD_LENGTH = 40;
const stems = new Map<string, string>();

/** The Porter stem of an English word of four letters or more (the `stemmer` package); any other word as it is. */
export function englishStem(word: string): string {
  if (!ENGLISH_WORD.test(word)) return word;
  let stem = stems.get(word);
  if (stem !== undefined) return stem;
  stem = stemmer(word);
  if (word.length <= STEM_CACHE_WORD_LENGTH) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * The prefix of a Chinese recommended standard ('gb/t', 'jb/t', 'yy/t'…) written without its slash, as people type it
 * (GBT 18488, GBT18488): its parts are those of the code with the slash (gb, t).
 */
const RECOMMENDED_STANDARD = /^(gb|gjb|jb|yy|hg|sj|qc|db|nb|hj|jc|jg|jt|js|dl|sh|ys|ny|wb)(t)(?=\d|$)/;

/**
 * The letter and digit parts of a word that mixes them ('ul94' → ul, 94), a recommended standard's prefix split from
 * its 't' ('gbt18488' → gb, t, 18488; 'gbt' → gb, t); empty for any other word.
 */
export function alphanumericParts(word: string): string[] {
  const standard = RECOMMENDED_STANDARD.exec(word);
  const rest = standard ? word.slice(standard[0].length) : word;
  const parts = [...(standard ? [standard[1], standard[2]] : []), ...(rest.match(ALPHANUMERIC_PARTS) ?? [])];
  return parts.length > 1 ? parts : [];
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * The key of an equipment model or part number as one word: its letters and digits without the separators people may
 * leave out or type (AC-45S, ac45s and AC 45S are ac45s); empty unless it has letters and digits both.
 */
export function modelKey(model: string): string {
  const key = normalizeText(model).replace(NOT_ALPHANUMERIC, '');
  return LETTER.test(key) && DIGIT.test(key) && !isCjk(key) ? key : '';
}

/** A run of Latin words joined by hyphens, with letters and digits both (AC-45S, LPBF-800, Ti-6Al-4V). */
export interface ModelRun {
  /** modelKey of the run: ac45s. */
  key: string;
  /** Offset of the run's first character in the normalized text. */
  start: number;
  /** Offset just after the run in the normalized text. */
  end: number;
}

/** The model numbers written with hyphens in a text's words (see textWords): ac-45s gives ac45s. */
export function modelRuns(words: readonly TextWord[], normalized: string): ModelRun[] {
  const runs: ModelRun[] = [];
  let run: TextWord[] = [];
  const close = () => {
    const key = run.length > 1 ? modelKey(run.map((word) => word.text).join('')) : '';
    if (key) runs.push({ key, start: run[0].end - run[0].text.length, end: run[run.length - 1].end });
    run = [];
  };
  for (const word of words) {
    const previous = run.at(-1);
    const hyphenated =
      !word.cjk && previous !== undefined && normalized.slice(previous.end, word.end - word.text.length) === '-';
    if (!hyphenated) close();
    if (!word.cjk) run.push(word);
  }
  close();
  return runs;
}

/** Every string inside a CJK word of two characters or more, shorter than the word, marked INNER_MARK. */
export function innerTokens(word: string): string[] {
  const chars = Array.from(word);
  const inner = new Set<string>();
  for (let length = 1; length < chars.length; length += 1)
    for (let start = 0; start + length <= chars.length; start += 1)
      inner.add(INNER_MARK + chars.slice(start, start + length).join(''));
  return [...inner];
}

/**
 * Document tokens, unique, in order of first appearance: each word that is not a stop word, the strings inside CJK
 * words, the stems of English words, the parts of Latin words mixing letters and digits, and a model number written
 * with hyphens as one word (AC-45S also gives ac45s: `modelRuns`).
 */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>();
  const { words, normalized } = textWords(text);
  for (const word of words) {
    if (isStopWord(word.text)) continue;
    tokens.add(word.text);
    const extra = word.cjk ? innerTokens(word.text) : [englishStem(word.text), ...alphanumericParts(word.text)];
    for (const token of extra) tokens.add(token);
  }
  for (const run of modelRuns(words, normalized)) tokens.add(run.key);
  return [...tokens];
}

/**
 * The words of a query that are not refused: a negation word (stop-words.ts, NEGATION_WORDS) and the words it refuses
 * are left out. A refusal runs from the word after the negation word to the first stop word, separator (space,
 * punctuation) or the end, a separator or stop words right after the negation word aside: 不要钠电, 不要 钠电 and
 * 除了风电叶片 refuse 钠电 and 风电 叶片; 不要钠电的正极 refuses 钠电 only (的 ends it); 别给我推PA56 refuses 推 and PA56
 * (给 and 我 only lead to what is refused); 'without sodium ion' refuses sodium. 除了 followed later by an addition word
 * (还, 也 …: BESIDES_WORDS) means "besides" and refuses nothing.
 */
function withoutRefused(words: readonly TextWord[]): TextWord[] {
  const kept: TextWord[] = [];
  let refusing = false;
  let refused = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (isNegation(word.text)) {
      refusing = !isBesides(
        word.text,
        words.slice(i + 1).map((next) => next.text),
      );
      refused = 0;
      continue;
    }
    if (refusing) {
      const separated = i > 0 && word.end - word.text.length > words[i - 1].end;
      if (refused === 0 && isStopWord(word.text)) continue;
      if (isStopWord(word.text) || (separated && refused > 0)) refusing = false;
      else {
        refused += 1;
        continue;
      }
    }
    kept.push(word);
  }
  return kept;
}

/** The enumeration comma: A、B lists things, alternatives only when the query says any will do (ANY_OF_WORDS). */
const ENUMERATION_COMMA = '、';

/**
 * The words of a query, in order, stop words and refused words (`withoutRefused`) dropped; `lastIsPrefix`: the last
 * word is a Latin word nothing follows (no space or separator after it), so it is completed as a prefix (search as you
 * type), as in Meilisearch. A trailing CJK word is never a prefix: a word found inside longer words matches already.
 *
 * A word after an alternative word (或, 或者, or: ALTERNATIVE_WORDS) is marked `alternative` to the word before
 * it, and so is a word after an enumeration comma when the query says any item will do (A、B任一: ANY_OF_WORDS, which
 * are not looked for themselves). A '/' joins no alternatives: PC/ABS, PLA/PBAT and Dk/Df name one thing.
 *
 * `models`: a model number typed with hyphens (AC-45S) is also the one word documents hold it as (ac45s), so it finds the
 * offerings whose equipment is that model, not only those naming its parts. A class or rating so typed (UL94 V-0:
 * `CLASS_MARK`) is that word only: its parts leave `words`.
 */
export function queryWords(query: string): {
  words: TextWord[];
  lastIsPrefix: boolean;
  /**
   * The model numbers written with hyphens among the kept words (`modelRuns`); `prefix`: the run ends the query;
   * `mark`: a class or rating (V-0), whose parts are not among `words`.
   */
  models: Array<{ key: string; prefix: boolean; mark: boolean; start: number; end: number }>;
} {
  const { words: all, normalized } = textWords(query);
  const words = withDecimalPoints(withConditions(all, normalized), normalized);
  const last = words.at(-1);
  const lastIsPrefix = last !== undefined && !last.cjk && last.end === normalized.length;
  const anyOf = words.some((word) => isAnyOfWord(word.text));
  const kept: TextWord[] = [];
  let joined = false;
  const candidates = withoutRefused(words);
  for (const [i, word] of candidates.entries()) {
    if (isAlternativeWord(word.text)) joined = kept.length > 0;
    if (isGlue(candidates, i)) {
      kept.push({ ...word, glue: true });
      continue;
    }
    if (isStopWord(word.text) || isAnyOfWord(word.text)) continue;
    const previous = kept.at(-1);
    const listed =
      anyOf &&
      previous !== undefined &&
      normalized.slice(previous.end, word.end - word.text.length).includes(ENUMERATION_COMMA);
    kept.push(joined || listed ? { ...word, alternative: true } : word);
    joined = false;
  }
  const runs = modelRuns(kept, normalized);
  // A class or rating (V-0, V-2) is looked for as the one word it makes, never by its parts: a lone letter and a
  // digit are those of I-V, A样 and every number.
  const marks = runs.filter((run) => CLASS_MARK.test(run.key));
  const looked = kept.filter((word) => !marks.some((mark) => word.end > mark.start && word.end <= mark.end));
  const prefix = lastIsPrefix && looked.at(-1)?.end === last?.end;
  const models = runs.map((run) => ({
    key: run.key,
    prefix: prefix && run.end === last?.end,
    mark: marks.includes(run),
    start: run.start,
    end: run.end,
  }));
  return { words: looked, lastIsPrefix: prefix, models };
}

/** Characters a word being typed may have so far: a domain word's start is shorter than the word. */
const MAX_UNFINISHED_CHARACTERS = 4;

/**
 * The word a query is while it is still being typed, when the segmenter left its characters apart: all the query's
 * words (`queryWords`), two to four single Chinese characters with nothing between them (no glue), which together
 * begin a word of the domain dictionary (辊道 of 辊道窑, 抗扰 of 抗扰度: jieba knows neither and cuts 辊 | 道). As a Latin
 * word ending a query is completed, both engines read it as that start: PostgreSQL as one Chinese word, found inside
 * longer words (pg-query-plan.ts), Meilisearch as a prefix (synonyms.ts `meiliQueryText`). Only a query of nothing
 * else, as a single character is looked for inside words (pg-query-plan.ts `insideOnly`): beside other words such a
 * start is as often two words' edges, and the other words carry the query (注射剂委外生产 小批: 小批 inside 小批量
 * put every small-batch offering beside the injectables'). Undefined otherwise.
 */
export function unfinishedWord(words: readonly TextWord[]): string | undefined {
  if (words.length < 2 || words.length > MAX_UNFINISHED_CHARACTERS) return undefined;
  for (const [i, word] of words.entries()) {
    if (!word.cjk || word.glue || Array.from(word.text).length !== 1) return undefined;
    if (i > 0 && word.end - word.text.length !== words[i - 1].end) return undefined;
  }
  const text = words.map((word) => word.text).join('');
  return startsDomainWord(text) ? text : undefined;
}

/**
 * Is a stop word one character of a term typed with homophones? A single Chinese character next to Chinese words that
 * are no stop words, with nothing between them: a mistyped term falls apart into characters, and its wrong one may be a
 * stop word, inside the term (等 in 热等经压 for 热等静压, 是 in 型是试验 for 型式试验) or as its last or first character
 * (要 in 辊道要 for 辊道窑). Inside, one of its two neighbours is a single character; at an edge (a separator, another
 * script or the query's end on one side), its one neighbour is a single character with a further Chinese word next to
 * it, so that the run it may end is two characters at least besides it.
 */
function isGlue(words: readonly TextWord[], i: number): boolean {
  const word = words[i];
  if (!word.cjk || Array.from(word.text).length !== 1 || !isStopWord(word.text)) return false;
  if (isAlternativeWord(word.text) || isAnyOfWord(word.text)) return false;
  const neighbour = (other: TextWord | undefined): other is TextWord =>
    other !== undefined && other.cjk && !isStopWord(other.text) && !isNegation(other.text);
  const adjacent = (left: TextWord | undefined, right: TextWord | undefined) =>
    left !== undefined && right !== undefined && left.end === right.end - right.text.length;
  const single = (other: TextWord) => Array.from(other.text).length === 1;
  const before = adjacent(words[i - 1], word) ? words[i - 1] : undefined;
  const after = adjacent(word, words[i + 1]) ? words[i + 1] : undefined;
  if (neighbour(before) && neighbour(after)) return single(before) || single(after);
  if (before !== undefined || after !== undefined) {
    const [inner, outer] = before !== undefined ? [before, words[i - 2]] : [after, words[i + 2]];
    const innerFirst = before !== undefined;
    return (
      neighbour(inner) &&
      single(inner) &&
      (before === undefined || after === undefined) &&
      neighbour(outer) &&
      (innerFirst ? adjacent(outer, inner) : adjacent(inner, outer))
    );
  }
  return false;
}

/**
 * Units of measure as datasheets and test plans write them after a value (normalized: ℃ is °c, so c; μm is μm). Not g
 * nor d, which end 5G and 3D; the Chinese ones only right after a value (循环1000次, 85度, 100升).
 */
const UNITS = new Set([
  ...['c', 'k', 'rh', 'h', 'hr', 'hrs', 'min', 's', 'ms', 'us', 'μs', 'hz', 'khz', 'mhz', 'ghz'],
  ...['pa', 'kpa', 'mpa', 'gpa', 'bar', 'n', 'kn', 'mn', 'nm', 'w', 'kw', 'mw', 'v', 'kv', 'mv', 'a', 'ma', 'ka'],
  ...['mm', 'cm', 'm', 'km', 'um', 'μm', 'l', 'ml', 'kg', 't', 'mg', 'db', 'dbm', 'ppm', 'rpm', 'cycle', 'cycles'],
  ...[
    '度',
    '次',
    '小时',
    '分钟',
    '秒',
    '升',
    '毫升',
    '公斤',
    '千克',
    '吨',
    '毫米',
    '厘米',
    '米',
    '千牛',
    '千瓦',
    '兆帕',
  ],
  // Every unit a size converts between (size-units.ts), so each is read as one after a value (500千帕, 2立方).
  ...SIZE_UNIT_WORDS,
]);
/** Units that glued to a number name a thing instead (3C 认证, 3C electronics, 4K): a value only apart (85 °C, 300 K). */
const GLUED_NAMES = new Set(['c', 'k']);
const NUMBER = /^\p{N}+$/u;
const VALUE_WITH_UNIT = /^\p{N}+(\p{L}+)$/u;
/** What may stand between the numbers and the unit of one value or range: 20~98%RH, -40℃~+85℃, 0.095 MPa, 85℃/85%RH. */
const WITHIN_VALUE = /^[\s~～\-–—−+.,/%°±×]*$/u;
/** What may stand between a quantity's name and its value: nothing, or a sign or equals sign (温度-70, 容积=100L). */
const BEFORE_VALUE = /^[=:：\-−+~]*$/u;

/**
 * Marks the words of measured conditions (`TextWord.condition`): a value typed with its unit (1000h, 200mpa), a
 * number followed by a unit or by another such number with only range and value signs between (20~98%rh: 20, 98 and
 * rh; 85℃: 85 and c), the unit after a number, and the one word right before a value with nothing between, which names
 * what is measured (湿度 of 湿度20~98%RH). A number without a unit stays a word (IEC 61215, GB/T 2423.17, NCM 811).
 */
function withConditions(words: readonly TextWord[], normalized: string): TextWord[] {
  const between = (i: number) => normalized.slice(words[i].end, words[i + 1].end - words[i + 1].text.length);
  const unitAt = (i: number) => UNITS.has(words[i].text);
  // Not a model's part joined by a hyphen to letters before it (AC-45S, DYN-250S: modelRuns).
  const modelPart = (i: number) =>
    i > 0 && !words[i - 1].cjk && /\p{L}/u.test(words[i - 1].text) && between(i - 1) === '-';
  const valueWithUnit = (i: number) => {
    const unit = VALUE_WITH_UNIT.exec(words[i].text)?.[1] ?? '';
    return UNITS.has(unit) && !GLUED_NAMES.has(unit) && !modelPart(i);
  };
  // Digits, or a number in Chinese numerals (八百毫米 is 800毫米: chinese-numerals.ts).
  const isNumber = (word: TextWord) => NUMBER.test(word.text) || (word.cjk && isChineseNumber(word.text));
  const condition = words.map(() => false);
  // Right to left: a number is a value when what follows it within the value is a unit or a value.
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (valueWithUnit(i)) condition[i] = true;
    else if (isNumber(words[i]) && i + 1 < words.length && WITHIN_VALUE.test(between(i)))
      condition[i] = unitAt(i + 1) || condition[i + 1];
  }
  for (let i = 1; i < words.length; i += 1)
    if (unitAt(i) && isNumber(words[i - 1]) && condition[i - 1] && WITHIN_VALUE.test(between(i - 1)))
      condition[i] = true;
  // The quantity's name: a Chinese word, or any word with an equals sign or a colon (容积=100L, temp: 85℃).
  for (let i = 0; i + 1 < words.length; i += 1) {
    const gap = between(i);
    const named = words[i].cjk ? BEFORE_VALUE.test(gap) : /^\s*[=:：]\s*$/u.test(gap);
    if (named && !condition[i] && condition[i + 1] && /^\p{N}/u.test(words[i + 1].text) && !unitAt(i))
      condition[i] = true;
  }
  return words.map((word, i) => (condition[i] ? { ...word, condition: true } : word));
}

/** Marks the numbers a decimal point and digits follow (`TextWord.decimalPoint`): 1.2 is 1 | 2 as words. */
function withDecimalPoints(words: readonly TextWord[], normalized: string): TextWord[] {
  return words.map((word, i) => {
    const next = words[i + 1];
    const decimal =
      next !== undefined &&
      NUMBER.test(word.text) &&
      /^\p{N}/u.test(next.text) &&
      normalized.slice(word.end, next.end - next.text.length) === '.';
    return decimal ? { ...word, decimalPoint: true } : word;
  });
}

/** A class or rating written with a hyphen: one letter, then one or two digits (UL94 V-0, V-2). */
const CLASS_MARK = /^\p{L}\p{N}{1,2}$/u;

/**
 * Typos a term tolerates, Meilisearch's defaults (typoTolerance.minWordSizeForTypos): none below 5 characters,
 * one from 5, two from 9. CJK terms none.
 */
export function allowedTypos(term: string): 0 | 1 | 2 {
  if (isCjk(term)) return 0;
  const length = Array.from(term).length;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * adjacent characters each cost 1) over code points, bounded: returns `max + 1` as soon as the distance must
 * exceed `max`, so checking typo candidates stays cheap.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (!Number.isInteger(max) || max < 0) throw new RangeError('damerauLevenshtein: max must be a non-negative integer');
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length);

  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        distance = Math.min(distance, beforePrevious[j - 2] + cost);
      }
      current.push(distance);
      rowMin = Math.min(rowMin, distance);
    }
    // Every later cell costs at least this row's minimum: stop once it is out of bounds.
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[t.length], max + 1);
}
