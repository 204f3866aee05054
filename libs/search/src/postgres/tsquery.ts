/**
 * tsquery text for the PostgreSQL engine's inverted index (`terms tsvector`, GIN). The text conditions of a search
 * (words, typos, prefixes) become one tsquery and each filter group (values, days, geo cells) one more, all of them
 * conditions on ix_search_document_terms, which evaluates them in one bitmap scan (scan keys of one index scan): never
 * per-row filters that would de-TOAST `terms` for every candidate row.
 * The text is passed as a parameter and cast with `::tsquery`, which takes lexemes as written (no dictionary).
 */
export type TsQuery = string;

/** A lexeme, quoted; quotes and backslashes doubled as tsquery input requires. */
export function lexeme(token: string): TsQuery {
  if (token.length === 0) throw new RangeError('lexeme: empty token');
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Any of these lexemes, or of the lexemes starting with one of `prefixes`; null when there are none. */
export function anyLexeme(tokens: readonly string[], prefixes: readonly string[] = []): TsQuery | null {
  const parts = [...new Set(tokens)].map(lexeme);
  for (const prefix of new Set(prefixes)) parts.push(`${lexeme(prefix)}:*`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : `( ${parts.join(' | ')} )`;
}

export function allOf(parts: readonly TsQuery[]): TsQuery {
  if (parts.length === 0) throw new RangeError('allOf: nothing to combine');
  return parts.length === 1 ? parts[0] : `( ${parts.join(' & ')} )`;
}

export function oneOf(parts: readonly TsQuery[]): TsQuery {
  if (parts.length === 0) throw new RangeError('oneOf: nothing to combine');
  return parts.length === 1 ? parts[0] : `( ${parts.join(' | ')} )`;
}
