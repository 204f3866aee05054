import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { rememberValidationRuleLookups } from '../validation/rule-lookup-cache.js';
import { CoreError, type FieldError } from './domain-error.js';

/** Flattens class-validator's tree into `{ field, message }` pairs with dotted paths (`slots.0.startsAt`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^\S+\s/, `${error.property} `),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

// NUL and the other C0/DEL controls (tab, line feed and carriage return are text), and UTF-16 halves without their
// pair: PostgreSQL refuses the first, cannot encode the second, and neither belongs in anything a person typed.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// U+FFFE, U+FFFF and the other code points Unicode keeps out of interchange: XML cannot carry the first two, so one
// in a name made every XLSX export and report that shows it a file that no longer opens.
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

/** Every string in an argument value that is not plain text, with its path (`specifications.0.value`). */
export function unsafeTextFields(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const field = path || 'input';
    // A value of a list is named by its list (`provinces.1` → provinces), as class-validator's `each` rules do.
    const name =
      field
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .at(-1) ?? field;
    if (CONTROL.test(value)) return [{ field, message: `${name} must not contain control characters such as NUL` }];
    if (LONE_SURROGATE.test(value))
      return [{ field, message: `${name} must be valid Unicode text (it holds half of a surrogate pair)` }];
    if (NONCHARACTER.test(value))
      return [{ field, message: `${name} must not contain Unicode noncharacters such as U+FFFF` }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeTextFields(item, join(path, String(index))));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, item]) => unsafeTextFields(item, join(path, key)));
  return [];
}

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/**
 * The one global pipe: refuses text that is not text (control characters, broken Unicode) in any argument, strips
 * nothing silently (unknown fields are refused), converts types, and names each bad field.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments arrive as 'body'; the context, the parent and the actor ('custom') are ours, not input.
    if (metadata.type === 'body') {
      // `@Args('input')` reports paths inside the input (as class-validator does); a scalar or list argument its own
      // name (`ids.0`).
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      const unsafe = unsafeTextFields(value, isObject ? '' : (metadata.data ?? ''));
      if (unsafe.length) throw CoreError.invalidInput(unsafe);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  rememberValidationRuleLookups();
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => CoreError.invalidInput(toFieldErrors(errors)),
  });
}
