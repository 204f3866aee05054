import { ALTERNATIVE_JOIN, parseQuery } from '../postgres/pg-query-plan.js';
import { normalizeText, queryWords } from '../text/tokenize.js';

/**
 * The contract's `unmatchedWords`, shared by both engines: the query's words after stop words (its units, as
 * `parseQuery` reads them: the first ten words, synonym runs, alternatives, models) whose unit no hit of the returned
 * page matched, as the user typed them, each once, in query order. A word counts as matched when its unit did, by any
 * of its alternatives (a synonym, either of A或B, a typo): `matchedUnits` holds the texts of the units matched.
 */
export function unmatchedWords(query: string | undefined, matchedUnits: ReadonlySet<string>): string[] {
  if (!query?.trim()) return [];
  const typed = typedForms(query);
  const found = new Set<string>();
  const missing: string[] = [];
  const units = parseQuery(query);
  for (const unit of units) if (matchedUnits.has(unit.text)) for (const word of wordsOf(unit.text)) found.add(word);
  for (const unit of units) {
    if (matchedUnits.has(unit.text)) continue;
    for (const word of wordsOf(unit.text)) if (!found.has(word) && !missing.includes(word)) missing.push(word);
  }
  return [...new Set(missing.map((word) => typed.get(word) ?? word))];
}

const wordsOf = (unitText: string) => unitText.split(' ').filter((word) => word && word !== ALTERNATIVE_JOIN);

/**
 * Each normalized query word (and model) with the text it was typed as: NFKC, case and simplification map a typed
 * character to characters of their own, so the normalized offsets of `queryWords` map back to the typed text when
 * normalizing the characters one by one gives the whole text's normalization (else the normalized word is shown).
 */
function typedForms(query: string): Map<string, string> {
  const chars = Array.from(query);
  const starts: number[] = [];
  let normalized = '';
  for (const char of chars) {
    starts.push(normalized.length);
    normalized += normalizeText(char);
  }
  const forms = new Map<string, string>();
  if (normalized !== normalizeText(query)) return forms;
  const typedBetween = (start: number, end: number) => {
    const from = starts.findIndex((offset) => offset >= start);
    const to = starts.findIndex((offset) => offset >= end);
    return chars.slice(from, to === -1 ? chars.length : to).join('');
  };
  const { words, models } = queryWords(query);
  for (const word of words)
    if (!forms.has(word.text)) forms.set(word.text, typedBetween(word.end - word.text.length, word.end));
  for (const model of models) if (!forms.has(model.key)) forms.set(model.key, typedBetween(model.start, model.end));
  return forms;
}
