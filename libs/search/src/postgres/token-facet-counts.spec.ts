import { describe, expect, it } from '@jest/globals';
import { ServiceType } from '#core';
import { searchDocument } from '../testing/search-document.fixture.js';
import { facetCodes, toPgSearchRow } from './pg-search-row.js';
import { tokenFacetChanges, tokenFacetGroupingSql, tokenFacetSets } from './token-facet-counts.js';

const stored = (row: ReturnType<typeof toPgSearchRow>) => ({ tokens: row.tokens, document: row.document });

describe('tokenFacetChanges', () => {
  const row = toPgSearchRow(searchDocument());
  const codes = facetCodes(row.document);

  it('counts a new document once per plain word and grouping set, place-marked and filter tokens not', () => {
    const changes = tokenFacetChanges([], [row]);
    const words = new Set(changes.map((change) => change.key[0]));
    expect(words.has('正极')).toBe(true);
    expect(words.has('~锂电')).toBe(true);
    expect([...words].some((word) => /^[\^=@]/.test(word) || word.includes(':'))).toBe(false);
    expect(
      changes.filter((change) => change.key[0] === '正极').map((change) => [...change.key.slice(1), change.delta]),
    ).toEqual(tokenFacetSets(codes).map(([grp, a, b]) => [grp, a, b, 1]));
    // Keys in order: concurrent writers lock the same rows in the same order.
    const keys = changes.map((change) => JSON.stringify(change.key));
    expect(changes.every((change, i) => i === 0 || changes[i - 1].key[0] <= change.key[0])).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('changes nothing for a document written again unchanged, and only the words gained or lost otherwise', () => {
    expect(tokenFacetChanges([stored(row)], [row])).toEqual([]);
    const retitled = toPgSearchRow(searchDocument({ titleZh: `${row.document.titleZh} 检测` }));
    const changes = tokenFacetChanges([stored(row)], [retitled]);
    expect(new Set(changes.map((change) => change.key[0]))).toEqual(new Set(['检测', '~检', '~测']));
    expect(changes.every((change) => change.delta === 1)).toBe(true);
    expect(tokenFacetChanges([stored(retitled)], [row]).every((change) => change.delta === -1)).toBe(true);
  });

  it('moves every word of a document whose facet values change, and keeps its words counted once', () => {
    const retyped = toPgSearchRow(searchDocument({ serviceType: ServiceType.TYPE_TESTING }));
    const changes = tokenFacetChanges([stored(row)], [retyped]);
    // The word's own count (grp 0) and the sets without the service type are unchanged.
    expect(
      changes.filter((change) => change.key[0] === '正极').map((change) => [...change.key.slice(1), change.delta]),
    ).toEqual(
      [
        [1, codes.serviceType, codes.platformLevel, -1],
        [1, facetCodes(retyped.document).serviceType, codes.platformLevel, 1],
      ].sort((x, y) => x[1] - y[1]),
    );
  });

  it('uncounts a removed document', () => {
    const changes = tokenFacetChanges([stored(row)], []);
    expect(changes.length).toBe(tokenFacetChanges([], [row]).length);
    expect(changes.every((change) => change.delta === -1)).toBe(true);
  });
});

describe('tokenFacetGroupingSql', () => {
  it('lists the token count and each grouping set, and reads a row of each as (grp, a, b)', () => {
    const { select, sets } = tokenFacetGroupingSql((field) => field);
    expect(sets).toBe('(), (serviceType, level), (industryDirection, accreditation), (province)');
    expect(select).toContain('WHEN GROUPING(serviceType) = 0 THEN 1 WHEN GROUPING(industryDirection) = 0 THEN 2');
    expect(select).toContain('coalesce(serviceType, industryDirection, province, 0::smallint) AS a');
    expect(select).toContain('coalesce(level, accreditation, 0::smallint) AS b');
  });
});
