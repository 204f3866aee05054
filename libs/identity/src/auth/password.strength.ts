import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { currentScorer } from './password-scorer.js';

/** The words of the account being created: the e-mail address and its parts, the names given with it. */
export function contextWords(values: Array<string | undefined>): string[] {
  return values
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .flatMap((v) => [v, ...v.split(/[@.\s_+-]+/)])
    .filter((w) => w.length >= 3)
    .map((w) => w.toLowerCase());
}

/**
 * The password must resist guessing (zxcvbn-ts score ≥ 3) against common passwords and the account's own words,
 * read from the sibling properties named in `contextProperties` (dotted paths, e.g. `organization.name`). Scored on
 * a worker thread (`PasswordScorer`); when too many are being scored, validation ends with the scorer's
 * SERVICE_UNAVAILABLE (`PASSWORD_CHECKS_BUSY`), never a verdict on the password.
 */
export function IsHardToGuess(contextProperties: string[], options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isHardToGuess',
      target: target.constructor,
      propertyName,
      async: true,
      options,
      validator: {
        async validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'string') return false;
          const context = contextWords(contextProperties.map((path) => read(args.object, path)));
          const weakness = await currentScorer().weakness(value, context);
          (args.object as Record<symbol, string | null>)[WEAKNESS] = weakness;
          return weakness === null;
        },
        defaultMessage: (args?: ValidationArguments) =>
          (args?.object as Record<symbol, string | null> | undefined)?.[WEAKNESS] ?? 'password is too easy to guess',
      },
    });
}

const WEAKNESS = Symbol('passwordWeakness');

function read(object: object, path: string): string | undefined {
  let current: unknown = object;
  for (const part of path.split('.')) current = (current as Record<string, unknown> | undefined)?.[part];
  return typeof current === 'string' ? current : undefined;
}
