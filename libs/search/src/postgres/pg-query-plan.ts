import { expandSynonyms, normalizeSynonymTerm } from '../text/synonyms.js';
import { allowedTypos, damerauLevenshtein, isCjk, queryTerms } from '../text/tokenize.js';
import { TITLE_MARK } from './pg-search-row.js';
import { allOf, anyLexeme, oneOf, type TsQuery } from './tsquery.js';

/**
 * The PostgreSQL engine's reading of a query, written to give Meilisearch's semantics (test/contract pins them):
 *
 * - Words: Latin words and numbers one by one; a CJK run is one word matched by all of its character bigrams.
 *   At most MAX_QUERY_WORDS words count, as in Meilisearch.
 * - Units: the query's words, except that a run of up to three words forming a synonym ('scale up', 'type test',
 *   '工艺 放大') is one unit. A unit matches a document through any of its alternatives: its own words, or one of
 *   its synonyms (from the shared list), each alternative needing all of its terms.
 * - Terms: the last Latin word, when nothing follows it, is a prefix (it matches every word it starts);
 *   Latin words tolerate typos per `allowedTypos` (one from 5 characters, two from 9, a wrong first letter counting
 *   twice), found among vocabulary neighbours and confirmed by Damerau-Levenshtein. Synonyms and CJK terms are exact.
 * - Matching strategy: 'last' (RELEVANCE) needs the first unit and ranks documents by how many leading units they
 *   match; 'all' (explicit sorts) needs every unit.
 */
export const MAX_QUERY_WORDS = 10;
const MAX_SYNONYM_SPAN = 3;
const WORD_SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;

export interface PlanTerm {
  token: string;
  /** Matches every vocabulary word it starts. */
  prefix: boolean;
  typos: 0 | 1 | 2;
}

export interface PlanAlternative {
  terms: PlanTerm[];
}

export interface PlanUnit {
  text: string;
  alternatives: PlanAlternative[];
}

interface QueryWord {
  text: string;
  terms: string[];
  cjk: boolean;
}

function queryWords(query: string): { words: QueryWord[]; lastIsPrefix: boolean } {
  const words: QueryWord[] = [];
  for (const piece of query.split(WORD_SEPARATORS)) {
    let current: QueryWord | null = null;
    for (const term of queryTerms(piece).terms) {
      const cjk = isCjk(term);
      if (cjk && current?.cjk) {
        // Bigrams of one run overlap by a character: 锂电 + 电池 is 锂电池.
        current.terms.push(term);
        current.text += Array.from(term).at(-1) ?? '';
        continue;
      }
      current = { text: term, terms: [term], cjk };
      words.push(current);
    }
  }
  const truncated = words.length > MAX_QUERY_WORDS;
  return { words: words.slice(0, MAX_QUERY_WORDS), lastIsPrefix: !truncated && queryTerms(query).lastIsPrefix };
}

/** The synonyms of a run of words (its own spelling excluded), trying the words joined by a space and, for CJK, by nothing. */
function synonymsOf(words: readonly QueryWord[]): string[] {
  const phrases = [words.map((w) => w.text).join(' ')];
  if (words.length > 1 && words.every((w) => w.cjk)) phrases.push(words.map((w) => w.text).join(''));
  for (const phrase of phrases) {
    const [, ...others] = expandSynonyms(phrase);
    const own = normalizeSynonymTerm(phrase);
    const synonyms = others.filter((term) => normalizeSynonymTerm(term) !== own);
    if (synonyms.length > 0) return synonyms;
  }
  return [];
}

const signature = (alternative: PlanAlternative) =>
  alternative.terms.map((t) => `${t.token}/${t.prefix ? 'p' : ''}${t.typos}`).join(' ');

/** Units of a query, in query order; none for an empty or blank query (a placeholder search). */
export function parseQuery(query: string | undefined): PlanUnit[] {
  if (!query?.trim()) return [];
  const { words, lastIsPrefix } = queryWords(query);
  const units: PlanUnit[] = [];
  for (let i = 0; i < words.length;) {
    for (let length = Math.min(MAX_SYNONYM_SPAN, words.length - i); length >= 1; length -= 1) {
      const span = words.slice(i, i + length);
      const synonyms = synonymsOf(span);
      if (length > 1 && synonyms.length === 0) continue;
      const literal: PlanAlternative = {
        terms: span.flatMap((word, j) => {
          const last = i + j === words.length - 1;
          return word.terms.map((token) => ({
            token,
            prefix: last && lastIsPrefix && !word.cjk,
            typos: word.cjk ? 0 : allowedTypos(token),
          }));
        }),
      };
      const alternatives = [literal];
      for (const synonym of synonyms) {
        const terms = queryTerms(synonym).terms.map((token): PlanTerm => ({ token, prefix: false, typos: 0 }));
        const alternative = { terms };
        if (terms.length > 0 && !alternatives.some((a) => signature(a) === signature(alternative)))
          alternatives.push(alternative);
      }
      units.push({ text: span.map((w) => w.text).join(' '), alternatives });
      i += length;
      break;
    }
  }
  return units;
}

/** Words whose typo variants the engine must look up in the vocabulary before it can expand the query. */
export function vocabularyRequests(units: readonly PlanUnit[]): string[] {
  const fuzzy = new Set<string>();
  for (const unit of units)
    for (const alternative of unit.alternatives)
      for (const term of alternative.terms) if (term.typos > 0) fuzzy.add(term.token);
  return [...fuzzy];
}

/** Term → vocabulary words near it (trigram neighbours, not yet checked for edit distance). */
export type VocabularyNeighbours = ReadonlyMap<string, readonly string[]>;

/**
 * Typos between a query term and a vocabulary word, as Meilisearch counts them: Damerau-Levenshtein, a wrong first
 * character costing two; for a prefix term, against the best-matching start of the word. Returns `max + 1` when
 * it is over `max`.
 */
export function typoCost(query: string, candidate: string, prefix: boolean, max: number): number {
  const q = Array.from(query);
  const c = Array.from(candidate);
  let best = max + 1;
  if (prefix) {
    for (let length = Math.max(1, q.length - max); length <= Math.min(c.length, q.length + max); length += 1) {
      best = Math.min(best, damerauLevenshtein(query, c.slice(0, length).join(''), max));
    }
  } else {
    best = damerauLevenshtein(query, candidate, max);
  }
  if (best <= max && q[0] !== c[0]) best += 1;
  return Math.min(best, max + 1);
}

export interface ExpandedTerm {
  /** Words matched exactly (the term itself, unless it is a prefix). */
  exact: string[];
  /** The term as a prefix: every word it starts (the index answers `'term':*`). */
  prefix: string | null;
  /** Vocabulary words within the term's typo budget, neither the term nor starting with it. */
  typo: string[];
}

export interface ExpandedUnit {
  text: string;
  alternatives: Array<{ terms: ExpandedTerm[] }>;
}

export interface SearchPlan {
  units: ExpandedUnit[];
  /** Some term has typo variants: the `typo` ranking rule has something to separate. */
  hasTypos: boolean;
}

export function expandPlan(units: readonly PlanUnit[], neighbours: VocabularyNeighbours): SearchPlan {
  let hasTypos = false;
  const expanded = units.map((unit) => ({
    text: unit.text,
    alternatives: unit.alternatives.map((alternative) => ({
      terms: alternative.terms.map((term): ExpandedTerm => {
        const typo = new Set<string>();
        if (term.typos > 0) {
          for (const word of neighbours.get(term.token) ?? []) {
            const exact = term.prefix ? word.startsWith(term.token) : word === term.token;
            if (!exact && typoCost(term.token, word, term.prefix, term.typos) <= term.typos) typo.add(word);
          }
        }
        if (typo.size > 0) hasTypos = true;
        return { exact: term.prefix ? [] : [term.token], prefix: term.prefix ? term.token : null, typo: [...typo] };
      }),
    })),
  }));
  return { units: expanded, hasTypos };
}

export type MatchMode = 'exact' | 'any';

/** The tsquery of a term: its words (with typo variants in 'any' mode) or its prefix, marked for the title fields. */
export function termQuery(term: ExpandedTerm, mode: MatchMode, title: boolean): TsQuery {
  const mark = title ? TITLE_MARK : '';
  const words = mode === 'exact' ? term.exact : [...term.exact, ...term.typo];
  const query = anyLexeme(
    words.map((word) => mark + word),
    term.prefix === null ? [] : [mark + term.prefix],
  );
  if (query === null) throw new RangeError('termQuery: a term without words');
  return query;
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word) => b.includes(word));
const sameTerm = (a: ExpandedTerm, b: ExpandedTerm) =>
  a.prefix === b.prefix && sameWords(a.exact, b.exact) && sameWords(a.typo, b.typo);

/**
 * A unit: any of its alternatives; an alternative: all of its terms. An alternative that needs everything a
 * shorter one needs and more (锂电 + 电池 beside the synonym 锂电) can only match what that one matches: it is left
 * out of the query (the index would read the long posting list of 电池 for nothing), though kept for highlights.
 */
export function unitQuery(unit: ExpandedUnit, mode: MatchMode, title: boolean): TsQuery {
  const needed = unit.alternatives.filter(
    (alternative) =>
      !unit.alternatives.some(
        (other) =>
          other.terms.length < alternative.terms.length &&
          other.terms.every((t) => alternative.terms.some((a) => sameTerm(t, a))),
      ),
  );
  return oneOf(needed.map((alternative) => allOf(alternative.terms.map((term) => termQuery(term, mode, title)))));
}

/** Every word and prefix the plan can match, plain and title-marked: the tokens of a hit worth reading. */
export function planTokens(plan: SearchPlan): { words: string[]; prefixes: string[] } {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const unit of plan.units) {
    for (const alternative of unit.alternatives) {
      for (const term of alternative.terms) {
        for (const word of [...term.exact, ...term.typo]) words.add(word).add(TITLE_MARK + word);
        if (term.prefix !== null) prefixes.add(term.prefix).add(TITLE_MARK + term.prefix);
      }
    }
  }
  return { words: [...words], prefixes: [...prefixes] };
}

/** A document's tokens, for testing terms against it in memory (the hits of one page). */
export class TokenSet {
  private readonly set: ReadonlySet<string>;

  constructor(private readonly tokens: readonly string[]) {
    this.set = new Set(tokens);
  }

  has(token: string): boolean {
    return this.set.has(token);
  }

  /** The tokens starting with `prefix`. */
  startingWith(prefix: string): string[] {
    return this.tokens.filter((token) => token.startsWith(prefix));
  }
}

/** The document tokens (unmarked) a term matches; empty when it does not match. */
function termMatches(term: ExpandedTerm, tokens: TokenSet, mode: MatchMode, title: boolean): string[] {
  const mark = title ? TITLE_MARK : '';
  const words = mode === 'exact' ? term.exact : [...term.exact, ...term.typo];
  const found = words.filter((word) => tokens.has(mark + word));
  if (term.prefix !== null)
    found.push(...tokens.startingWith(mark + term.prefix).map((token) => token.slice(mark.length)));
  return found;
}

export function unitMatches(unit: ExpandedUnit, tokens: TokenSet, mode: MatchMode, title: boolean): boolean {
  return unit.alternatives.some((alternative) =>
    alternative.terms.every((term) => termMatches(term, tokens, mode, title).length > 0),
  );
}

export interface HitRank {
  /** Leading units matched ('last'), or all of them. */
  words: number;
  /** Those units matched without typos. */
  exact: boolean;
  /** Those units matched in the title fields. */
  title: boolean;
}

/** How a document ranks for a plan: the same buckets the SQL of the PostgreSQL engine orders by. */
export function rankOf(plan: SearchPlan, tokens: TokenSet): HitRank {
  let words = 0;
  while (words < plan.units.length && unitMatches(plan.units[words], tokens, 'any', false)) words += 1;
  const leading = plan.units.slice(0, words);
  const exact = leading.every((unit) => unitMatches(unit, tokens, 'exact', false));
  const title = leading.length > 0 && leading.every((unit) => unitMatches(unit, tokens, exact ? 'exact' : 'any', true));
  return { words, exact, title };
}

/** A relevance score in [0, 1]: the share of query units matched, lowered a little for typos and for matches outside the title. */
export function scoreOf(plan: SearchPlan, rank: HitRank): number {
  if (plan.units.length === 0) return 1;
  const score = (rank.words / plan.units.length) * (rank.exact ? 1 : 0.9) * (rank.title ? 1 : 0.95);
  return Math.round(score * 10_000) / 10_000;
}

/** The plan's words a document contains (text tokens, unmarked): what its highlights show. */
export function matchedTokens(plan: SearchPlan, tokens: TokenSet): string[] {
  const found = new Set<string>();
  for (const unit of plan.units) {
    for (const alternative of unit.alternatives) {
      // Only alternatives the document matches whole: 电池 alone is no match for 锂电池.
      const present = alternative.terms.map((term) => termMatches(term, tokens, 'any', false));
      if (present.every((list) => list.length > 0))
        for (const list of present) for (const token of list) found.add(token);
    }
  }
  return [...found];
}
