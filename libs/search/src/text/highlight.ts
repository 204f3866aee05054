import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from '../meili/meili-query.js';
import { CJK_CLASS } from './normalize.js';
import { englishStem, isCjk, normalizeText } from './tokenize.js';

/**
 * Highlights for the PostgreSQL engine, shaped like Meilisearch's `_formatted` values (same tags, same crop marker),
 * so clients see one format whatever the engine: a Latin word is wrapped whole when it or its stem was matched; in
 * Chinese, every occurrence of a matched word is, also inside a longer word (电池 in 锂电池), adjacent ones in one
 * pair of tags.
 */
export const CROP_MARKER = '…';

/**
 * A text's units are its CJK characters (one each) and its runs of other letters, digits and marks (one per run);
 * anything else separates them. Each code point's kind is looked up once per process (a table for the Basic
 * Multilingual Plane, filled on first sight): highlighting runs over every hit's descriptions on every search, and
 * testing each character with a Unicode-property expression cost more than the rest of the search's own work.
 */
const SEPARATOR = 1;
const WORD = 2;
const CJK = 3;
const CJK_CHAR = new RegExp(`^[${CJK_CLASS}]$`, 'u');
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const BMP_KINDS = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

function kindOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint);
  let kind = BMP_KINDS[codePoint];
  if (kind === 0) {
    kind = classify(codePoint);
    BMP_KINDS[codePoint] = kind;
  }
  return kind;
}

/**
 * The units of the text being highlighted, as offsets into it: scratch arrays reused from one call to the next
 * (highlight is synchronous), grown when a text has more units than they hold.
 */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let flags = new Uint8Array(1024);
const IS_CJK = 1;
const MARKED = 2;

/**
 * Cuts a text into units (into the scratch arrays) as far as asked: a cropped description needs its units up to the
 * end of the window around its first match, not the thousands after it.
 */
class UnitCutter {
  /** Units cut so far. */
  count = 0;
  /** Offset in the text where cutting resumes. */
  private offset = 0;

  constructor(private readonly text: string) {
    if (starts.length < text.length) {
      starts = new Int32Array(text.length);
      ends = new Int32Array(text.length);
      flags = new Uint8Array(text.length);
    }
  }

  /** Whether the text has at least `units` units (cutting as many). */
  has(units: number): boolean {
    const { text } = this;
    let i = this.offset;
    while (this.count < units && i < text.length) {
      const codePoint = text.codePointAt(i) ?? 0;
      const size = codePoint > 0xffff ? 2 : 1;
      const kind = kindOf(codePoint);
      if (kind === SEPARATOR) {
        i += size;
        continue;
      }
      starts[this.count] = i;
      flags[this.count] = kind === CJK ? IS_CJK : 0;
      i += size;
      if (kind === WORD) {
        while (i < text.length) {
          const next = text.codePointAt(i) ?? 0;
          if (kindOf(next) !== WORD) break;
          i += next > 0xffff ? 2 : 1;
        }
      }
      ends[this.count] = i;
      this.count += 1;
    }
    this.offset = i;
    return this.count >= units;
  }

  /** Every unit of the text: how many. */
  all(): number {
    this.has(Number.POSITIVE_INFINITY);
    return this.count;
  }
}

/**
 * The matched words of a hit, indexed once for all of its highlighted fields: the Chinese ones by their first code
 * point, as arrays of characters; the first code units of the others (a Latin unit starting otherwise is neither one of
 * them nor has its stem among them: a Porter stem keeps its word's first letter, only suffixes are rewritten); what a
 * field is searched for before it is cut into units (a Latin word by its start: a stem may end where its words differ,
 * batteri for battery, modul for module).
 */
export class HighlightWords {
  readonly cjkWords = new Map<number, string[][]>();
  readonly latinInitials = new Set<number>();
  readonly probes: string[] = [];

  constructor(readonly tokens: ReadonlySet<string>) {
    for (const word of tokens) {
      if (!isCjk(word)) {
        this.latinInitials.add(word.charCodeAt(0));
        this.probes.push(word.slice(0, Math.max(3, word.length - 1)));
        continue;
      }
      this.probes.push(word);
      const chars = Array.from(word);
      const first = chars[0].codePointAt(0) ?? 0;
      const words = this.cjkWords.get(first);
      if (words) words.push(chars);
      else this.cjkWords.set(first, [chars]);
    }
  }

  /** Does some word (a Latin one by its start) occur in the normalized text? */
  occurIn(normalized: string): boolean {
    for (const probe of this.probes) if (normalized.includes(probe)) return true;
    return false;
  }
}

/**
 * Marks the units covered by a matched word: a Latin unit when it or its stem is a matched token; for each matched
 * Chinese word, the characters spelling it out (adjacent CJK units, each normalized to the word's character). Units
 * are normalized by slicing the normalized text at the same offsets when normalization kept every character in place
 * (the usual case), else one by one.
 */
class UnitMarker {
  /** Units [0, done) are marked. */
  private done = 0;

  constructor(
    private readonly text: string,
    private readonly normalized: string | null,
    private readonly words: HighlightWords,
    private readonly units: UnitCutter,
  ) {}

  private normal(unit: number): string {
    return this.normalized !== null
      ? this.normalized.slice(starts[unit], ends[unit])
      : normalizeText(this.text.slice(starts[unit], ends[unit]));
  }

  /** Does the unit, normalized, read `char` (without slicing it out in the usual case)? */
  private reads(unit: number, char: string): boolean {
    if (this.normalized === null) return this.normal(unit) === char;
    return ends[unit] - starts[unit] === char.length && this.normalized.startsWith(char, starts[unit]);
  }

  private firstCodePoint(unit: number): number {
    return (this.normalized ?? this.normal(unit)).codePointAt(this.normalized === null ? 0 : starts[unit]) ?? 0;
  }

  /** Marks units until one is marked: returns its index, or -1 when none is. */
  firstMarked(): number {
    while (this.units.has(this.done + 1)) {
      const unit = this.done;
      this.markNext();
      if ((flags[unit] & MARKED) !== 0) return unit;
    }
    return -1;
  }

  /** Marks the units before `until`. */
  markUntil(until: number): void {
    while (this.done < until && this.units.has(this.done + 1)) this.markNext();
  }

  private markNext(): void {
    const i = this.done;
    this.done += 1;
    if ((flags[i] & IS_CJK) === 0) {
      const initial = this.normalized !== null ? this.normalized.charCodeAt(starts[i]) : null;
      const { latinInitials, tokens } = this.words;
      if (latinInitials.size === 0 || (initial !== null && !latinInitials.has(initial))) return;
      const word = this.normal(i);
      if (tokens.has(word) || tokens.has(englishStem(word))) flags[i] |= MARKED;
      return;
    }
    // Every matched Chinese word starting at this character, if the characters that follow spell it out.
    for (const chars of this.words.cjkWords.get(this.firstCodePoint(i)) ?? []) {
      if (!this.units.has(i + chars.length)) continue;
      let spelled = true;
      for (let k = 0; k < chars.length && spelled; k += 1) {
        const next = i + k;
        spelled =
          (flags[next] & IS_CJK) !== 0 && (k === 0 || starts[next] === ends[next - 1]) && this.reads(next, chars[k]);
      }
      if (spelled) for (let k = 0; k < chars.length; k += 1) flags[i + k] |= MARKED;
    }
  }
}

/** The text from `begin` to `finish`, units [from, to) marked as flagged: adjacent marked ones in one pair of tags. */
function render(text: string, from: number, to: number, begin: number, finish: number): string {
  let out = '';
  let copied = begin;
  let open = false;
  for (let i = from; i < to; i += 1) {
    const marked = (flags[i] & MARKED) !== 0;
    // Adjacent marked units share one pair of tags, across the gap between them when it is only spacing.
    if (open && (!marked || text.slice(ends[i - 1], starts[i]).trim() !== '')) {
      out += text.slice(copied, ends[i - 1]) + HIGHLIGHT_POST_TAG;
      copied = ends[i - 1];
      open = false;
    }
    if (marked && !open) {
      out += text.slice(copied, starts[i]) + HIGHLIGHT_PRE_TAG;
      copied = starts[i];
      open = true;
    }
  }
  if (open) {
    out += text.slice(copied, ends[to - 1]) + HIGHLIGHT_POST_TAG;
    copied = ends[to - 1];
  }
  return out + text.slice(copied, finish);
}

/**
 * The text with matched words tagged, or null when nothing matches. With `cropLength`, only a window of that many
 * words (a CJK character counts as one) around the first match is kept, marked with CROP_MARKER where cut. The words
 * may come indexed (HighlightWords), as a hit's several fields share them.
 */
export function highlight(
  text: string | null,
  tokens: ReadonlySet<string> | HighlightWords,
  cropLength?: number,
): string | null {
  const words = tokens instanceof HighlightWords ? tokens : new HighlightWords(tokens);
  if (!text || words.tokens.size === 0) return null;
  const normalized = normalizeText(text);
  // Most fields of a hit contain none of the matched words: no need to cut them into words.
  if (!words.occurIn(normalized)) return null;
  const units = new UnitCutter(text);
  const marker = new UnitMarker(text, normalized.length === text.length ? normalized : null, words, units);
  // Units are marked up to the end of what is shown: the first match decides the window.
  const first = marker.firstMarked();
  if (first < 0) return null;
  // The window [from, to): cropLength units from a quarter of it before the first match, shifted back to end with the
  // text when fewer follow; the whole text when it has no more units than that. Units are cut only as far as the
  // window (and one more, which tells whether the text goes on after it).
  let from = 0;
  let to: number;
  if (cropLength === undefined || !units.has(cropLength + 1)) to = units.all();
  else {
    const start = Math.max(0, first - Math.floor(cropLength / 4));
    from = units.has(start + cropLength) ? start : Math.max(0, units.count - cropLength);
    to = from + cropLength;
  }
  marker.markUntil(to);
  const head = from > 0 ? CROP_MARKER : '';
  const more = units.has(to + 1);
  const tail = more ? CROP_MARKER : '';
  return head + render(text, from, to, from > 0 ? starts[from] : 0, more ? ends[to - 1] : text.length) + tail;
}
