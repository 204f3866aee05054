import { describe, expect, it } from '@jest/globals';
import type { DocumentCriteria } from '../postgres/search-criteria.js';
import { withinSet } from './postgres-search.engine.js';

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
