import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from '../meili/meili-query.js';
import { englishStem, isCjk, normalizeText } from './tokenize.js';

/**
 * Highlights for the PostgreSQL engine, shaped like Meilisearch's `_formatted` values (same tags, same crop marker),
 * so clients see one format whatever the engine: a Latin word is wrapped whole when it or its stem was matched; in
 * Chinese, every occurrence of a matched word is, also inside a longer word (电池 in 锂电池), adjacent ones in one
 * pair of tags.
 */
export const CROP_MARKER = '…';

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const UNIT = new RegExp(`[${CJK_CLASS}]|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');

interface Unit {
  start: number;
  end: number;
  cjk: boolean;
  marked: boolean;
}

/** Words (Latin) and characters (CJK) of a text with their positions, each marked if a matched word covers it. */
function units(text: string, normalized: string | null, tokens: ReadonlySet<string>): Unit[] {
  const found: Unit[] = [];
  for (const match of text.matchAll(UNIT)) {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, cjk: isCjk(match[0]), marked: false });
  }
  // The normalized text, when it kept every character in place (the usual case), is sliced at the same offsets;
  // otherwise each word is normalized on its own.
  const normal = (unit: Unit) =>
    normalized !== null ? normalized.slice(unit.start, unit.end) : normalizeText(text.slice(unit.start, unit.end));
  // Matched Chinese words by their first character: only those starting with a unit's character are tried there.
  const cjkWords = new Map<string, string[][]>();
  for (const word of tokens) {
    if (!isCjk(word)) continue;
    const chars = Array.from(word);
    cjkWords.set(chars[0], [...(cjkWords.get(chars[0]) ?? []), chars]);
  }
  const normals = found.map(normal);
  // No Latin word matched: no Latin unit to stem and test.
  const latin = [...tokens].some((token) => !isCjk(token));
  for (let i = 0; i < found.length; i += 1) {
    const unit = found[i];
    if (!unit.cjk) {
      const word = normals[i];
      unit.marked = latin && (tokens.has(word) || tokens.has(englishStem(word)));
      continue;
    }
    // Every matched Chinese word starting at this character, if the characters that follow spell it out.
    for (const chars of cjkWords.get(normals[i]) ?? []) {
      if (i + chars.length > found.length) continue;
      const spelled = chars.every((char, k) => {
        const next = found[i + k];
        return next.cjk && (k === 0 || next.start === found[i + k - 1].end) && normals[i + k] === char;
      });
      if (spelled) for (let k = 0; k < chars.length; k += 1) found[i + k].marked = true;
    }
  }
  return found;
}

function render(text: string, all: Unit[], from: number, to: number): string {
  const slice = all.slice(from, to);
  let out = '';
  let cursor = slice[0].start;
  let open = false;
  for (const unit of slice) {
    const gap = text.slice(cursor, unit.start);
    // Adjacent marked units share one pair of tags, across the gap between them when it is only spacing.
    if (open && (!unit.marked || gap.trim() !== '')) {
      out += HIGHLIGHT_POST_TAG;
      open = false;
    }
    out += gap;
    if (unit.marked && !open) {
      out += HIGHLIGHT_PRE_TAG;
      open = true;
    }
    out += text.slice(unit.start, unit.end);
    cursor = unit.end;
  }
  if (open) out += HIGHLIGHT_POST_TAG;
  return out;
}

/**
 * The text with matched words tagged, or null when nothing matches. With `cropLength`, only a window of that many
 * words (a CJK character counts as one) around the first match is kept, marked with CROP_MARKER where cut.
 */
export function highlight(text: string | null, tokens: ReadonlySet<string>, cropLength?: number): string | null {
  if (!text || tokens.size === 0) return null;
  const normalized = normalizeText(text);
  // Most fields of a hit contain none of the matched words: no need to cut them into words.
  // (A stem may end where its words differ: batteri for battery, modul for module.)
  const probe = (token: string) => (isCjk(token) ? token : token.slice(0, Math.max(3, token.length - 1)));
  if (![...tokens].some((token) => normalized.includes(probe(token)))) return null;
  const all = units(text, normalized.length === text.length ? normalized : null, tokens);
  const first = all.findIndex((unit) => unit.marked);
  if (first < 0) return null;
  if (cropLength === undefined || all.length <= cropLength) {
    return text.slice(0, all[0].start) + render(text, all, 0, all.length) + text.slice(all.at(-1)?.end ?? text.length);
  }
  const from = Math.max(0, Math.min(first - Math.floor(cropLength / 4), all.length - cropLength));
  const to = Math.min(all.length, from + cropLength);
  const head = from > 0 ? CROP_MARKER : text.slice(0, all[0].start);
  const tail = to < all.length ? CROP_MARKER : text.slice(all.at(-1)?.end ?? text.length);
  return head + render(text, all, from, to) + tail;
}
