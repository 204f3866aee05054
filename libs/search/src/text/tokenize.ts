/**
 * Text analysis for the PostgreSQL engine, written to behave like Meilisearch where the contract needs it.
 *
 * Latin words and numbers: NFKC (full-width 'ＮＣＭ８１１' becomes 'ncm811'), lower case, Latin diacritics
 * dropped (as Meilisearch's normalizer does), split on anything that is not a letter or digit, so 'ncm811', '5g'
 * and '16949' stay whole while 'scale-up' gives 'scale' and 'up'.
 *
 * Chinese (any CJK run): ICU's dictionary segmenter (`Intl.Segmenter('zh')`) cuts finer than a reader expects
 * and depends on context: '锂电池正极材料放大' gives 锂|电池|正极|材料|放大, '中试平台' gives 中|试|平台, '型式试验'
 * gives 型式|试验, and '锂电' alone gives 锂|电 while inside '锂电池' it gives 锂|电池. Matching on those words alone
 * would miss '锂电' in '锂电池'. So a document also gets every character bigram and every single character of
 * each CJK run, and a query is matched by the bigrams of its CJK runs (the character itself for a one-character
 * run): a document contains all bigrams of '正极' iff it contains '正极', so substrings such as 正极 in 正极材料
 * or 中试 in 中试平台 match wherever they occur, whatever the segmenter did. Segmenter words stay in the document
 * tokens for exact-word ranking. CJK terms never get typos: one character is a whole morpheme.
 */

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u');
// A CJK run, or a run of other letters/digits/marks (a Latin word or a number).
const SEGMENT = new RegExp(`(?<cjk>[${CJK_CLASS}]+)|(?<word>(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])+)`, 'gu');
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{Mn}+/gu;

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

interface Segment {
  kind: 'cjk' | 'word';
  text: string;
  end: number;
}

/** NFKC, lower case, Latin diacritics removed ('Café' and 'ｃａｆｅ' both become 'cafe'). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC');
}

export function isCjk(term: string): boolean {
  return CJK_CHAR.test(term);
}

function segments(normalized: string): Segment[] {
  const found: Segment[] = [];
  for (const match of normalized.matchAll(SEGMENT)) {
    const cjk = match.groups?.['cjk'];
    const text = cjk ?? match[0];
    found.push({ kind: cjk ? 'cjk' : 'word', text, end: (match.index ?? 0) + match[0].length });
  }
  return found;
}

function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) bigrams.push(chars[i] + chars[i + 1]);
  return bigrams;
}

/**
 * Document tokens, unique, in order of first appearance: Latin words and numbers; for each CJK run its
 * segmenter words, its characters and its character bigrams.
 */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>();
  for (const segment of segments(normalizeText(text))) {
    if (segment.kind === 'word') {
      tokens.add(segment.text);
      continue;
    }
    for (const word of zhSegmenter.segment(segment.text)) if (word.isWordLike) tokens.add(word.segment);
    for (const char of segment.text) tokens.add(char);
    for (const bigram of cjkBigrams(segment.text)) tokens.add(bigram);
  }
  return [...tokens];
}

/**
 * Query terms, in query order (not deduplicated, so the prefix term stays last): Latin words and numbers, and
 * the bigrams of each CJK run. `lastIsPrefix`: the last Latin word is matched as a prefix (search as you type)
 * unless something follows it — a space, or any separator, as in Meilisearch. A trailing CJK run is never a
 * prefix: its bigrams already match as substrings.
 */
export function queryTerms(query: string): { terms: string[]; lastIsPrefix: boolean } {
  const normalized = normalizeText(query);
  const found = segments(normalized);
  const terms: string[] = [];
  for (const segment of found) {
    if (segment.kind === 'word') terms.push(segment.text);
    else terms.push(...cjkBigrams(segment.text));
  }
  const last = found.at(-1);
  const lastIsPrefix = last !== undefined && last.kind === 'word' && last.end === normalized.length;
  return { terms, lastIsPrefix };
}

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
