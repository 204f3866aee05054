import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_DICTIONARY } from './domain-dictionary.js';
import { normalizeText } from './normalize.js';

/**
 * Chinese word segmentation: jieba (@node-rs/jieba, the Rust jieba Meilisearch's tokenizer also uses) with its default
 * dictionary and the domain dictionary, HMM off as in Meilisearch, so that an unknown run falls into known words and
 * characters the same way in documents and queries.
 *
 * A domain word gets a frequency high enough to win over the default dictionary's cuts (热压|罐 → 热压罐, 中|试验|证 →
 * 中试|验证) without making it swallow its neighbours' characters. Loading takes about 150 ms, once per process, on
 * first use.
 */
const DOMAIN_WORD_FREQUENCY = 20_000;

let instance: Jieba | undefined;

function jieba(): Jieba {
  if (!instance) {
    const segmenter = Jieba.withDict(dict);
    segmenter.loadDict(Buffer.from(DOMAIN_DICTIONARY.map((word) => `${word} ${DOMAIN_WORD_FREQUENCY} n`).join('\n')));
    instance = segmenter;
  }
  return instance;
}

/** The words of a run of Chinese characters (no spaces or punctuation inside), in order. */
export function cutChinese(run: string): string[] {
  return jieba().cut(run, false);
}

/**
 * A word split into the dictionary words inside it, fewest pieces first, as Meilisearch re-cuts a long word into
 * pairs (正极材料 → 正极 + 材料, 流延机 → 流延 + 机): a single character may fill a gap, but one piece at least has
 * two characters. Empty when the word has fewer than three characters or no such split.
 */
export function tileWithSubWords(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length < 3) return [];
  const inner = new Set(
    jieba()
      .cutForSearch(word, false)
      .filter((sub) => sub !== word && Array.from(sub).length >= 2),
  );
  // best[i]: the best split of chars[0..i): fewest pieces, then fewest single characters.
  type Split = { pieces: string[]; singles: number };
  const better = (a: Split, b: Split | null) =>
    b === null || a.pieces.length < b.pieces.length || (a.pieces.length === b.pieces.length && a.singles < b.singles);
  const best: Array<Split | null> = [{ pieces: [], singles: 0 }, ...chars.map(() => null)];
  for (let end = 1; end <= chars.length; end += 1) {
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      const piece = chars.slice(start, end).join('');
      const single = end - start === 1;
      if (!before || !(single || inner.has(piece))) continue;
      const candidate = { pieces: [...before.pieces, piece], singles: before.singles + (single ? 1 : 0) };
      if (better(candidate, best[end])) best[end] = candidate;
    }
  }
  const split = best[chars.length];
  return split && split.pieces.length >= 2 && split.singles < split.pieces.length ? split.pieces : [];
}

const DOMAIN_WORDS: ReadonlySet<string> = new Set(DOMAIN_DICTIONARY);

/** Is it a word of the domain dictionary? */
export const isDomainWord = (word: string): boolean => DOMAIN_WORDS.has(word);

let domainStarts: Set<string> | undefined;

/**
 * Is it the start of a word of the domain dictionary, two characters or more and shorter than the word (辊道 of
 * 辊道窑, 抗扰 of 抗扰度)? Built once from the dictionary, a set lookup per query.
 */
export function startsDomainWord(text: string): boolean {
  if (!domainStarts) {
    const starts = new Set<string>();
    for (const word of DOMAIN_WORDS) {
      const chars = Array.from(word);
      for (let length = 2; length < chars.length; length += 1) starts.add(chars.slice(0, length).join(''));
    }
    domainStarts = starts;
  }
  return domainStarts.has(text);
}

/**
 * Meilisearch's tokenizer (charabia) finds the words of its `dictionary` setting anywhere in a text before it
 * segments anything: one Aho-Corasick automaton of the dictionary and the separators, leftmost-longest, cuts the text,
 * and only the strings between its matches go to jieba and the re-cut into pairs (`SegmentedStrIter` in charabia's
 * segmenter/mod.rs, `TokenizerBuilder::build`). So a domain word is cut out of any longer word holding it, across the
 * words jieba would have found: 冷冻干燥机 is 冷|冻干|燥|机, and neither 冷冻 nor 干燥 finds it. Adding words to the
 * dictionary cannot undo that (leftmost wins: 干燥 starts after 冻干), and leaving 冻干 out would cut 冻干 itself
 * apart. So what Meilisearch is sent, documents, queries and synonyms alike, is already cut: every Han run of it with
 * this break between the pieces of `meiliPiecesOf`. The break is U+200C (zero width non-joiner), one of charabia's
 * default separators and a soft one (only its context separators are hard), so two pieces stay adjacent words
 * (proximity 1, synonym runs, phrases) exactly as charabia's own cuts are; invisible, it is dropped again from what
 * is read back (`withoutMeiliBreaks`), and one already in a text is dropped before cutting it.
 */
export const MEILI_WORD_BREAK = '\u200c';
const MEILI_BREAKS = /\u200c/g;
const HAN_RUN = /\p{Script=Han}+/gu;

/** The text with a `MEILI_WORD_BREAK` between the Meilisearch pieces of each Han run (traditional characters read as simplified). */
export function meiliSegmented(text: string): string {
  return text.replace(MEILI_BREAKS, '').replace(HAN_RUN, (run) => {
    const chars = Array.from(run);
    // Simplification and NFKC map a Han character to one character: the pieces' lengths fit the original run.
    const read = Array.from(normalizeText(run));
    if (read.length !== chars.length) return run;
    let at = 0;
    return meiliPiecesOf(read.join(''))
      .map((piece) => {
        const length = Array.from(piece).length;
        at += length;
        return chars.slice(at - length, at).join('');
      })
      .join(MEILI_WORD_BREAK);
  });
}

/** Text read back from Meilisearch (a stored field, a highlight) without the breaks `meiliSegmented` put in. */
export function withoutMeiliBreaks(text: string): string {
  return text.replace(MEILI_BREAKS, '');
}

/**
 * A run of Chinese as Meilisearch indexes it once `meiliSegmented` has cut it: jieba's words of ours (the domain
 * dictionary's included), a domain word kept whole, any other word longer than two characters re-cut as charabia
 * re-cuts it (`cut_for_search`: left to right, a pair jieba knows as a word where one starts, else a triple, else a
 * single character: 锂电池 is 锂电|池, 冷冻干燥 冷冻|干燥), and a piece still holding a domain word cut as charabia
 * then cuts it (`charabiaPiecesOf`). 冷冻干燥机 is 冷冻|干燥|机: 冷冻, 干燥 and 冻干 (a word of its own elsewhere) each
 * find what they name.
 */
export function meiliPiecesOf(word: string): string[] {
  return cutChinese(word).flatMap((piece) =>
    DOMAIN_WORDS.has(piece) ? [piece] : recut(piece).flatMap((part) => charabiaPiecesOf(part)),
  );
}

/**
 * A string as charabia cuts it unaided: words of its `dictionary` setting (the domain dictionary) first, anywhere,
 * leftmost and longest; the characters between them by jieba, each word longer than two characters re-cut (`recut`).
 */
function charabiaPiecesOf(word: string): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const found = longestDomainWordAt(chars, i);
    if (found === 0) continue;
    pieces.push(...recutGap(chars.slice(from, i).join('')), chars.slice(i, i + found).join(''));
    from = i + found;
    i = from - 1;
  }
  pieces.push(...recutGap(chars.slice(from).join('')));
  return pieces;
}

const LONGEST_DOMAIN_WORD = Math.max(...DOMAIN_DICTIONARY.map((word) => Array.from(word).length));

function longestDomainWordAt(chars: readonly string[], at: number): number {
  for (let length = Math.min(LONGEST_DOMAIN_WORD, chars.length - at); length >= 2; length -= 1)
    if (DOMAIN_WORDS.has(chars.slice(at, at + length).join(''))) return length;
  return 0;
}

function recutGap(gap: string): string[] {
  if (gap.length === 0) return [];
  return jieba()
    .cut(gap, false)
    .flatMap((word) => recut(word));
}

// Whether jieba reads a pair or triple as one dictionary word: charabia asks its dictionary (`has_word`), which
// @node-rs/jieba does not expose; cutting the string alone answers the same for all but the rarest words.
const isWord = (text: string) => jieba().cut(text, false).length === 1;

function recut(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length <= 2) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length;) {
    const pair = chars.slice(i, i + 2).join('');
    const triple = chars.slice(i, i + 3).join('');
    const length = i + 2 <= chars.length && isWord(pair) ? 2 : i + 3 <= chars.length && isWord(triple) ? 3 : 1;
    pieces.push(chars.slice(i, i + length).join(''));
    i += length;
  }
  return pieces;
}
