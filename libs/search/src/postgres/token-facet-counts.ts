import type { FacetField } from '../search-document.js';
import { facetCodes, isPlaceMarked, isVocabularyToken, LOCATION_MARK, type FacetCodes } from './pg-search-row.js';
import type { StoredDocument } from './pg-search-row.js';

/**
 * The grouping sets facets are counted in: PostgreSQL pays per row for each set (a hash table each), about as much
 * as the scan of a large result for two of them, so facets of few values are counted in pairs (at most 40 and 200
 * groups) and summed per facet in memory. The first set's rows sum to the total.
 */
export const FACET_GROUPS: ReadonlyArray<readonly FacetField[]> = [
  ['serviceType', 'level'],
  ['industryDirection', 'accreditation'],
  ['province'],
];

/**
 * Counts kept per common token (search_token_facet): for each token that a full re-index found in at least
 * TRACKED_TOKEN_SHARE of the documents (a "tracked" token, which then keeps its rows until the next one), the documents
 * holding it per grouping set of FACET_GROUPS and its codes: `grp` 0 with codes (0, 0) is the token's document count,
 * kept even at 0 (it marks the token as tracked); `grp` k + 1 is FACET_GROUPS[k], `a` and `b` the codes of its first and
 * second facet (0 when it has one). Kept in the transaction of every document change, like search_facet_count, so the
 * facets of a one-word search are the rows of its commonest tracked word plus a scan of the rest of its matches only.
 */
export const TRACKED_TOKEN_SHARE = 0.02;

/** The key of a token-facet count: term, grp, a, b. */
export type TokenFacetKey = readonly [string, number, number, number];

const CODE_OF: Record<FacetField, keyof FacetCodes> = {
  serviceType: 'serviceType',
  industryDirection: 'industryDirection',
  province: 'province',
  level: 'platformLevel',
  accreditation: 'accreditations',
};

/** (grp, a, b) of each grouping set a document with these codes counts in, the token's own count first. */
export function tokenFacetSets(codes: FacetCodes): Array<readonly [number, number, number]> {
  return [
    [0, 0, 0],
    ...FACET_GROUPS.map(
      (group, k) => [k + 1, codes[CODE_OF[group[0]]], group[1] ? codes[CODE_OF[group[1]]] : 0] as const,
    ),
  ];
}

/**
 * The same sets in SQL, counted in one pass over a token's documents (`GROUP BY GROUPING SETS`, one hash table each:
 * several times cheaper than a row per set): the select list of (grp, a, b) and the grouping sets. The facet columns
 * are NOT NULL, so a set's codes are the non-null ones of its row.
 */
export function tokenFacetGroupingSql(column: (field: FacetField) => string): { select: string; sets: string } {
  const grp = FACET_GROUPS.map((group, k) => `WHEN GROUPING(${column(group[0])}) = 0 THEN ${k + 1}`).join(' ');
  const codes = (position: 0 | 1) =>
    `coalesce(${FACET_GROUPS.flatMap((group) => (group[position] ? [column(group[position])] : [])).join(', ')}, 0::smallint)`;
  return {
    select: `(CASE ${grp} ELSE 0 END)::smallint AS grp, ${codes(0)} AS a, ${codes(1)} AS b`,
    sets: ['()', ...FACET_GROUPS.map((group) => `(${group.map(column).join(', ')})`)].join(', '),
  };
}

/** Tokens a count may be kept for: words, plain (facets count documents matching anywhere). */
const countable = (token: string) =>
  isVocabularyToken(token) && !isPlaceMarked(token) && !token.startsWith(LOCATION_MARK);

/**
 * How the token-facet counts change when `before` documents are replaced by `after` ones (a removal: in `before`
 * only), for every countable token (the statement keeps those of tracked tokens). A document whose facet codes stay
 * changes only the counts of the tokens it gains or loses. Non-zero changes only, sorted by key.
 */
export function tokenFacetChanges(
  before: readonly StoredDocument[],
  after: ReadonlyArray<StoredDocument & { id: string }>,
): Array<{ key: TokenFacetKey; delta: number }> {
  const deltas = new Map<string, number>();
  const add = (tokens: Iterable<string>, codes: FacetCodes, sign: 1 | -1) => {
    const sets = tokenFacetSets(codes);
    for (const token of tokens) {
      if (!countable(token)) continue;
      for (const [grp, a, b] of sets) {
        const key = JSON.stringify([token, grp, a, b]);
        deltas.set(key, (deltas.get(key) ?? 0) + sign);
      }
    }
  };
  const previous = new Map(before.map((stored) => [stored.document.id, stored]));
  for (const next of after) {
    const old = previous.get(next.id);
    previous.delete(next.id);
    const codes = facetCodes(next.document);
    if (!old) {
      add(next.tokens, codes, 1);
      continue;
    }
    const oldCodes = facetCodes(old.document);
    if (Object.entries(codes).every(([field, code]) => oldCodes[field as keyof FacetCodes] === code)) {
      const kept = new Set(old.tokens);
      const now = new Set(next.tokens);
      add(
        next.tokens.filter((token) => !kept.has(token)),
        codes,
        1,
      );
      add(
        old.tokens.filter((token) => !now.has(token)),
        codes,
        -1,
      );
    } else {
      add(old.tokens, oldCodes, -1);
      add(next.tokens, codes, 1);
    }
  }
  for (const removed of previous.values()) add(removed.tokens, facetCodes(removed.document), -1);
  return [...deltas.entries()]
    .filter(([, delta]) => delta !== 0)
    .map(([key, delta]) => ({ key: JSON.parse(key) as TokenFacetKey, delta }))
    .sort((x, y) => compareKeys(x.key, y.key));
}

function compareKeys(x: TokenFacetKey, y: TokenFacetKey): number {
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  return x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
}
