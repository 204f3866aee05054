import { ALTERNATIVE_JOIN, parseQuery, type PlanUnit } from '../postgres/pg-query-plan.js';
import { normalizeText, queryWords } from '../text/tokenize.js';

/**
 * A query text as unmatchedWords reads it: its units (`parseQuery`) and its words as typed. A pure function of the
 * text, so the PostgreSQL engine keeps it with the text's analysis (QueryAnalysisCache) instead of analysing the text
 * again for every search (the 500-character query: ≈ 1 ms of the API thread per search).
 */
export interface TypedQuery {
  readonly text: string | undefined;
  readonly units: readonly PlanUnit[];
  /** A run of normalized words as it was typed (typedForms), its index built on first use. */
  typedForm(words: readonly string[]): string;
}

export function typedQuery(text: string | undefined, units: readonly PlanUnit[] = parseQuery(text)): TypedQuery {
  let typed: ((words: readonly string[]) => string) | undefined;
  return { text, units, typedForm: (words) => (typed ??= typedForms(text ?? ''))(words) };
}

/**
 * The contract's `unmatchedWords`, shared by both engines: the query's words after stop words (its units, as
 * `parseQuery` reads them: the first ten words, synonym runs, alternatives, models) whose unit no hit of the returned
 * page matched, as the user typed them, each once, in query order. A word counts as matched when its unit did, by any
 * of its alternatives (a synonym, either of A或B, a typo): `matchedUnits` holds the texts of the units matched.
 */
export function unmatchedWords(query: TypedQuery, matchedUnits: ReadonlySet<string>): string[] {
  if (!query.text?.trim()) return [];
  const { units } = query;
  const found = new Set(units.filter((unit) => matchedUnits.has(unit.text)).flatMap((unit) => wordsOf(unit.text)));
  const missing: string[] = [];
  // Each side of an alternative (A | B) apart; a run read as one term (scale up, 正极 材料) as one, typed as it was.
  for (const unit of units)
    if (!matchedUnits.has(unit.text))
      for (const side of unit.text.split(` ${ALTERNATIVE_JOIN} `)) {
        const words = wordsOf(side);
        if (words.every((word) => found.has(word))) continue;
        const form = query.typedForm(words);
        if (!missing.includes(form)) missing.push(form);
      }
  return missing;
}

const wordsOf = (text: string) => text.split(' ').filter((word) => word && word !== ALTERNATIVE_JOIN);

/**
 * A run of normalized query words (or a model's one word) as it was typed: the typed characters from its first word's
 * start to its last word's end. NFKC, case and simplification map a typed character to characters of their own, so
 * the normalized offsets map back to the typed text when normalizing the characters one by one gives the whole
 * text's normalization; else (or for a run not found) the normalized words are shown.
 */
function typedForms(query: string): (words: readonly string[]) => string {
  const chars = Array.from(query);
  const starts: number[] = [];
  let normalized = '';
  for (const char of chars) {
    starts.push(normalized.length);
    normalized += normalizeText(char);
  }
  const { words, models } = queryWords(query);
  const exact = normalized === normalizeText(query);
  const typedBetween = (start: number, end: number) => {
    const from = starts.findIndex((offset) => offset >= start);
    const to = starts.findIndex((offset) => offset >= end);
    return chars.slice(from, to === -1 ? chars.length : to).join('');
  };
  return (run) => {
    if (!exact) return run.join(' ');
    const model = run.length === 1 ? models.find((m) => m.key === run[0]) : undefined;
    if (model) return typedBetween(model.start, model.end);
    for (let i = 0; i + run.length <= words.length; i += 1)
      if (run.every((word, j) => words[i + j].text === word))
        return typedBetween(words[i].end - words[i].text.length, words[i + run.length - 1].end);
    return run.join(' ');
  };
}
