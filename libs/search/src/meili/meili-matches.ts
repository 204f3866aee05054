import type { Hit, MatchesPosition } from 'meilisearch';
import type { PlanTerm, PlanUnit } from '../postgres/pg-query-plan.js';
import { MEILI_WORD_BREAK, meiliPiecesOf } from '../text/chinese-segmenter.js';
import { isStopWord } from '../text/stop-words.js';
import { damerauLevenshtein, normalizeText } from '../text/tokenize.js';

/** What one hit matched, read from its `_matchesPosition`: each match's words, and each match's words joined. */
export interface HitMatches {
  /** Every word a match covers, normalized, the last one whole (a prefix match covers only the typed part of it). */
  words: Set<string>;
  /** Each match's words joined: a phrase (a synonym of several words, a split word: ac-45s) as one string. */
  spans: Set<string>;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const HAN = /\p{Script=Han}/u;
const MEILI_BREAKS = new RegExp(MEILI_WORD_BREAK, 'g');
// Meilisearch indexes no word longer than 250 bytes (milli's MAX_WORD_LENGTH).
const LONGEST_WORD_BYTES = 250;
const WORDS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

/**
 * The words Meilisearch matched in a document, from `showMatchesPosition`: for each attribute, the byte offsets
 * (`start`, `length`, UTF-8) of each match in its value, with `indices` naming the element of an array. Matches are
 * reported in every displayed attribute, so only `attributes` (the searchable ones) are read. A match covers a word
 * (exact or within its typos), the typed part of a word completed as a prefix (read here to the word's end), or a
 * phrase of several (a synonym's words, a word split in two); the Chinese pieces of our documents are separated by
 * U+200C, a separator to Meilisearch as to this reader.
 */
export function matchesOf<T extends Record<string, unknown>>(
  document: T,
  positions: MatchesPosition<T> | undefined,
  attributes: readonly string[],
): HitMatches {
  const matches: HitMatches = { words: new Set(), spans: new Set() };
  for (const attribute of attributes) {
    const value = document[attribute];
    const byText = new Map<string, Array<{ start: number; length: number }>>();
    for (const { start, length, indices } of positions?.[attribute as keyof T] ?? []) {
      const text = Array.isArray(value) ? (indices?.length ? value[indices[0]] : undefined) : value;
      if (typeof text === 'string') byText.set(text, [...(byText.get(text) ?? []), { start, length }]);
    }
    for (const [text, found] of byText) {
      const bytes = Buffer.from(text, 'utf8');
      const ordered = found.sort((a, b) => a.start - b.start);
      let run: string[] = [];
      let end = -1;
      for (const { start, length } of ordered) {
        const words = wordsAt(bytes, start, length);
        if (words.length === 0) continue;
        for (const word of words) matches.words.add(word);
        matches.spans.add(words.join(''));
        // Matches with only separators between them also read as one: the parts of a word Meilisearch cut apart
        // (AC-45S is ac | 45s; the query's model ac45s is the two words), joined as its one word.
        run = end >= 0 && start >= end && !WORD_CHAR.test(bytes.subarray(end, start).toString('utf8')) ? run : [];
        run.push(...words);
        if (run.length > words.length) matches.spans.add(run.join(''));
        end = start + length;
      }
    }
  }
  return matches;
}

/** The normalized words of `text` from byte `start` over `length` bytes, the last one read to its end. */
function wordsAt(bytes: Buffer, start: number, length: number): string[] {
  if (start < 0 || length <= 0 || start + length > bytes.length) return [];
  const matched = Array.from(bytes.subarray(start, start + length).toString('utf8'));
  const last = matched.at(-1) ?? '';
  // What follows, as far as a word may go (a character cut in two at the end decodes as U+FFFD, no word character).
  const rest = Array.from(bytes.subarray(start + length, start + length + LONGEST_WORD_BYTES).toString('utf8'));
  for (const char of rest) {
    if (!WORD_CHAR.test(char) || HAN.test(char) !== HAN.test(last)) break;
    matched.push(char);
  }
  // The breaks between Chinese pieces separate words, as they do for Meilisearch.
  return [...normalizeText(matched.join('').replace(MEILI_BREAKS, ' ')).matchAll(WORDS)].map((word) => word[0]);
}

/**
 * Whether a hit's matches hold a query term (`PlanTerm`, as the PostgreSQL engine reads the query) as Meilisearch
 * matches it: a matched word or phrase that is the term; in Chinese, each piece Meilisearch is sent the term as
 * (`meiliPiecesOf`: 钠电池 is 钠电 | 池, so 池 alone in 锂电 | 池 is no match of it; its stop words are never matched, nor
 * looked for); a word it begins, when it is the last word, completed as a prefix; a word within its typo budget, a
 * wrong first letter counting two (milli's derivations), of a prefix of it when it is completed.
 */
export function holdsTerm(matches: HitMatches, term: PlanTerm): boolean {
  const { token } = term;
  if (matches.spans.has(token) || matches.words.has(token)) return true;
  if (term.cjk) {
    const pieces = meiliPiecesOf(token).filter((piece) => !isStopWord(piece));
    return pieces.length > 0 && pieces.every((piece) => matches.words.has(piece));
  }
  for (const word of matches.words) {
    if (term.prefix && word.startsWith(token)) return true;
    if (term.typos > 0 && withinTypos(word, term)) return true;
  }
  return false;
}

function withinTypos(word: string, term: PlanTerm): boolean {
  const chars = Array.from(word);
  const length = Array.from(term.token).length;
  // A prefix term matches a word one of whose beginnings is within its typos.
  const candidates = term.prefix
    ? Array.from({ length: 2 * term.typos + 1 }, (_, i) => chars.slice(0, length - term.typos + i).join('')).filter(
        (candidate, i, all) => candidate.length > 0 && all.indexOf(candidate) === i,
      )
    : [word];
  return candidates.some((candidate) =>
    Array.from(candidate)[0] === Array.from(term.token)[0]
      ? damerauLevenshtein(candidate, term.token, term.typos) <= term.typos
      : term.typos === 2 && damerauLevenshtein(candidate, term.token, 1) <= 1,
  );
}

/** Every term of an alternative but its stop words, which Meilisearch neither indexes nor looks for (proof of concept). */
function holdsAll(matches: HitMatches, terms: readonly PlanTerm[]): boolean {
  const looked = terms.filter((term) => !isStopWord(term.token));
  return looked.length > 0 && looked.every((term) => holdsTerm(matches, term));
}

/**
 * The query's units (`parseQuery`) some hit of the page matched: one hit holds every term of one of the unit's
 * alternatives (`holdsTerm`), read from the hit's `_matchesPosition` over the searchable `attributes`.
 */
export function matchedUnitsOf<T extends Record<string, unknown>>(
  units: readonly PlanUnit[],
  hits: ReadonlyArray<Hit<T>>,
  attributes: readonly string[],
): Set<string> {
  const matched = new Set<string>();
  for (const hit of hits) {
    const matches = matchesOf(hit, hit._matchesPosition, attributes);
    if (matches.words.size === 0) continue;
    for (const unit of units)
      if (unit.alternatives.some((alternative) => holdsAll(matches, alternative.terms))) matched.add(unit.text);
  }
  return matched;
}
