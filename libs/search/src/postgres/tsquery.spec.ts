import { describe, expect, it } from '@jest/globals';
import { allOf, anyLexeme, disjuncts, lexeme, oneOf, singleLexeme, without } from './tsquery.js';

describe('tsquery text', () => {
  it('quotes lexemes and doubles quotes and backslashes, so a value cannot become an operator', () => {
    expect(lexeme('正极')).toBe("'正极'");
    expect(lexeme("it's")).toBe("'it''s'");
    expect(lexeme('a\\')).toBe("'a\\\\'");
    expect(lexeme("x' | 'y")).toBe("'x'' | ''y'");
    expect(() => lexeme('')).toThrow(RangeError);
  });

  it('writes any-of with prefixes, and AND/OR groups in parentheses', () => {
    expect(anyLexeme(['cathode'])).toBe("'cathode'");
    expect(anyLexeme(['a', 'b', 'a'], ['cath'])).toBe("( 'a' | 'b' | 'cath':* )");
    expect(anyLexeme([])).toBeNull();
    expect(allOf(["'a'", "( 'b' | 'c' )"])).toBe("( 'a' & ( 'b' | 'c' ) )");
    expect(oneOf(["'a'"])).toBe("'a'");
    expect(() => allOf([])).toThrow(RangeError);
  });

  it('lists the parts of a disjunction, nested ones flattened, each once; anything else is its own only part', () => {
    const testing = oneOf([
      anyLexeme(['testing'], ['test'])!,
      anyLexeme(['tests', 'test'])!,
      anyLexeme(['检测', '~检测'])!,
    ]);
    expect(disjuncts(testing)).toEqual(["'testing'", "'test':*", "'tests'", "'test'", "'检测'", "'~检测'"]);
    const split = oneOf([allOf(["'锂电'", "'池'"]), "'锂电池'"]);
    expect(disjuncts(split)).toEqual(["( '锂电' & '池' )", "'锂电池'"]);
    expect(disjuncts(allOf(["'a'", "( 'b' | 'c' )"]))).toEqual(["( 'a' & ( 'b' | 'c' ) )"]);
    expect(disjuncts("'a'")).toEqual(["'a'"]);
    // Operators and parentheses inside lexemes are text.
    expect(disjuncts(anyLexeme(["x' | 'y", 'a(b', 'c)'])!)).toEqual(["'x'' | ''y'", "'a(b'", "'c)'"]);
  });

  it('reads back the token of a one-lexeme query only, and excludes a token', () => {
    expect(singleLexeme(lexeme('检测'))).toBe('检测');
    expect(singleLexeme(lexeme("it's"))).toBe("it's");
    expect(singleLexeme(lexeme('a\\'))).toBe('a\\');
    expect(singleLexeme("'test':*")).toBeNull();
    expect(singleLexeme("( 'a' | 'b' )")).toBeNull();
    expect(singleLexeme("( 'a' & 'b' )")).toBeNull();
    expect(singleLexeme("'a' | 'b'")).toBeNull();
    expect(without("( 'a' | 'b' )", 'a')).toBe("( ( 'a' | 'b' ) & !'a' )");
  });
});
