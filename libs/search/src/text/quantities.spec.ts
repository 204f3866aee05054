import { describe, expect, it } from '@jest/globals';
import { parseQuery } from '../postgres/pg-query-plan.js';
import { quantityFormsOf } from './quantities.js';
import { meiliQueryText } from './synonyms.js';
import { queryWords } from './tokenize.js';

const formsOf = (query: string) => quantityFormsOf(queryWords(query).words);
const tokensOf = (query: string) =>
  parseQuery(query)[0].alternatives.map((alternative) => alternative.terms.map((term) => term.token).join(' '));

describe('a size typed in another unit', () => {
  it('is also the size in its symbol and in the unit sizes are written in', () => {
    expect(formsOf('1.2米')).toEqual(['1.2 m', '1200 mm']);
    expect(formsOf('0.5吨')).toEqual(['0.5 t', '500 kg']);
    expect(formsOf('500升')).toEqual(['500 L']);
    expect(formsOf('3米')).toEqual(['3 m', '3000 mm']);
    expect(formsOf('120cm')).toEqual(['1200 mm']);
    expect(formsOf('2立方')).toEqual(['2 m³', '2000 L']);
    expect(formsOf('八百毫米')).toEqual(['800 mm']);
    expect(formsOf('一点二米')).toEqual(['1.2 m', '1200 mm']);
    // Every unit of the conversions is read as a unit after a value, the Chinese ones too.
    expect(formsOf('5瓦')).toEqual(['5 W', '0.005 kW']);
  });

  it('leaves alone what is no size or already as written: digits apart, a size in its own unit, no unit', () => {
    expect(formsOf('1 2米')).toBeUndefined();
    expect(formsOf('1200 mm')).toBeUndefined();
    expect(formsOf('1200mm')).toBeUndefined();
    expect(formsOf('IEC 61215')).toBeUndefined();
    expect(formsOf('85℃')).toBeUndefined();
    expect(formsOf('5G')).toBeUndefined();
  });

  it('is one unit of PostgreSQL matched by any of its forms, and sent to Meilisearch as its forms', () => {
    expect(tokensOf('1.2米狭缝涂布机')).toEqual(['1 2 米', '1 2 m', '1200 mm']);
    expect(meiliQueryText('1.2米狭缝涂布机')).toBe('1.2 m 1200 mm狭缝涂布机 ');
    expect(meiliQueryText('500升搪瓷釜')).toBe('500 L搪瓷釜 ');
  });
});
