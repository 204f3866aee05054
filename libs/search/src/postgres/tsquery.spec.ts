import { describe, expect, it } from '@jest/globals';
import { allOf, anyLexeme, lexeme, oneOf } from './tsquery.js';

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
});
