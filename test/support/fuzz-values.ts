import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/** A bad value for one place in an operation's variables, and whether it must be refused. */
export interface FuzzCase {
  /** Dotted path inside the variable of the value under test (`slots.0.startsAt`), empty for the variable itself. */
  path: string;
  /** Where `value` goes: `path`, or an ancestor the base left out, filled in with valid values around the bad one. */
  at: string;
  label: string;
  value: unknown;
  /** Must be answered with BAD_USER_INPUT naming `path`; otherwise success or any typed error will do. */
  mustRefuse: boolean;
}

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Values of the classes the outside probe found (issue 11), per scalar type. */
function scalarCases(
  type: string,
  name: string,
  required: boolean,
  owner: string,
): Array<Omit<FuzzCase, 'path' | 'at'>> {
  const refuse = (label: string, value: unknown) => ({ label, value, mustRefuse: true });
  const maybe = (label: string, value: unknown) => ({ label, value, mustRefuse: false });
  switch (type) {
    case 'String': {
      const texts = [
        refuse('a NUL byte', 'a\u0000b'),
        refuse('a lone high surrogate', 'x\ud800'),
        refuse('a lone low surrogate', '\udfffx'),
        refuse('a control character', 'name\u0007'),
        maybe('a very long text', '长'.repeat(20_000)),
        maybe('an emoji and Chinese', '中试 🧪'),
        maybe('right-to-left text', 'مختبر تجريبي עברית'),
        maybe('an empty text', ''),
        maybe('10 000 ASCII characters', 'x'.repeat(10_000)),
      ];
      if (
        required &&
        /^(reason|outcome|name|title|displayName|city|reference|key|category|unit|description)$/.test(name)
      )
        texts.push(refuse('whitespace only', ' \t\n '));
      else texts.push(maybe('whitespace only', ' \t\n '));
      if (name === 'after')
        texts.push(
          // Cursors name their list (`offerings` here): every other list refuses them for that alone.
          refuse('garbage for a cursor', 'not-a-cursor'),
          refuse('a cursor with a foreign id', cursor(['offerings', '1700000000000000', 'not-a-uuid'])),
          refuse(
            'a cursor of the old format',
            cursor(['2026-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
          ),
          refuse('a cursor without its list', cursor(['1700000000000000', '00000000-0000-4000-8000-000000000000'])),
          refuse(
            'a cursor out of range',
            cursor(['offerings', '99999999999999999999', '00000000-0000-4000-8000-000000000000']),
          ),
          refuse('a cursor with extra parts', cursor(['offerings', '1', '00000000-0000-4000-8000-000000000000', 'x'])),
        );
      return texts;
    }
    case 'ID':
      return [
        refuse('a non-UUID id', 'not-a-uuid'),
        refuse('a NUL byte in an id', '\u0000'),
        refuse('an empty id', ''),
      ];
    case 'Int':
      return [
        maybe('the largest Int', 2_147_483_647),
        maybe('zero', 0),
        maybe('a negative Int', -1),
        maybe('the smallest Int', -2_147_483_648),
        refuse('a fraction', 1.5),
      ];
    case 'Float':
      return [
        maybe('1e-7', 1e-7),
        maybe('1e11', 1e11),
        maybe('-1e11', -1e11),
        name === 'lat' || name === 'lng' ? refuse('5e-324 for a coordinate', 5e-324) : maybe('5e-324', 5e-324),
        maybe('the largest double', Number.MAX_VALUE),
        maybe('zero', 0),
        maybe('a negative fraction', -0.5),
        maybe('a third', 1 / 3),
        refuse('a numeric string', '12'),
      ];
    case 'DateTime':
      return [
        refuse('an impossible day', '2027-02-30T00:00:00Z'),
        refuse("JavaScript's earliest date", '-271821-04-20T00:00:00Z'),
        refuse("JavaScript's latest date", '+275760-09-13T00:00:00Z'),
        refuse('a number', 1_700_000_000_000),
        refuse('a date without a time zone', '2026-05-01'),
        refuse('the last second of 9999 west of Greenwich (year 10000 in UTC)', '9999-12-31T23:59:59-01:00'),
        maybe('the last day of 9999', '9999-12-31T00:00:00Z'),
        maybe('the first day of 1900', '1900-01-01T00:00:00Z'),
      ];
    case 'Boolean':
      return [refuse('a string for a boolean', 'true')];
    case 'Money':
      return [
        refuse('three decimals', '1.005'),
        refuse('an exponent', '1e3'),
        refuse('a word', 'abc'),
        refuse('a sum floating point got wrong', 0.1 + 0.2),
        refuse('a number with three decimals', 1.005),
        refuse('14 integer digits', '12345678901234'),
        refuse('a boolean for an amount', true),
        // Only the operator's adjustments at completion may take off; every other amount is a price, budget or cap.
        owner === 'ChargeAdjustmentInput' ? maybe('a negative amount', '-1.00') : refuse('a negative amount', '-1.00'),
        refuse('an amount past every field’s maximum', '9999999999999.99'),
        refuse('a negative beyond every field’s minimum', '-9999999999999.99'),
        maybe('zero', 0),
      ];
    default:
      return [];
  }
}

/** Every bad value for every place under `type`, given the variable's valid value `base`. */
export function fuzzCases(
  type: GraphQLInputType,
  base: unknown,
  path = '',
  name = '',
  /** The input object type the value is a field of. */
  owner = '',
): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const add = (c: Omit<FuzzCase, 'at'>) => cases.push({ ...c, at: c.path });
  if (!isNonNullType(type) && path) add({ path, label: 'an explicit null', value: null, mustRefuse: false });
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const items = Array.isArray(base) ? base : [];
    if (items.length > 0) {
      add({ path, label: 'a duplicate item', value: [items[0], ...items], mustRefuse: false });
      add({ path, label: 'an empty list', value: [], mustRefuse: false });
    }
    cases.push(...fuzzCases(inner.ofType, items[0], join(path, '0'), name, owner));
    return cases;
  }
  if (isInputObjectType(inner)) {
    if (path) add({ path, label: 'a string for an object', value: 'x', mustRefuse: true });
    // An object the base leaves out is filled with valid values, so each bad value is the only thing wrong in it.
    const present = base !== undefined && base !== null;
    const object = present ? base : sampleInput(inner);
    const inside: FuzzCase[] = Object.values(inner.getFields()).flatMap((field) =>
      fuzzCases(
        field.type,
        (object as Record<string, unknown>)[field.name],
        join(path, field.name),
        field.name,
        inner.name,
      ),
    );
    if (path) {
      const unknown = join(path, 'unknownField');
      inside.push({ path: unknown, at: unknown, label: 'an unknown field', value: 1, mustRefuse: true });
    }
    for (const c of inside) {
      if (present) cases.push(c);
      else cases.push({ ...c, at: path, value: withValueAt(object, c.at.slice(path ? path.length + 1 : 0), c.value) });
    }
    return cases;
  }
  if (isEnumType(inner)) {
    add({ path, label: 'an unknown enum value', value: 'NOT_A_VALUE', mustRefuse: true });
    return cases;
  }
  if (isScalarType(inner))
    for (const c of scalarCases(inner.name, name, isNonNullType(type), owner)) add({ ...c, path });
  return cases;
}

/** Valid-looking values for the required fields of an input object. */
export function sampleInput(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleInput(type.ofType);
  if (isListType(type)) return [sampleInput(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleInput(f.type)]),
    );
  if (isScalarType(type))
    return (
      {
        Int: 1,
        Float: 1.5,
        Boolean: false,
        DateTime: '2030-01-01T00:00:00Z',
        Money: '100.00',
        ID: '00000000-0000-4000-8000-000000000001',
      }[type.name] ?? 'x'
    );
  return null;
}

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/** `base` with `value` placed at `path` (lists grow to hold an index). */
export function withValueAt(base: unknown, path: string, value: unknown): unknown {
  if (!path) return value;
  const [head, ...rest] = path.split('.');
  const container: Record<string, unknown> | unknown[] = Array.isArray(base)
    ? [...base]
    : base && typeof base === 'object'
      ? { ...(base as Record<string, unknown>) }
      : /^\d+$/.test(head)
        ? []
        : {};
  const current = (container as Record<string, unknown>)[head];
  (container as Record<string, unknown>)[head] = withValueAt(current, rest.join('.'), value);
  return container;
}

export const namedTypeName = (type: GraphQLInputType) => getNamedType(type).name;
