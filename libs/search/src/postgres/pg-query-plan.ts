import { tileWithSubWords } from '../text/chinese-segmenter.js';
import { quantityFormsOf } from '../text/quantities.js';
import { soundAlikesOf, synonymKey, synonymsOf } from '../text/synonyms.js';
import {
  allowedTypos,
  alphanumericParts,
  damerauLevenshtein,
  englishStem,
  INNER_MARK,
  isCjk,
  queryWords,
  type TextWord,
  unfinishedWord,
} from '../text/tokenize.js';
import { HEADLINE_MARK, LOCATION_MARK, TITLE_MARK } from './pg-search-row.js';
import { allOf, anyLexeme, oneOf, type TsQuery } from './tsquery.js';

/**
 * The PostgreSQL engine's reading of a query (docs/search.md describes the semantics; test/contract pins what both
 * engines share):
 *
 * - Words: the query's words after analysis (tokenize.ts: jieba for Chinese, stop words dropped), at most
 *   MAX_QUERY_WORDS, as in Meilisearch.
 * - Units: each word, except that a run of up to four words forming a synonym ('scale up', '3D 打印') is one unit. A
 *   unit matches through any of its alternatives, each needing all of its terms: its own words; a Chinese word's
 *   dictionary sub-words (正极材料 as 正极 + 材料, as Meilisearch re-cuts words); a Latin word's letter and digit
 *   parts (ul94 as ul + 94); each synonym from the shared list.
 * - Terms: a Chinese term matches the same word, or (two characters or more) a string inside a longer word (~电池 in
 *   锂电池); a Latin term the word or its English stem (cells, cell), the last Latin word when nothing follows it as
 *   a prefix, and vocabulary words within its typo budget (`allowedTypos`; a wrong first letter counts twice).
 * - Units weigh by rarity: ln(1 + documents / documents the unit can match); a unit that matches nothing weighs 0.
 *   A unit naming where platforms are (苏州, 江苏省, Jiangsu: some platform is there, `locationOf`) weighs at most
 *   LOCATION_SHARE of the heaviest unit naming the need, shared between the units naming places when there are
 *   several (粤港澳 | 大湾 | 区), when the query names one: the need in the place first, then
 *   the need elsewhere, then the place's other offerings; a place may still outweigh a common word (工艺, 测试).
 * - Matching (RELEVANCE): a document matches when the units it holds weigh at least half as much as the query's most
 *   informative unit (`universe`, MATCHING_SHARE): that unit, or others telling about as much. So documents with every unit
 *   come first and, while they are fewer than asked for, documents with fewer follow, the least informative units
 *   dropped first (units that match nothing weigh nothing): Meilisearch's `frequency` strategy, except that a document
 *   missing the rarest unit but holding several others is not lost. A query never comes back empty while any of its
 *   units matches something (counts that promised a match no document holds: `withoutUnmatched`). Explicit sorts need
 *   every unit ('all').
 * - Ranking (RELEVANCE): the weight of the units matched (`words`), then of those matched without typos (`typo`), in
 *   the title fields (`attribute`), as whole words (`exactness`); then rating and id.
 */
export const MAX_QUERY_WORDS = 10;
const MAX_SYNONYM_SPAN = 4;

export interface PlanTerm {
  token: string;
  /** Matches every vocabulary word it starts. */
  prefix: boolean;
  typos: 0 | 1 | 2;
  cjk: boolean;
}

/**
 * literal: the query's own words; split: their parts; synonym: a synonym from the shared list; sound: the term of the
 * lists a Chinese word sounds like (`soundAlikesOf`), and its synonyms, counted only when no document holds the word.
 */
export type AlternativeKind = 'literal' | 'split' | 'synonym' | 'sound';

export interface PlanAlternative {
  kind: AlternativeKind;
  terms: PlanTerm[];
}

export interface PlanUnit {
  text: string;
  alternatives: PlanAlternative[];
  /** Its words are a measured condition (`TextWord.condition`: 85℃, 20~98%RH, 湿度 of 湿度20~98%RH). */
  condition?: boolean;
}

const literalTerm = (word: TextWord, prefix: boolean): PlanTerm => ({
  token: word.text,
  prefix: prefix && !word.cjk,
  typos: word.cjk ? 0 : allowedTypos(word.text),
  cjk: word.cjk,
});

const exactTerm = (token: string): PlanTerm => ({
  token,
  prefix: false,
  typos: 0,
  cjk: isCjk(token),
});

const signature = (alternative: PlanAlternative) =>
  alternative.terms.map((t) => `${t.token}/${t.prefix ? 'p' : ''}${t.typos}`).join(' ');

/** Units of a query, in query order; none for a query without a word that counts (blank, punctuation, stop words). */
export function parseQuery(query: string | undefined): PlanUnit[] {
  if (!query?.trim()) return [];
  const analyzed = queryWords(query);
  // A stop word kept as glue (a character of a homophone run) is not one of the words counted.
  let counted = 0;
  const cut = analyzed.words.findIndex((word) => !word.glue && (counted += 1) > MAX_QUERY_WORDS);
  const truncated = cut >= 0;
  const words = truncated ? analyzed.words.slice(0, cut) : analyzed.words;
  const lastIsPrefix = analyzed.lastIsPrefix && !truncated;
  const units: PlanUnit[] = [];
  // A query that is a word still being typed, its characters left apart by jieba (辊道 of 辊道窑): one unit, also
  // found as that word's start.
  const unfinished = truncated ? undefined : unfinishedWord(words);
  for (let i = 0; i < words.length;) {
    // A stop word kept only as a character of a term typed with homophones is no unit of its own.
    if (words[i].glue) {
      i += 1;
      continue;
    }
    for (let length = Math.min(MAX_SYNONYM_SPAN, words.length - i); length >= 1; length -= 1) {
      const span = words.slice(i, i + length);
      // Alternatives are units of their own: a synonym never spans the word joining them.
      if (span.slice(1).some((word) => word.alternative)) continue;
      const synonyms = synonymsOf(span.map((w) => w.text));
      // A size typed in another unit (1.2米, 0.5吨) is also the size as the catalogue writes it (1200 mm, 500 kg).
      const sizes = quantityFormsOf(span) ?? [];
      const started = unfinished !== undefined && i === 0 && length === words.length;
      if (length > 1 && synonyms.length === 0 && sizes.length === 0 && !started) continue;
      const literal: PlanAlternative = {
        kind: 'literal',
        terms: span.map((word, j) => literalTerm(word, lastIsPrefix && i + j === words.length - 1)),
      };
      const alternatives = [literal];
      const add = (kind: AlternativeKind, tokens: readonly string[]) => {
        const alternative = { kind, terms: tokens.map(exactTerm) };
        if (tokens.length > 0 && !alternatives.some((a) => signature(a) === signature(alternative)))
          alternatives.push(alternative);
      };
      // Each word by its parts (Chinese: dictionary sub-words; Latin: letters and digits), when one has parts.
      const parts = span.map((word) => (word.cjk ? tileWithSubWords(word.text) : alphanumericParts(word.text)));
      if (parts.some((list) => list.length > 0)) {
        const terms = span.flatMap((word, j) => {
          const prefix = literal.terms[j].prefix;
          if (parts[j].length === 0) return [literal.terms[j]];
          return parts[j].map((part, k) => ({ ...exactTerm(part), prefix: prefix && k === parts[j].length - 1 }));
        });
        const split: PlanAlternative = { kind: 'split', terms };
        if (!alternatives.some((a) => signature(a) === signature(split))) alternatives.push(split);
      }
      for (const synonym of synonyms) add('synonym', synonym);
      for (const size of sizes) add('synonym', synonymKey(size).split(' '));
      if (started) add('literal', [unfinished]);
      if (length === 1 && synonyms.length === 0) for (const alike of soundAlikesOf(span[0].text)) add('sound', alike);
      const text = span.map((w) => w.text).join(' ');
      const condition = span.every((word) => word.condition);
      const previous = units.at(-1);
      if (span[0].alternative && previous) units[units.length - 1] = eitherOf(previous, { text, alternatives });
      // A word typed twice says nothing more, nor does a word typed after its synonym (量产 … 试产, 检测 测试).
      else if (
        !units.some((unit) => unit.text === text || unit.alternatives.some((a) => signature(a) === signature(literal)))
      )
        units.push(condition ? { text, alternatives, condition } : { text, alternatives });
      i += length;
      break;
    }
  }
  // A model typed with hyphens (AC-45S: ac and 45s) is also matched as the one word documents hold it as (ac45s): the
  // offerings run on that equipment hold only that word (pg-search-row.ts), no typos (AC-46S is another model).
  for (const model of analyzed.models) {
    if (units.length >= MAX_QUERY_WORDS || units.some((unit) => unit.text === model.key)) continue;
    const term: PlanTerm = { token: model.key, prefix: model.prefix && !truncated, typos: 0, cjk: false };
    units.push({ text: model.key, alternatives: [{ kind: 'literal', terms: [term] }] });
  }
  return units;
}

/**
 * Two units a query names as alternatives (TOPCon或HJT, HJT or TOPCon, A、B任一), as one: matched by either's
 * alternatives, weighed as one word, so a document holding one ranks beside a document holding the other instead of
 * below one that names both.
 */
function eitherOf(a: PlanUnit, b: PlanUnit): PlanUnit {
  const alternatives = [...a.alternatives];
  for (const alternative of b.alternatives)
    if (!alternatives.some((known) => signature(known) === signature(alternative))) alternatives.push(alternative);
  return { text: `${a.text} ${ALTERNATIVE_JOIN} ${b.text}`, alternatives };
}

/** Joins the texts of alternatives in a unit's text (no word holds it: the analysis splits on it). */
export const ALTERNATIVE_JOIN = '|';

/** What the engine looks up in the vocabulary before it can expand a query. */
export interface VocabularyRequest {
  /** Words whose typo variants are wanted. */
  fuzzy: string[];
  /** Tokens whose document counts are wanted. */
  counted: string[];
  /** Prefixes whose document counts (of the words they start) are wanted. */
  prefixes: string[];
  /**
   * Counts worth asking for only beside the others, never in a round trip of their own: those of the place-marked
   * tokens and prefixes, which tell ranking buckets no document can fill (emptyBucket). Unknown, they bound nothing.
   */
  placed?: { counted: string[]; prefixes: string[]; probes: PlaceProbe[] };
}

/**
 * Whether any document holds a unit in a place (headline or title fields) through an alternative of several terms,
 * which counts of single tokens cannot tell: asked of the index (a GIN lookup of the marked tokens, no row read) only
 * when no document holds one of the unit's one-term alternatives there (`singles`, by their counts), else the place
 * is known not to be empty anyway.
 */
export interface PlaceProbe {
  /** placeKey(place, unit text): the key of the answer (Vocabulary.absent). */
  key: string;
  /** The place-marked words of the unit's one-term alternatives. */
  singles: string[];
  /**
   * The words of `query`: the sum of their counts bounds the postings the index reads for it; above a limit the probe
   * is not run (a proof forgone, never a wrong one).
   */
  postings: string[];
  /** The unit's alternatives of several terms, marked for the place, whole words and inside words (no typos). */
  query: TsQuery;
}

export const placeKey = (place: MatchPlace, unit: string) => `${place} ${unit}`;

/**
 * Counts of words and prefixes: plain, which weigh the units, and (`buckets`: for a RELEVANCE search, which may walk
 * ranking buckets) marked for the headline and title fields with the headline probes, which tell buckets no document
 * can fill (emptyBucket). Typo variants are counted plain only (found in the same statement).
 */
export function vocabularyRequests(units: readonly PlanUnit[], buckets = true): VocabularyRequest {
  const fuzzy = new Set<string>();
  const counted = new Set<string>();
  const prefixes = new Set<string>();
  for (const unit of units) {
    for (const alternative of unit.alternatives)
      for (const term of alternative.terms) {
        if (term.typos > 0) fuzzy.add(term.token);
        if (term.prefix) prefixes.add(term.token);
        else for (const token of wholeWords(term)) counted.add(token);
        if (matchesInside(term) || (units.length === 1 && singleCharacter(term))) counted.add(INNER_MARK + term.token);
      }
    for (const location of locationTokens(unit)) counted.add(location);
  }
  const marked = (tokens: Set<string>) =>
    [TITLE_MARK, HEADLINE_MARK].flatMap((mark) => [...tokens].map((t) => mark + t));
  const request = { fuzzy: [...fuzzy], counted: [...counted], prefixes: [...prefixes] };
  if (!buckets) return request;
  return { ...request, placed: { counted: marked(counted), prefixes: marked(prefixes), probes: placeProbes(units) } };
}

/**
 * The headline probes of the units with alternatives of several terms, none of them a prefix (counted only as a range,
 * see PlaceProbe.postings). Not of the title fields: their posting lists are longer, and they hold more (a probe that
 * finds a document costs a statement for nothing); the headline buckets come first.
 */
function placeProbes(units: readonly PlanUnit[]): PlaceProbe[] {
  const probes: PlaceProbe[] = [];
  for (const unit of units) {
    const several = unit.alternatives.filter((alternative) => alternative.terms.length > 1);
    const single = unit.alternatives.filter((alternative) => alternative.terms.length === 1).map((a) => a.terms[0]);
    if (several.length === 0 || unit.alternatives.some((a) => a.terms.some((term) => term.prefix))) continue;
    const headlineWords = (terms: readonly PlanTerm[]) =>
      terms.flatMap((term) => termWords(typoFree(term), 'loose').map((word) => HEADLINE_MARK + word));
    probes.push({
      key: placeKey('headline', unit.text),
      singles: headlineWords(single),
      postings: [...new Set(headlineWords(several.flatMap((a) => a.terms)))],
      query: oneOf(several.map((a) => allOf(a.terms.map((term) => termQuery(typoFree(term), 'loose', 'headline'))))),
    });
  }
  return probes;
}

/**
 * The location-marked tokens of a unit that may name a place: its literal single words (苏州, jiangsu; 江苏 and 浙江
 * of 江苏或浙江), else none.
 */
function locationTokens(unit: PlanUnit): string[] {
  const literals = unit.alternatives.filter((alternative) => alternative.kind === 'literal');
  if (literals.some((literal) => literal.terms.length !== 1)) return [];
  return literals.map((literal) => LOCATION_MARK + literal.terms[0].token);
}

/**
 * A unit names where platforms are when some document holds its word as its platform's location (city, province,
 * region): 苏州, 江苏省, Jiangsu. However often descriptions also name it (上海 in equipment makers' addresses), a user
 * typing it beside a need asks where the need is met.
 */
function locationOf(unit: PlanUnit, counts: ReadonlyMap<string, number>): boolean {
  const tokens = locationTokens(unit);
  return tokens.length > 0 && tokens.every((token) => (counts.get(token) ?? 0) > 0);
}

/**
 * A place weighs at most this share of the heaviest word naming the need: a document holding the need elsewhere ranks
 * above one holding only the place (the grades of place queries: the need in the place, then the need elsewhere).
 */
export const LOCATION_SHARE = 0.5;

/**
 * The measured conditions of a query (a datasheet's or a test plan's values and units: 85℃/85%RH 1000h) weigh together
 * at most this share of the heaviest word naming the need: documents write numbers for lead times, batch sizes and
 * prices, not the conditions of their instruments, so a condition matched says little, and a line of conditions
 * ranks what names the instrument or the test first.
 */
export const CONDITION_SHARE = 0.5;

/** A word read by the term it sounds like weighs at most this share of the heaviest word read as typed. */
export const SOUND_SHARE = 0.5;

/** A term's words without typo variants (those the vocabulary finds). */
function typoFree(term: PlanTerm): ExpandedTerm {
  return {
    exact: term.prefix ? [] : wholeWords(term),
    prefix: term.prefix ? term.token : null,
    inner: matchesInside(term) ? [INNER_MARK + term.token] : [],
    typo: [],
  };
}

/** What the vocabulary says: typo candidates (nearest first) and document counts. */
export interface Vocabulary {
  neighbours: ReadonlyMap<string, readonly string[]>;
  /** Token or prefix → documents holding it (for a prefix: the sum over the words it starts, an upper bound). */
  counts: ReadonlyMap<string, number>;
  /** Documents in the index. */
  documents: number;
  /** placeKey of the probes that found no document holding the unit there (whole or inside words, typos aside). */
  absent?: ReadonlySet<string>;
}

export const EMPTY_VOCABULARY: Vocabulary = { neighbours: new Map(), counts: new Map(), documents: 0 };

/**
 * Is a term also found inside longer words? Chinese terms of two characters or more are (电池 in 锂电池); a single
 * character only as a word of its own (氢 in 氢|燃料电池, not 全 in 安全), as in Meilisearch: inside words it is noise —
 * unless no document holds it as a word (`insideOnly`).
 */
const matchesInside = (term: PlanTerm) => term.cjk && Array.from(term.token).length >= 2;

/** A single Chinese character (窑, 塔): documents may hold it only inside longer words. */
const singleCharacter = (term: PlanTerm) => term.cjk && !term.prefix && Array.from(term.token).length === 1;

/**
 * A query of one unit whose single character no document holds as a word of its own looks for it inside words: the
 * kind of a thing typed alone (窑 for 辊道窑 and 回转窑, 塔 for 精馏塔) would otherwise match nothing and the query come
 * back empty. Beside other words such a character still matches only as a word: inside words it is noise there (3米法
 * is not 毫米波, 药企 not 企业), and the other words carry the query.
 */
const insideOnly = (term: PlanTerm, counts: ReadonlyMap<string, number>) =>
  singleCharacter(term) && (counts.get(term.token) ?? 0) === 0 && (counts.get(INNER_MARK + term.token) ?? 0) > 0;

/** Does a document hold the unit's own words (whole or inside longer words)? */
function heldAsTyped(unit: PlanUnit, vocabulary: Vocabulary): boolean {
  return unit.alternatives
    .filter((alternative) => alternative.kind === 'literal')
    .some((alternative) =>
      alternative.terms.every((term) => countOf(vocabulary.counts, [term.token, INNER_MARK + term.token]) > 0),
    );
}

/** The words a term matches whole: itself and, for a Latin word, its English stem. */
function wholeWords(term: PlanTerm): string[] {
  if (term.cjk || term.prefix) return [term.token];
  const stem = englishStem(term.token);
  return stem === term.token ? [term.token] : [term.token, stem];
}

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
  /** Words matched whole: the term and its stem (none for a prefix term). */
  exact: string[];
  /** The term as a prefix: every word it starts (the index answers `'term':*`). */
  prefix: string | null;
  /** The term inside longer words (INNER_MARK + term; Chinese terms only). */
  inner: string[];
  /** Vocabulary words within the term's typo budget, neither the term nor starting with it. */
  typo: string[];
}

export interface ExpandedAlternative {
  kind: AlternativeKind;
  terms: ExpandedTerm[];
}

export interface ExpandedUnit {
  text: string;
  alternatives: ExpandedAlternative[];
  /** Documents it can match at most (from the vocabulary's counts). */
  frequency: number;
  /**
   * How much matching it says: ln(1 + documents / frequency), 0 when it matches nothing; a location's at most
   * LOCATION_SHARE of the heaviest need unit's.
   */
  weight: number;
  /** It names where platforms are (`locationOf`). */
  location: boolean;
  /** It is a measured condition (`PlanUnit.condition`): weighs at most its share of CONDITION_SHARE. */
  condition: boolean;
  /** It matches only by the term its word sounds like (`soundAlikesOf`): weighs at most SOUND_SHARE. */
  bySound?: true;
  /**
   * Documents it can match in each mode and place, at most (from the counts of plain and place-marked tokens; a marked
   * token not asked for bounds nothing): 0 when no document holds such words there, so that ranking buckets asking for
   * them are known to be empty.
   */
  frequencyIn: Record<MatchPlace, Record<MatchMode, number>>;
}

export interface SearchPlan {
  units: ExpandedUnit[];
  /**
   * Meilisearch's `frequency` levels, best first: the indexes of the units a document must match on each. The first
   * holds every unit; each next one drops the units that match nothing, then the most frequent ones (ties together).
   */
  levels: number[][];
  /**
   * What matches, as sets of unit indexes of which a document must hold one set whole: the smallest sets weighing at
   * least the heaviest unit, heaviest first. Empty when no unit matches anything.
   */
  universe: number[][];
  /** Some term has typo variants: the `typo` ranking rule has something to separate. */
  hasTypos: boolean;
  /**
   * Some unit can match other than exactly (inside a word, split, as a prefix): the `exactness` rule has something to
   * separate.
   */
  hasLoose: boolean;
}

function countOf(counts: ReadonlyMap<string, number>, tokens: readonly string[]): number {
  return tokens.reduce((sum, token) => sum + (counts.get(token) ?? 0), 0);
}

/**
 * Documents holding a word or prefix in a place, at most: its count (plain: 0 when not counted, as the vocabulary
 * answers; marked: unbounded when not asked for, a vocabulary served from the cache).
 */
function countIn(counts: ReadonlyMap<string, number>, place: MatchPlace, token: string): number {
  if (place === 'anywhere') return counts.get(token) ?? 0;
  return counts.get(PLACE_MARKS[place] + token) ?? Number.POSITIVE_INFINITY;
}

const MATCH_PLACES: readonly MatchPlace[] = ['anywhere', 'title', 'headline'];
const MATCH_MODES: readonly MatchMode[] = ['exact', 'loose', 'any'];

export function expandPlan(units: readonly PlanUnit[], vocabulary: Vocabulary): SearchPlan {
  let hasTypos = false;
  let hasLoose = false;
  const expanded = units.map((unit): ExpandedUnit => {
    let frequency = 0;
    const frequencyIn = Object.fromEntries(
      MATCH_PLACES.map((place) => [place, { exact: 0, loose: 0, any: 0 }]),
    ) as ExpandedUnit['frequencyIn'];
    // A word documents hold is meant as typed: the term it sounds like is no alternative then.
    const heard =
      unit.alternatives.some((alternative) => alternative.kind === 'sound') && heldAsTyped(unit, vocabulary);
    const kept = heard ? unit.alternatives.filter((alternative) => alternative.kind !== 'sound') : unit.alternatives;
    const alternatives = kept.map((alternative): ExpandedAlternative => {
      if (alternative.kind === 'split') hasLoose = true;
      let alternativeFrequency = Number.POSITIVE_INFINITY;
      const terms = alternative.terms.map((term): ExpandedTerm => {
        const typo = new Set<string>();
        if (term.typos > 0) {
          for (const word of vocabulary.neighbours.get(term.token) ?? []) {
            const exact = term.prefix ? word.startsWith(term.token) : wholeWords(term).includes(word);
            if (!exact && typoCost(term.token, word, term.prefix, term.typos) <= term.typos) typo.add(word);
          }
        }
        if (typo.size > 0) hasTypos = true;
        const expandedTerm: ExpandedTerm = { ...typoFree(term), typo: [...typo] };
        if (units.length === 1 && insideOnly(term, vocabulary.counts)) expandedTerm.inner = [INNER_MARK + term.token];
        if (expandedTerm.inner.length > 0 || expandedTerm.prefix !== null) hasLoose = true;
        const termFrequency =
          countOf(vocabulary.counts, [...expandedTerm.exact, ...expandedTerm.inner, ...expandedTerm.typo]) +
          (expandedTerm.prefix === null ? 0 : (vocabulary.counts.get(expandedTerm.prefix) ?? 0));
        alternativeFrequency = Math.min(alternativeFrequency, termFrequency);
        return expandedTerm;
      });
      frequency = Math.max(frequency, alternativeFrequency);
      // An alternative needs all of its terms; a term, any of its words or its prefix.
      const alternativeIn = (mode: MatchMode, place: MatchPlace) =>
        Math.min(
          ...terms.map(
            (term) =>
              termWords(term, mode).reduce((sum, word) => sum + countIn(vocabulary.counts, place, word), 0) +
              (term.prefix === null ? 0 : countIn(vocabulary.counts, place, term.prefix)),
          ),
        );
      for (const place of MATCH_PLACES)
        for (const mode of MATCH_MODES)
          if (mode !== 'exact' || alternative.kind !== 'split')
            frequencyIn[place][mode] = Math.max(frequencyIn[place][mode], alternativeIn(mode, place));
      return { kind: alternative.kind, terms };
    });
    // A probe found the unit nowhere in the headline: no mode finds it there but typos, when it has some.
    const typos = alternatives.some((alternative) => alternative.terms.some((term) => term.typo.length > 0));
    if (vocabulary.absent?.has(placeKey('headline', unit.text)))
      frequencyIn.headline = { exact: 0, loose: 0, any: typos ? frequencyIn.headline.any : 0 };
    const capped = Math.min(frequency, vocabulary.documents);
    const weight = capped > 0 ? Math.log(1 + vocabulary.documents / capped) : 0;
    const location = capped > 0 && locationOf(unit, vocabulary.counts);
    const condition = unit.condition === true;
    const expandedUnit = { text: unit.text, alternatives, frequency: capped, weight, location, condition, frequencyIn };
    const bySound = kept.some((alternative) => alternative.kind === 'sound');
    return bySound ? { ...expandedUnit, bySound } : expandedUnit;
  });
  // A place weighs less than the word naming the need, when there is one, however many words name it (粤港澳 | 大湾 |
  // 区, 江苏 苏州): its words share the cap.
  const needWeights = expanded
    .filter((unit) => unit.weight > 0 && !unit.location && !unit.condition && !unit.bySound)
    .map((unit) => unit.weight);
  const places = expanded.filter((unit) => unit.location).length;
  if (needWeights.length > 0 && places > 0) {
    const cap = (LOCATION_SHARE * Math.max(...needWeights)) / places;
    for (const unit of expanded) if (unit.location) unit.weight = Math.min(unit.weight, cap);
  }
  // So do a datasheet line's conditions, together.
  const conditions = expanded.filter((unit) => unit.condition && !unit.location && unit.weight > 0);
  if (needWeights.length > 0 && conditions.length > 0) {
    const share = (CONDITION_SHARE * Math.max(...needWeights)) / conditions.length;
    for (const unit of conditions) unit.weight = Math.min(unit.weight, share);
  }
  // And a word read by its sound, each: the word may be meant as typed (剂量, dose, is no 计量), the others surely are.
  if (needWeights.length > 0)
    for (const unit of expanded)
      if (unit.bySound) unit.weight = Math.min(unit.weight, SOUND_SHARE * Math.max(...needWeights));
  const levels = frequencyLevels(expanded);
  return {
    units: expanded,
    levels,
    universe: matchingSets(expanded, levels, vocabulary.documents),
    hasTypos,
    hasLoose,
  };
}

/**
 * The plan again once its universe matched no document (no filter restricting it): the counts promised a match that
 * no document holds, as when a unit matches only through an alternative of several terms, each counted but none held
 * with the others (a104 as a + 104: "Class A" in one offering, "约 104 天" in another), or a count kept from before its
 * document left the index. Each unit that alone was a set of the universe is then proven to match nothing and weighs
 * nothing, as Meilisearch's `frequency` strategy, which counts a word's documents exactly, drops a word matching nothing
 * first (the heaviest unit, when no set was a single unit: the universe's fallback). Null when no unit is left to match.
 * A query whose units all match is never planned again: its universe finds a document.
 */
export function withoutUnmatched(plan: SearchPlan, documents: number): SearchPlan | null {
  const singles = plan.universe.filter((set) => set.length === 1).map(([index]) => index);
  const heaviest = Math.max(...plan.units.map((unit) => unit.weight));
  const unmatched = (unit: ExpandedUnit, index: number) =>
    singles.length > 0 ? singles.includes(index) : unit.weight === heaviest;
  const units = plan.units.map((unit, index) => (unmatched(unit, index) ? { ...unit, frequency: 0, weight: 0 } : unit));
  const levels = frequencyLevels(units);
  const universe = matchingSets(units, levels, documents);
  return universe.length === 0 ? null : { ...plan, units, levels, universe };
}

/**
 * A document matches when what it holds weighs at least this share of the heaviest unit: it may miss the rarest word
 * if it holds another nearly as telling one, or several that together are (a sibling product, the same service).
 */
export const MATCHING_SHARE = 0.5;

/**
 * The lighter matching sets are dropped (heaviest kept) once the result they would add up to (by the vocabulary's
 * counts) passes this share of the index, or MIN_RESULT_CAP documents if more.
 */
export const RESULT_SHARE_CAP = 0.02;
export const MIN_RESULT_CAP = 5_000;

/** Beyond this many sets the universe falls back to Meilisearch's (the rarest units' level): a bounded tsquery. */
export const MAX_MATCHING_SETS = 64;

const weightOf = (units: readonly Pick<ExpandedUnit, 'weight'>[], set: readonly number[]) =>
  set.reduce((sum, index) => sum + units[index].weight, 0);

/**
 * The smallest sets of units whose weights add up to MATCHING_SHARE of the heaviest unit's (a document holding one of
 * them whole says about as much as the rarest unit alone), heaviest first, then larger first. More than MAX_MATCHING_SETS: the last
 * frequency level (the rarest units), as Meilisearch matches.
 */
export function matchingSets(
  units: readonly Pick<ExpandedUnit, 'weight' | 'frequency'>[],
  levels: readonly number[][],
  documents = Number.POSITIVE_INFINITY,
): number[][] {
  const informative = units.flatMap((unit, index) => (unit.weight > 0 ? [index] : []));
  if (informative.length === 0) return [];
  const threshold = Math.max(...informative.map((index) => units[index].weight)) * MATCHING_SHARE;
  const sets: number[][] = [];
  // Subsets in order of size: a set qualifies when it weighs enough and holds no smaller qualifying set.
  const subsets = (from: number, chosen: number[], size: number): void => {
    if (sets.length > MAX_MATCHING_SETS) return;
    if (chosen.length === size) {
      if (weightOf(units, chosen) >= threshold && !sets.some((set) => set.every((index) => chosen.includes(index))))
        sets.push([...chosen]);
      return;
    }
    for (let i = from; i < informative.length; i += 1) subsets(i + 1, [...chosen, informative[i]], size);
  };
  for (let size = 1; size <= informative.length; size += 1) subsets(0, [], size);
  if (sets.length > MAX_MATCHING_SETS) return [levels.at(-1) ?? informative];
  sets.sort((a, b) => weightOf(units, b) - weightOf(units, a) || b.length - a.length);
  // In a large index, lighter sets are kept only while the result stays small enough to count and rank quickly: a
  // query with one telling word then matches as Meilisearch would, on that word.
  const cap = Math.max(MIN_RESULT_CAP, documents * RESULT_SHARE_CAP);
  const sizeOf = (set: readonly number[]) => Math.min(...set.map((index) => units[index].frequency));
  let estimate = 0;
  return sets.filter((set, index) => {
    estimate += sizeOf(set);
    return index === 0 || estimate <= cap;
  });
}

/**
 * Sets of units a document may hold, heaviest first, down to the universe's threshold: the order in which a large
 * result is paged (each set's documents, minus those already placed by a heavier set, are the next bucket). At most
 * `max` sets.
 */
export function rankingSets(plan: SearchPlan, max: number): number[][] {
  const informative = plan.units.flatMap((unit, index) => (unit.weight > 0 ? [index] : []));
  const threshold = Math.max(0, ...informative.map((index) => plan.units[index].weight)) * MATCHING_SHARE;
  const sets: number[][] = [];
  const count = 2 ** informative.length;
  // Unit sets as bit masks (informative.length ≤ MAX_QUERY_WORDS, so at most 1 024 of them).
  for (let mask = count - 1; mask > 0; mask -= 1) {
    const set = informative.filter((_, bit) => (mask & (1 << bit)) !== 0);
    if (weightOf(plan.units, set) >= threshold) sets.push(set);
  }
  return sets.sort((a, b) => weightOf(plan.units, b) - weightOf(plan.units, a) || b.length - a.length).slice(0, max);
}

/**
 * Meilisearch's `frequency` matching strategy: units that match nothing are dropped first, then the most frequent,
 * equally frequent ones together; the last group is never dropped. Each level lists the units still required.
 */
export function frequencyLevels(units: readonly Pick<ExpandedUnit, 'frequency'>[]): number[][] {
  const all = units.map((_, index) => index);
  if (all.length === 0) return [];
  const cost = (index: number) => (units[index].frequency === 0 ? Number.POSITIVE_INFINITY : units[index].frequency);
  const groups = new Map<number, number[]>();
  for (const index of all) groups.set(cost(index), [...(groups.get(cost(index)) ?? []), index]);
  const removalOrder = [...groups.entries()].sort(([a], [b]) => b - a).map(([, indexes]) => indexes);
  const levels = [all];
  let remaining = all;
  for (const group of removalOrder.slice(0, -1)) {
    remaining = remaining.filter((index) => !group.includes(index));
    levels.push(remaining);
  }
  return levels;
}

/**
 * exact: whole words (a prefix term: the typed word itself, as Meilisearch's `exactness` ranks a word before the
 * longer words it starts: EL before electrospinning); loose: also inside words, split, and the words a prefix starts;
 * any: also typos.
 */
export type MatchMode = 'exact' | 'loose' | 'any';

function termWords(term: ExpandedTerm, mode: MatchMode): string[] {
  if (mode === 'exact') return term.prefix === null ? term.exact : [term.prefix];
  if (mode === 'loose') return [...term.exact, ...term.inner];
  return [...term.exact, ...term.inner, ...term.typo];
}

const alternativesIn = (unit: ExpandedUnit, mode: MatchMode) =>
  mode === 'exact' ? unit.alternatives.filter((a) => a.kind !== 'split') : unit.alternatives;

/**
 * Where a unit is looked for: anywhere; in the title fields (titles and keywords, the `attribute` rule's first
 * places); in the headline (the titles alone).
 */
export type MatchPlace = 'anywhere' | 'title' | 'headline';

const PLACE_MARKS: Record<MatchPlace, string> = { anywhere: '', title: TITLE_MARK, headline: HEADLINE_MARK };

/** The tsquery of a term in a mode, marked for a place. */
export function termQuery(term: ExpandedTerm, mode: MatchMode, place: MatchPlace): TsQuery {
  const mark = PLACE_MARKS[place];
  const query = anyLexeme(
    termWords(term, mode).map((word) => mark + word),
    term.prefix === null || mode === 'exact' ? [] : [mark + term.prefix],
  );
  if (query === null) throw new RangeError('termQuery: a term without words');
  return query;
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word) => b.includes(word));
const sameTerm = (a: ExpandedTerm, b: ExpandedTerm) =>
  a.prefix === b.prefix && sameWords(a.exact, b.exact) && sameWords(a.inner, b.inner) && sameWords(a.typo, b.typo);

/**
 * A unit: any of its alternatives; an alternative: all of its terms. An alternative that needs everything a
 * shorter one needs and more can only match what that one matches: it is left out of the query (the index would
 * read a long posting list for nothing), though kept for highlights.
 */
export function unitQuery(unit: ExpandedUnit, mode: MatchMode, place: MatchPlace): TsQuery {
  const alternatives = alternativesIn(unit, mode);
  const needed = alternatives.filter(
    (alternative) =>
      !alternatives.some(
        (other) =>
          other.terms.length < alternative.terms.length &&
          other.terms.every((t) => alternative.terms.some((a) => sameTerm(t, a))),
      ),
  );
  return oneOf(needed.map((alternative) => allOf(alternative.terms.map((term) => termQuery(term, mode, place)))));
}

/** Every word and prefix the plan can match, plain and place-marked: the tokens of a hit worth reading. */
export function planTokens(plan: SearchPlan): { words: string[]; prefixes: string[] } {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const unit of plan.units) {
    for (const alternative of unit.alternatives) {
      for (const term of alternative.terms) {
        for (const word of termWords(term, 'any'))
          for (const mark of Object.values(PLACE_MARKS)) words.add(mark + word);
        if (term.prefix !== null) for (const mark of Object.values(PLACE_MARKS)) prefixes.add(mark + term.prefix);
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

  /** Does a token start with `prefix`? */
  hasStartingWith(prefix: string): boolean {
    return this.tokens.some((token) => token.startsWith(prefix));
  }
}

/** The document tokens (unmarked) a term matches; empty when it does not match. */
function termMatches(term: ExpandedTerm, tokens: TokenSet, mode: MatchMode, place: MatchPlace): string[] {
  const mark = PLACE_MARKS[place];
  const found = termWords(term, mode).filter((word) => tokens.has(mark + word));
  if (term.prefix !== null && mode !== 'exact')
    found.push(...tokens.startingWith(mark + term.prefix).map((token) => token.slice(mark.length)));
  return found;
}

function holdsOneOf(tokens: TokenSet, mark: string, words: readonly string[]): boolean {
  for (const word of words) if (tokens.has(mark + word)) return true;
  return false;
}

/** termMatches(…) is not empty, without listing the matches (ranking tests every hit this way several times). */
function termHolds(term: ExpandedTerm, tokens: TokenSet, mode: MatchMode, place: MatchPlace): boolean {
  const mark = PLACE_MARKS[place];
  // The same words as termWords and termMatches: exact is the typed word itself for a prefix term.
  if (mode === 'exact')
    return term.prefix === null ? holdsOneOf(tokens, mark, term.exact) : tokens.has(mark + term.prefix);
  return (
    holdsOneOf(tokens, mark, term.exact) ||
    holdsOneOf(tokens, mark, term.inner) ||
    (mode === 'any' && holdsOneOf(tokens, mark, term.typo)) ||
    (term.prefix !== null && tokens.hasStartingWith(mark + term.prefix))
  );
}

export function unitMatches(unit: ExpandedUnit, tokens: TokenSet, mode: MatchMode, place: MatchPlace): boolean {
  return alternativesIn(unit, mode).some((alternative) =>
    alternative.terms.every((term) => termHolds(term, tokens, mode, place)),
  );
}

/**
 * How a document ranks within a result, compared element by element, larger first: the weight of the units it
 * matches (`words`); then whether all of them match without typos (`typo`), in the headline, in the title fields
 * (`attribute`), as whole words (`exactness`). The flags are all-or-nothing, so that a large result can be paged in
 * the same order with one indexed query per combination (`rankBuckets`).
 */
export function rankKey(plan: SearchPlan, tokens: TokenSet): number[] {
  const matched = plan.units.filter((unit) => unit.weight > 0 && unitMatches(unit, tokens, 'any', 'anywhere'));
  const all = (mode: MatchMode, place: MatchPlace) =>
    matched.length > 0 && matched.every((unit) => unitMatches(unit, tokens, mode, place)) ? 1 : 0;
  return [
    plan.units.reduce((sum, unit) => sum + (matched.includes(unit) ? unit.weight : 0), 0),
    all('loose', 'anywhere'),
    all('any', 'headline'),
    all('any', 'title'),
    all('exact', 'anywhere'),
  ];
}

/** Rank keys larger first, then rating (unrated last), then id: the order of a RELEVANCE page. */
export function compareRanked(
  a: { id: string; rating: number | null; key: number[] },
  b: { id: string; rating: number | null; key: number[] },
): number {
  for (let i = 0; i < a.key.length; i += 1) {
    // Weights are sums of the same floats in the same order: equal sets give equal sums.
    if (a.key[i] !== b.key[i]) return b.key[i] - a.key[i];
  }
  if (a.rating !== b.rating) return a.rating === null ? 1 : b.rating === null ? -1 : b.rating - a.rating;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A condition on every unit of a set: a mode in a place. */
export interface UnitCondition {
  mode: MatchMode;
  place: MatchPlace;
}

/**
 * The conditions of the documents matching one unit set, in `rankKey` order (a document belongs to the first bucket
 * whose conditions it meets): without typos before with, in the headline before the title fields before elsewhere,
 * whole words before words found inside others. Buckets that cannot differ for this plan are left out.
 */
export function rankBuckets(plan: Pick<SearchPlan, 'hasTypos' | 'hasLoose'>): UnitCondition[][] {
  const typoFree: UnitCondition = { mode: 'loose', place: 'anywhere' };
  const exact: UnitCondition = { mode: 'exact', place: 'anywhere' };
  const places: UnitCondition[][] = [[{ mode: 'any', place: 'headline' }], [{ mode: 'any', place: 'title' }], []];
  const buckets: UnitCondition[][] = [];
  for (const place of places) {
    buckets.push([exact, ...place]);
    if (plan.hasLoose) buckets.push([typoFree, ...place]);
  }
  if (plan.hasTypos) buckets.push(...places);
  else buckets.push([]);
  return buckets;
}

/**
 * A bucket that cannot hold a document: one of its conditions asks, in its mode and place, for a unit that no document
 * holds so (whole words, without typos, in the headline or title fields), by the vocabulary's counts. Exact, not a
 * guess: a count of 0 is never an old one (the cache keeps no zero a place or word count could become, and counts
 * change in the transaction of the rows they count), and a condition is an upper bound of what it asks (a unit needs
 * one alternative, an alternative all of its terms).
 */
export function emptyBucket(units: readonly ExpandedUnit[], conditions: readonly UnitCondition[]): boolean {
  return conditions.some(({ mode, place }) => units.some((unit) => unit.frequencyIn[place][mode] === 0));
}

export interface HitRank {
  /** The units matched (any mode). */
  matched: number[];
  /** All of them without typos. */
  typoFree: boolean;
  /** All of them in the title fields. */
  title: boolean;
  /** All of them as whole words. */
  exact: boolean;
}

/** How a document matches a plan, in memory: the basis of its score. */
export function rankOf(plan: SearchPlan, tokens: TokenSet): HitRank {
  const matched = plan.units.flatMap((unit, index) => (unitMatches(unit, tokens, 'any', 'anywhere') ? [index] : []));
  const units = matched.map((index) => plan.units[index]);
  return {
    matched,
    typoFree: units.every((unit) => unitMatches(unit, tokens, 'loose', 'anywhere')),
    title: units.length > 0 && units.every((unit) => unitMatches(unit, tokens, 'any', 'title')),
    exact: units.every((unit) => unitMatches(unit, tokens, 'exact', 'anywhere')),
  };
}

/**
 * A relevance score in [0, 1]: the share of the query's weight (units weighed by rarity) matched, lowered a little
 * for typos, for matches inside words and for matches outside the title. A unit that matches no document counts as
 * missed, weighing as much as the heaviest unit.
 */
export function scoreOf(plan: SearchPlan, rank: HitRank): number {
  if (plan.units.length === 0) return 1;
  // A unit that matches nothing is still a word the document lacks: it weighs as much as the heaviest one here.
  const heaviest = Math.max(...plan.units.map((unit) => unit.weight));
  const total = plan.units.reduce((sum, unit) => sum + (unit.weight > 0 ? unit.weight : heaviest), 0);
  const share =
    total > 0
      ? rank.matched.reduce((sum, index) => sum + plan.units[index].weight, 0) / total
      : rank.matched.length / plan.units.length;
  const score = share * (rank.typoFree ? 1 : 0.9) * (rank.title ? 1 : 0.95) * (rank.exact ? 1 : 0.97);
  return Math.round(score * 10_000) / 10_000;
}

/** The words of the query a document contains (plain strings, inner marks removed): what its highlights show. */
export function matchedTokens(plan: SearchPlan, tokens: TokenSet): string[] {
  const found = new Set<string>();
  for (const unit of plan.units) {
    for (const alternative of unit.alternatives) {
      // Only alternatives the document matches whole: 正极 alone is no match for 正极材料 split in two.
      if (!alternative.terms.every((term) => termHolds(term, tokens, 'any', 'anywhere'))) continue;
      for (const term of alternative.terms)
        for (const token of termMatches(term, tokens, 'any', 'anywhere'))
          found.add(token.startsWith(INNER_MARK) ? token.slice(INNER_MARK.length) : token);
    }
  }
  return [...found];
}
