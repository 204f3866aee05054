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
  /** Dotted path inside the variable (`slots.0.startsAt`), empty for the variable itself. */
  path: string;
  label: string;
  value: unknown;
  /** Must be answered with BAD_USER_INPUT naming `path`; otherwise success or any typed error will do. */
  mustRefuse: boolean;
}

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Values of the classes the outside probe found (issue 11), per scalar type. */
function scalarCases(type: string, name: string): Array<Omit<FuzzCase, 'path'>> {
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
      ];
      if (/^(reason|outcome|name|title|displayName|city|message|reference|key|category|unit)$/.test(name))
        texts.push(refuse('whitespace only', ' \t\n '));
      if (name === 'after')
        texts.push(
          refuse('garbage for a cursor', 'not-a-cursor'),
          refuse('a cursor with a foreign id', cursor(['1700000000000000', 'not-a-uuid'])),
          refuse(
            'a cursor of the old format',
            cursor(['2026-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
          ),
          refuse('a cursor out of range', cursor(['99999999999999999999', '00000000-0000-4000-8000-000000000000'])),
          refuse('a cursor with extra parts', cursor(['1', '00000000-0000-4000-8000-000000000000', 'x'])),
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
      return [maybe('the largest Int', 2_147_483_647), maybe('a negative Int', -1), refuse('a fraction', 1.5)];
    case 'Float':
      return [
        maybe('1e-7', 1e-7),
        maybe('1e11', 1e11),
        maybe('-1e11', -1e11),
        maybe('5e-324', 5e-324),
        maybe('the largest double', Number.MAX_VALUE),
        refuse('a numeric string', '12'),
      ];
    case 'DateTime':
      return [
        refuse('an impossible day', '2027-02-30T00:00:00Z'),
        refuse("JavaScript's earliest date", '-271821-04-20T00:00:00Z'),
        refuse("JavaScript's latest date", '+275760-09-13T00:00:00Z'),
        refuse('a number', 1_700_000_000_000),
        refuse('a date without a time zone', '2026-05-01'),
      ];
    case 'Boolean':
      return [refuse('a string for a boolean', 'true')];
    default:
      return [];
  }
}

/** Every bad value for every place under `type`, given the variable's valid value `base`. */
export function fuzzCases(type: GraphQLInputType, base: unknown, path = '', name = ''): FuzzCase[] {
  const cases: FuzzCase[] = [];
  if (!isNonNullType(type) && path) cases.push({ path, label: 'an explicit null', value: null, mustRefuse: false });
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const items = Array.isArray(base) ? base : [];
    cases.push(...fuzzCases(inner.ofType, items[0], join(path, '0'), name));
    return cases;
  }
  if (isInputObjectType(inner)) {
    if (path) cases.push({ path, label: 'a string for an object', value: 'x', mustRefuse: true });
    const fields = Object.values(inner.getFields());
    for (const field of fields) {
      const value = base && typeof base === 'object' ? (base as Record<string, unknown>)[field.name] : undefined;
      cases.push(...fuzzCases(field.type, value, join(path, field.name), field.name));
    }
    if (path) cases.push({ path: join(path, 'unknownField'), label: 'an unknown field', value: 1, mustRefuse: true });
    return cases;
  }
  if (isEnumType(inner))
    return [...cases, { path, label: 'an unknown enum value', value: 'NOT_A_VALUE', mustRefuse: true }];
  if (isScalarType(inner)) return [...cases, ...scalarCases(inner.name, name).map((c) => ({ ...c, path }))];
  return cases;
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
