import { describe, expect, it } from '@jest/globals';
import { variableFieldErrors, withInputFields } from './input-errors.js';

describe('variableFieldErrors', () => {
  it.each([
    [
      'Variable "$input" got invalid value "x" at "input.slots[0].startsAt"; Expected type "DateTime". DateTime names a day that does not exist: 2027-02-30',
      'slots.0.startsAt',
    ],
    [
      'Variable "$input" got invalid value { unit: "L" } at "input.scale"; Field "max" of required type "Float!" was not provided.',
      'scale.max',
    ],
    [
      'Variable "$input" got invalid value { admin: true }; Field "admin" is not defined by type "RegisterInput".',
      'admin',
    ],
    [
      'Variable "$filter" got invalid value "X" at "filter.levels[1]"; Value "X" does not exist in "PlatformLevel" enum.',
      'filter.levels.1',
    ],
    ['Variable "$first" got invalid value 1.5; Int cannot represent non-integer value: 1.5', 'first'],
    ['Variable "$id" of required type "ID!" was not provided.', 'id'],
  ])('names the field of %s', (message, field) => {
    expect(variableFieldErrors(message)?.map((f) => f.field)).toEqual([field]);
  });

  it('leaves other errors alone', () => {
    expect(variableFieldErrors('Cannot query field "x" on type "Query".')).toBeUndefined();
  });

  it('drops "did you mean" hints when suggestions are off, from the message and the fields', () => {
    const error = withInputFields(
      {
        message:
          'Variable "$f" got invalid value "NATIONL" at "f.levels[0]"; Value "NATIONL" does not exist in "PlatformLevel" enum. Did you mean the enum value "NATIONAL"?',
        extensions: { code: 'BAD_USER_INPUT' },
      },
      { suggestions: false },
    );
    expect(JSON.stringify(error)).not.toMatch(/Did you mean|NATIONAL"/);
    expect(error.extensions?.fields).toEqual([
      { field: 'f.levels.0', message: 'Value "NATIONL" does not exist in "PlatformLevel" enum' },
    ]);
  });
});
