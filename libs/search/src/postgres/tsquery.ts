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

/**
 * The parts of a disjunction as oneOf/anyLexeme write it, nested disjunctions flattened, each once: `( a | ( b | c ) )`
 * gives a, b, c; anything else (a lexeme, a conjunction) is its own only part. Their union matches what the whole does.
 */
export function disjuncts(query: TsQuery): TsQuery[] {
  const parts = topLevel(query, '|');
  return parts.length === 1 ? parts : [...new Set(parts.flatMap(disjuncts))];
}

/** The operands of `( x op y op … )` at its top level; [query] when it is not such a group. */
function topLevel(query: TsQuery, op: '|' | '&'): TsQuery[] {
  if (!query.startsWith('( ') || !query.endsWith(' )')) return [query];
  const inner = query.slice(2, -2);
  const parts: TsQuery[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < inner.length; i += 1) {
    const char = inner[i];
    // Inside a lexeme a quote is doubled (lexeme()): the pair closes and reopens the quote, which comes to the same.
    if (char === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      // `( a ) & ( b )` is no group of its own: its first parenthesis closes before the end.
      if (depth < 0) return [query];
    } else if (depth === 0 && inner.startsWith(` ${op} `, i - 1) && inner[i] === op) {
      parts.push(inner.slice(start, i - 1));
      start = i + 2;
    } else if (depth === 0 && (char === '|' || char === '&') && char !== op) return [query];
  }
  parts.push(inner.slice(start));
  return parts;
}

/** The token of a query that is one lexeme, matched whole (no prefix); null for anything else. */
export function singleLexeme(query: TsQuery): string | null {
  const match = /^'((?:[^'\\]|''|\\\\)+)'$/.exec(query);
  return match ? match[1].replace(/''/g, "'").replace(/\\\\/g, '\\') : null;
}

/** The documents matching `query` without `token`. */
export const without = (query: TsQuery, token: string): TsQuery => allOf([query, `!${lexeme(token)}`]);
