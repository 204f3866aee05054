import type { OfferingSearchDocument } from '../search-document.js';
import { CJK_CLASS, isCjk, normalizeText } from './normalize.js';

/**
 * Search-as-you-type completions, the same for both engines: the titles, keywords and platform names of searchable
 * offerings, in both languages, whose normalized text has the typed text at the start of a word.
 */
export type SuggestionSource = 'TITLE' | 'KEYWORD' | 'PLATFORM';

export interface SuggestionEntry {
  /** As written, for display. */
  text: string;
  /** normalizeSuggestion(text): what a typed prefix is compared with. */
  norm: string;
  source: SuggestionSource;
}

export type SuggestionFields = Pick<
  OfferingSearchDocument,
  'titleZh' | 'titleEn' | 'keywords' | 'platformNameZh' | 'platformNameEn'
>;

const MAX_SUGGESTION_LENGTH = 200;

const SPACE_BY_CJK = new RegExp(`\\s+(?=[${CJK_CLASS}])|(?<=[${CJK_CLASS}])\\s+`, 'gu');

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The text without zero-width spaces and joiners, soft hyphens, bidi controls…: pasted with text, never seen. Search's
 * analysis cuts words at them; a completion compares the typed text whole (and Meilisearch its last word as a
 * prefix), so they are dropped.
 */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * NFKC, lower case, no Latin diacritics, no invisible characters, single spaces, and no space next to a CJK character:
 * Chinese is typed without them, so 'PI薄' completes '低介电 PI 薄膜卷材'.
 */
export function normalizeSuggestion(text: string): string {
  return withoutInvisible(normalizeText(text)).trim().replace(/\s+/g, ' ').replace(SPACE_BY_CJK, '');
}

/** Completions a document offers, each (source, normalized text) once. */
export function suggestionEntries(doc: SuggestionFields): SuggestionEntry[] {
  const entries = new Map<string, SuggestionEntry>();
  const add = (text: string | null | undefined, source: SuggestionSource) => {
    const trimmed = text?.trim().replace(/\s+/g, ' ');
    if (!trimmed || trimmed.length > MAX_SUGGESTION_LENGTH) return;
    const norm = normalizeSuggestion(trimmed);
    const key = `${source}\u0000${norm}`;
    if (norm && !entries.has(key)) entries.set(key, { text: trimmed, norm, source });
  };
  add(doc.titleZh, 'TITLE');
  add(doc.titleEn, 'TITLE');
  for (const keyword of doc.keywords ?? []) add(keyword, 'KEYWORD');
  add(doc.platformNameZh, 'PLATFORM');
  add(doc.platformNameEn, 'PLATFORM');
  return [...entries.values()];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Does `typed` occur in `text` where a word starts? Anywhere when it starts with a CJK character (Chinese has no
 * spaces between words); a Latin start must follow a non-letter or a CJK character ('pi' in '低介电pi薄膜').
 */
export function startsAWord(text: string, typed: string): boolean {
  for (let at = text.indexOf(typed); at >= 0; at = text.indexOf(typed, at + 1))
    if (startsAWordAt(text, at)) return true;
  return false;
}

/** May typed text start at `at` (a UTF-16 index) of `text`: at a CJK character, or where a word starts? */
export function startsAWordAt(text: string, at: number): boolean {
  if (isCjk(String.fromCodePoint(text.codePointAt(at) ?? 0))) return true;
  return at === 0 || !WORD_CHAR.test(text[at - 1]) || isCjk(text[at - 1]);
}
