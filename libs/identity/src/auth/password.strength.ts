import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** Words of this service that people put into passwords (NIST SP 800-63B: context-specific words). */
const SERVICE_WORDS = ['pilotmatch', 'pilot', 'match', 'zhongshi', 'zhong shi', '中试', '中试平台', 'platform'];

/** zxcvbn's scale 0–4: 3 is "safely unguessable: moderate protection from an offline slow-hash attack". */
export const MINIMUM_SCORE = 3;
/** Only the first characters are scored: zxcvbn's matching grows with length, and a long password is long enough. */
const SCORED_LENGTH = 100;

let estimator: ZxcvbnFactory | undefined;
// Built on first use: loading the dictionaries takes ~200 ms, which processes that never register need not pay.
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, userInputs: SERVICE_WORDS },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/** The words of the account being created: the e-mail address and its parts, the names given with it. */
export function contextWords(values: Array<string | undefined>): string[] {
  return values
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .flatMap((v) => [v, ...v.split(/[@.\s_+-]+/)])
    .filter((w) => w.length >= 3)
    .map((w) => w.toLowerCase());
}

/** Null when strong enough, else what is wrong, in zxcvbn's words. */
export async function passwordWeakness(password: string, context: string[]): Promise<string | null> {
  const result = await zxcvbn().check(password.slice(0, SCORED_LENGTH), context);
  if (result.score >= MINIMUM_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `password is too easy to guess${advice ? `: ${advice}` : ''}`;
}

/**
 * The password must resist guessing (zxcvbn-ts score ≥ 3) against common passwords and the account's own words,
 * read from the sibling properties named in `contextProperties` (dotted paths, e.g. `organization.name`).
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
          const weakness = await passwordWeakness(value, context);
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
