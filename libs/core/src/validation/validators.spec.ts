import { describe, expect, it } from '@jest/globals';
import { unsafeTextFields } from '../errors/validation.pipe.js';
import { decimalPlaces, isPhone, nameProblem } from './validators.js';

describe('decimalPlaces', () => {
  it.each([
    [12, 0],
    [0.25, 2],
    [80000.5, 1],
    [1e-7, 7],
    [1.5e-7, 8],
    [5e-324, 324],
    [1e21, 0],
    [0.1 + 0.2, 17],
  ])('%p has %p decimals', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });
});

describe('unsafeTextFields', () => {
  it('names every string that is not plain text, by its path', () => {
    expect(
      unsafeTextFields(
        { name: 'ok\n\ttext 中试 🧪', specifications: [{ key: 'a\u0000' }, { value: 'x\ud800' }], n: 5 },
        '',
      ),
    ).toEqual([
      { field: 'specifications.0.key', message: 'key must not contain control characters such as NUL' },
      {
        field: 'specifications.1.value',
        message: 'value must be valid Unicode text (it holds half of a surrogate pair)',
      },
    ]);
    expect(unsafeTextFields('bad\u0007', 'reason')).toEqual([
      { field: 'reason', message: 'reason must not contain control characters such as NUL' },
    ]);
  });
});

describe('nameProblem', () => {
  it.each(['中试基地', 'Ångström', '👩\u200d🔬', 'مختبر', ' x '])('accepts %p', (name) => {
    expect(nameProblem(name)).toBeNull();
  });
  it.each(['', '   ', '\u200b', '\u3164', '\u2800', '\u0301', '\ufeff', '\u00ad'])(
    'finds nothing visible in %p',
    (name) => {
      expect(nameProblem(name)).toBe('must contain at least one visible character');
    },
  );
  it.each(['a\u202a', 'a\u202e', 'a\u2066', 'a\u2069'])('refuses the bidi control in %p', (name) => {
    expect(nameProblem(name)).toMatch(/bidirectional control characters/);
  });
});

describe('isPhone', () => {
  it.each([
    '12315',
    '0512-62881234',
    '+86 (512) 6288-1234',
    '400-820-8820 转 802',
    '025 8479 1234 ext. 12',
    '010-1234x5',
  ])('accepts %p', (phone) => expect(isPhone(phone)).toBe(true));
  it.each(['abc', '1234', '+++++', '12-34', '0512-abc-1234', '1'.repeat(31), '12345 ext', '12345转'])(
    'refuses %p',
    (phone) => expect(isPhone(phone)).toBe(false),
  );
});
