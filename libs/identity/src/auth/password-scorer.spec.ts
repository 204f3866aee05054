import { afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '#core';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { PasswordScorer } from './password-scorer.js';
import { passwordWeakness } from './password-weakness.js';

// A real worker thread running the built worker (dist/, `npm run build` first).
describe('PasswordScorer', () => {
  let scorer: PasswordScorer | undefined;
  const start = (env: Record<string, string> = {}) => {
    scorer = new PasswordScorer(loadConfig(env));
    scorer.onModuleInit();
    return scorer;
  };
  afterEach(async () => {
    await scorer?.onApplicationShutdown();
  });

  it('gives the verdict and the words zxcvbn gives on this thread', async () => {
    const scoring = start();
    const context = ['zhuolanbio', 'labs'];
    for (const password of ['aaaaaaaaaa', 'password123!', 'zhuolanbio!2031', 'correct-horse-battery']) {
      expect(await scoring.weakness(password, context)).toBe(await passwordWeakness(password, context));
    }
  });

  it('refuses past its queue with PASSWORD_CHECKS_BUSY and retryAfterSeconds', async () => {
    const scoring = start({
      PASSWORD_STRENGTH_THREADS: '1',
      PASSWORD_STRENGTH_QUEUE: '0',
      PASSWORD_STRENGTH_WAIT_MS: '1500',
    });
    const [first, second] = await Promise.allSettled([
      scoring.weakness('correct-horse-battery', []),
      scoring.weakness('correct-horse-battery', []),
    ]);
    expect(first).toEqual({ status: 'fulfilled', value: null });
    expect(second.status).toBe('rejected');
    const error = (second as PromiseRejectedResult).reason as IdentityError;
    expect(error).toBeInstanceOf(IdentityError);
    expect(error.code).toBe(IdentityErrorCode.PASSWORD_CHECKS_BUSY);
    expect(error.details).toEqual({ retryAfterSeconds: 2 });
  });
});
