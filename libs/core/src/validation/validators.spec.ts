import { describe, expect, it } from '@jest/globals';
import { unsafeTextFields } from '../errors/validation.pipe.js';
import { decimalPlaces } from './validators.js';

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
