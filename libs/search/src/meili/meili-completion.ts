import { startsAWordAt, suggestionEntries, type SuggestionFields } from '../text/suggestions.js';

/**
 * Completions on Meilisearch, found as the PostgreSQL engine finds them: a completion is an entry (title, keyword,
 * platform name, normalized by `normalizeSuggestion`) in which the typed text starts where `startsAWord` lets it, at
 * any Chinese character, or at the start of a Latin word. Meilisearch completes only the beginning of a whole indexed
 * word, and cuts Chinese into words (冷冻|干燥|机, 富锂锰基 whole), so typed Chinese beginning inside one of its words
 * (燥机, 锂锰, 富锂锰) found nothing. So each document also holds `completionKeys`: for every place of every entry where
 * typed text may start, the entry's next KEY_LENGTH characters, spelt as one word of lower-case ASCII letters, which
 * charabia keeps whole and never cuts; a completion searches that attribute only, with the typed text's key as the
 * prefix of a word. Hits are candidates: `suggestionsFrom` keeps the entries that hold the typed text.
 */
export const COMPLETION_KEYS_ATTRIBUTE = 'completionKeys';

// Characters a key spells: typed text longer than this finds the entries holding its first KEY_LENGTH characters.
const KEY_LENGTH = 6;
// Letters per character: 26^5 covers every code point (U+10FFFF < 11 881 376).
const LETTERS_PER_CHAR = 5;
const A = 'a'.charCodeAt(0);
// Begins every key, so that no key is a word documents or stop words hold (keys are at least seven letters).
const MARKER = 'zq';

function spelt(char: string): string {
  let code = char.codePointAt(0) ?? 0;
  const letters: string[] = [];
  for (let i = 0; i < LETTERS_PER_CHAR; i += 1) {
    letters.push(String.fromCharCode(A + (code % 26)));
    code = Math.floor(code / 26);
  }
  return letters.reverse().join('');
}

/** The key of normalized typed text (`normalizeSuggestion`): its first KEY_LENGTH characters, spelt. */
export function completionKey(typed: string): string {
  return MARKER + Array.from(typed).slice(0, KEY_LENGTH).map(spelt).join('');
}

/** The keys a document's completions are found by: one for each place typed text may start in one of its entries. */
export function completionKeysOf(fields: SuggestionFields): string[] {
  const keys = new Set<string>();
  for (const { norm } of suggestionEntries(fields)) {
    for (let at = 0; at < norm.length; at += 1) {
      // A low surrogate continues the character before it.
      if (/[\uDC00-\uDFFF]/.test(norm[at])) continue;
      if (startsAWordAt(norm, at)) keys.add(completionKey(norm.slice(at)));
    }
  }
  return [...keys];
}
