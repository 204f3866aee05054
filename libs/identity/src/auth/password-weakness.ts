import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** Words of this service that people put into passwords (NIST SP 800-63B: context-specific words). */
const SERVICE_WORDS = ['pilotmatch', 'pilot', 'match', 'zhongshi', 'zhong shi', '中试', '中试平台', 'platform'];

/** zxcvbn's scale 0–4: 3 is "safely unguessable: moderate protection from an offline slow-hash attack". */
export const MINIMUM_SCORE = 3;
/** Only the first characters are scored: zxcvbn's matching grows with length, and a long password is long enough. */
const SCORED_LENGTH = 100;

let estimator: ZxcvbnFactory | undefined;
// Built on first use: loading the dictionaries takes ~200 ms, which threads that never score need not pay.
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, userInputs: SERVICE_WORDS },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/**
 * Null when strong enough, else what is wrong, in zxcvbn's words. Synchronous work of 20–300 ms: it runs in the
 * scoring worker (`password-strength.worker.ts`), never on the API's own thread.
 */
export async function passwordWeakness(password: string, context: string[]): Promise<string | null> {
  const result = await zxcvbn().check(password.slice(0, SCORED_LENGTH), context);
  if (result.score >= MINIMUM_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `password is too easy to guess${advice ? `: ${advice}` : ''}`;
}
