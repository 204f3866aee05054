import { describe, expect, it } from '@jest/globals';
import type { DocumentCriteria } from '../postgres/search-criteria.js';
import { walkRows, withinSet } from './postgres-search.engine.js';

describe('withinSet', () => {
  const base: DocumentCriteria = {
    filter: { anyOf: [['st:SCALE_UP']] },
    text: [],
    oneOf: [
      { units: [], mode: 'any', place: 'anywhere' },
      { units: [], mode: 'any', place: 'anywhere' },
    ],
  };

  it("drops base's text when holding the set implies matching one of the universe's sets", () => {
    expect(withinSet(base, [[0], [1, 2]], [1, 2, 3])).toEqual({ filter: base.filter, text: [] });
    expect(withinSet(base, [[0], [1, 2]], [0])).toEqual({ filter: base.filter, text: [] });
  });

  it('keeps base whole for a set that holds none of them (a lighter set the result cap left out)', () => {
    expect(withinSet(base, [[0], [1, 2]], [1, 3])).toBe(base);
  });
});

describe('walkRows', () => {
  const unfiltered = { anyOf: [] };
  const documents = 90_110;

  it('walks nothing for a set expected to hold less than 5 % of the documents', () => {
    expect(walkRows(4_505, documents, 20, unfiltered)).toBe(0);
  });

  it("covers twice the expected rank of the page's last document when nothing but words restricts the set", () => {
    // 型式试验 at 100 000 offerings: a bucket of 5 430, its 20th document at rank 411 of the rating order.
    expect(walkRows(5_430, documents, 20, unfiltered)).toBe(664);
  });

  it('keeps to 400 rows at least and 1 600 at most', () => {
    expect(walkRows(43_102, documents, 20, unfiltered)).toBe(400);
    expect(walkRows(4_506, documents, 100, unfiltered)).toBe(1_600);
  });

  it('stays at 400 rows when a filter restricts the set (the estimate does not know its share)', () => {
    expect(walkRows(5_430, documents, 20, { anyOf: [['lv:NATIONAL']] })).toBe(400);
    expect(walkRows(5_430, documents, 20, { anyOf: [], maxPrice: 100 })).toBe(400);
  });
});
