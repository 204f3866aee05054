import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { literalFieldErrors, variableFieldErrors, withInputFields } from './input-errors.js';

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

describe('literalFieldErrors', () => {
  const schema = buildSchema(`
    scalar DateTime
    input SlotInput { startsAt: String!, endsAt: String! }
    input PublishInput { equipmentId: ID!, slots: [SlotInput!]! }
    type Query { report(province: String!, periodStart: Int!): String, publish(input: PublishInput!): String }
  `);
  const fieldsOf = (query: string) => validate(schema, parse(query)).map((error) => literalFieldErrors(error));

  it('names a bad argument literal by the argument, with the reason', () => {
    expect(fieldsOf('{ report(province: "32", periodStart: "x") }')).toEqual([
      [{ field: 'periodStart', message: 'Int cannot represent non-integer value: "x"' }],
    ]);
  });

  it('names a literal inside the input argument by its path, list indexes included, as for variables', () => {
    expect(
      fieldsOf(
        '{ publish(input: { equipmentId: "e", slots: [{ startsAt: "a", endsAt: "b" }, { startsAt: 5, endsAt: "c" }] }) }',
      ),
    ).toEqual([[{ field: 'slots.1.startsAt', message: 'String cannot represent a non string value: 5' }]]);
    expect(fieldsOf('{ publish(input: { equipmentId: "e", slots: [{ endsAt: "b" }] }) }')).toEqual([
      [{ field: 'slots.0.startsAt', message: 'Field "startsAt" of required type "String!" was not provided' }],
    ]);
  });

  it('leaves errors that are not about a literal alone', () => {
    expect(fieldsOf('{ report(province: "32") }')).toEqual([undefined]);
  });
});
