import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationArguments,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { FEN_PER_YUAN, formatMoney } from '../money/money.js';
import { PROVINCE_CODES } from '../vocabulary/provinces.js';

/** Shared input rules, written once: province codes, coordinates, money, time windows. */

export const IsProvinceCode = (options?: ValidationOptions) =>
  IsIn([...PROVINCE_CODES], {
    message: '$property must be a GB/T 2260 province code such as 32 (Jiangsu) or 44 (Guangdong)',
    ...options,
  });

/**
 * Coordinates are kept to 7 decimals (about 1 cm): finer digits carry nothing. A non-zero value below that (such as
 * 5e-324, which underflows PostgreSQL's distance functions) is refused rather than read as 0.
 */
const COORDINATE_STEP = 1e-7;
const roundCoordinate = ({ value }: { value: unknown }) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) >= COORDINATE_STEP
    ? Math.round(value * 1e7) / 1e7
    : value;

function IsCoordinate(limit: number): PropertyDecorator {
  const notTiny: PropertyDecorator = (target, propertyName) =>
    registerDecorator({
      name: 'isCoordinateStep',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be 0 or at least 0.0000001 from it (coordinates keep 7 decimals)' },
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || value === 0 || Math.abs(value) >= COORDINATE_STEP,
      },
    });
  return applyDecorators(
    Transform(roundCoordinate),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    notTiny,
    Min(-limit),
    Max(limit),
  );
}

export const IsLatitude = () => IsCoordinate(90);
export const IsLongitude = () => IsCoordinate(180);

/**
 * Decimal places of a number as JSON wrote it: 0.25 → 2, 1e-7 → 7, 5e-324 → 324. (class-validator's own
 * `maxDecimalPlaces` throws a TypeError on exponent notation, which reached callers as an internal error.)
 */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = value.toString().toLowerCase().split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** A finite number with at most `places` decimals: what a numeric(p, places) column keeps without rounding. */
export function HasDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'hasDecimalPlaces',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [places],
      options: { message: `$property must be a number with at most ${places} decimals`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places,
      },
    });
}

/**
 * An amount of the Money scalar (integer fen inside the server, see money.ts) between `min` and `max` CNY, both
 * inclusive: by default 0 to 1 000 000 000 (what numeric(12,2) and wider columns keep). The messages speak yuan.
 */
export function IsMoney(range: { min?: number; max?: number } = {}): PropertyDecorator {
  const min = range.min ?? 0;
  const max = range.max ?? 1_000_000_000;
  return applyDecorators(
    IsInt({ message: '$property must be an amount in CNY with at most 2 decimals' }),
    Min(min * FEN_PER_YUAN, { message: `$property must be at least ${formatMoney(min * FEN_PER_YUAN)} CNY` }),
    Max(max * FEN_PER_YUAN, { message: `$property must be at most ${formatMoney(max * FEN_PER_YUAN)} CNY` }),
  );
}

/** A percentage with at most two decimals within (0, 100] (a discount, a subsidised share). */
export const IsPercent = () =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    HasDecimalPlaces(2),
    Min(0.01, { message: '$property must be more than 0 %' }),
    Max(100, { message: '$property must be at most 100 %' }),
  );

/** A non-negative quantity (a scale, a capacity) as the numeric(14,3) columns keep it. */
export const IsQuantity = () =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    HasDecimalPlaces(3),
    Min(0),
    Max(99_999_999_999),
  );

/**
 * The field may be left out (nothing changes), but not set to null: its column cannot be empty. Null is then
 * refused by the field's own rules, naming it, instead of reaching a NOT NULL column as an internal error.
 */
export const OptionalNotNull = () =>
  applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsDefined({ message: '$property may be left out, but not null' }),
  );

export const OptionalText = (max: number) => applyDecorators(IsOptional(), MaxLength(max));

/** The decorated value must not be before the sibling property `startProperty` (a window that ends before it starts). */
export function IsNotBefore(startProperty: string, options?: ValidationOptions) {
  return comparedTo('isNotBefore', startProperty, (value, start) => value >= start, {
    message: `$property must not be before ${startProperty}`,
    ...options,
  });
}

/**
 * The decorated value must be later than the sibling property `startProperty`, by at least `minimumMs`: a span that
 * is empty (or shorter than anything that can be used) is refused.
 */
export function IsAfter(startProperty: string, minimumMs = 0, options?: ValidationOptions) {
  return comparedTo('isAfter', startProperty, (value, start) => value > start && value - start >= minimumMs, {
    message: `$property must be after ${startProperty}`,
    ...options,
  });
}

/** The decorated value must be at most `maximumMs` after the sibling property `startProperty` (a span's upper bound). */
export function IsAtMostAfter(startProperty: string, maximumMs: number, options?: ValidationOptions) {
  return comparedTo('isAtMostAfter', startProperty, (value, start) => value - start <= maximumMs, {
    message: `$property must be at most ${Math.round(maximumMs / 86_400_000)} days after ${startProperty}`,
    ...options,
  });
}

function comparedTo(
  name: string,
  startProperty: string,
  holds: (value: number, start: number) => boolean,
  options: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      constraints: [startProperty],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[startProperty];
          if (value === undefined || value === null || start === undefined || start === null) return true;
          return holds(toComparable(value), toComparable(start));
        },
      },
    });
}

const toComparable = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number(value);

/** Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters with a mod-31 check character. */
export function isUnifiedSocialCreditCode(code: string): boolean {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  const sum = weights.reduce((acc, weight, index) => acc + alphabet.indexOf(code[index]) * weight, 0);
  const check = (31 - (sum % 31)) % 31;
  return alphabet[check] === code[17];
}

export function IsUnifiedSocialCreditCode(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isUnifiedSocialCreditCode',
      target: target.constructor,
      propertyName,
      options: {
        message: '$property must be an 18-character unified social credit code with a valid check character',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isUnifiedSocialCreditCode(value) },
    });
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/**
 * Trims surrounding whitespace from a string input, or from each string of a list (keywords, evidence), before it is
 * validated: a value of blanks then fails its length rule instead of being stored.
 */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(trimmed) : trimmed(value)));

/**
 * Trims an optional text whose column may be empty (an English description, a model number); one left blank is no
 * text at all (null), as if the field were cleared: never a value of blanks or an empty string that a reader's
 * fallback (`nameEn ?? name`) would show as nothing.
 */
export const TrimOrNull = () =>
  Transform(({ value }: { value: unknown }) => {
    const text = trimmed(value);
    return text === '' ? null : text;
  });

// Bidirectional embeddings, overrides and isolates: they reorder what a reader sees ("exe.txt" shown as "txt.exe").
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// A character that shows something: not blank, not a mark on nothing, not a format or default-ignorable character
// (zero-width space, Hangul filler ㅤ), not the braille blank that renders as a space.
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{M}\p{Cn}\u2800]/u;

/** Whether a text shows nothing at all: blanks, zero-width and other invisible characters only, or nothing. */
export function showsNothing(value: string): boolean {
  return !VISIBLE.test(value);
}

/** Why a name or title would mislead a reader, or null when it is fine. */
export function nameProblem(value: string): string | null {
  if (BIDI_CONTROL.test(value))
    return 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)';
  if (showsNothing(value)) return 'must contain at least one visible character';
  return null;
}

/**
 * A name or title people read in lists (platforms, offerings, equipment, organizations, requests): at least one
 * visible character and no bidirectional controls. Other rules (length, trimming) stay on the field.
 */
export function IsVisibleName(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isVisibleName',
      target: target.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) =>
          `$property ${typeof args.value === 'string' ? nameProblem(args.value) : 'must be a string'}`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value !== 'string' || nameProblem(value) === null },
    });
}

// Digits, blanks, + - ( ) and an extension such as "ext. 12", "x12", "#12" or "转12"; at least five digits.
const PHONE = /^\+?[\d\s()-]*\d[\d\s()-]*(?:\s*(?:ext\.?|x|#|转|分机)\s*\d{1,6})?$/i;

export function isPhone(value: string): boolean {
  return value.length >= 5 && value.length <= 30 && PHONE.test(value) && (value.match(/\d/g) ?? []).length >= 5;
}

/** A telephone number as people write it: 025-8479 1234, +86 (25) 84791234, 400-820-8820 转 3; 5–30 characters. */
export function IsPhone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPhone',
      target: target.constructor,
      propertyName,
      options: {
        message:
          '$property must be a telephone number: 5–30 characters of digits, spaces, + - ( ) and an optional extension',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isPhone(value) },
    });
}

/** Values one list filter of a query takes at most: more only repeats them, and each is a statement parameter. */
export const MAX_FILTER_VALUES = 50;
