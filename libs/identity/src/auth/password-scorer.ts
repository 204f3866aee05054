import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '#core';
import { PasswordCheckSlots } from './password-check-slots.js';
import type { ScoringTask } from './password-strength.worker.js';

/**
 * The scoring thread's compiled entry: beside this file when Node runs dist/, and at the same place under dist/ when
 * jest runs this file's TypeScript source (a worker thread loads plain JavaScript: `npm run build` first, as for
 * every e2e test).
 */
export function scoringWorkerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(
    here.endsWith('.ts')
      ? new URL('../../../../dist/libs/identity/src/auth/password-strength.worker.js', here)
      : new URL('./password-strength.worker.js', here),
  );
}

/** Scorers of the applications running in this process, newest last: the one `IsHardToGuess` asks. */
const running: PasswordScorer[] = [];

export function currentScorer(): PasswordScorer {
  const scorer = running.at(-1);
  if (!scorer) throw new Error('No password scorer: IsHardToGuess validates inside an application with IdentityModule');
  return scorer;
}

/**
 * zxcvbn-ts scores a password in 20–300 ms of synchronous JavaScript. On the API's own thread, during sign-up
 * validation (before any throttle), a burst of sign-ups stalled every other request for seconds (probe 16, finding
 * 1). So scores are computed on `PASSWORD_STRENGTH_THREADS` worker threads (piscina; started on the first sign-up,
 * ended after 10 idle minutes and at shutdown), as many at once, `PASSWORD_STRENGTH_QUEUE` waiting at most
 * `PASSWORD_STRENGTH_WAIT_MS`, and the rest refused as busy as the hashes are (`PASSWORD_CHECKS_BUSY`).
 */
@Injectable()
export class PasswordScorer implements OnModuleInit, OnApplicationShutdown {
  private readonly slots: PasswordCheckSlots;
  private pool: Piscina<ScoringTask, string | null> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.slots = new PasswordCheckSlots(config.auth.passwordScoring);
  }

  onModuleInit(): void {
    running.push(this);
  }

  async onApplicationShutdown(): Promise<void> {
    if (running.includes(this)) running.splice(running.indexOf(this), 1);
    await this.pool?.destroy();
    this.pool = undefined;
  }

  /** Null when strong enough, else what is wrong (`passwordWeakness`). */
  weakness(password: string, context: string[]): Promise<string | null> {
    return this.slots.run(() => this.threads().run({ password, context }));
  }

  private threads(): Piscina<ScoringTask, string | null> {
    if (this.pool) return this.pool;
    const filename = scoringWorkerFile();
    if (!existsSync(filename)) throw new Error(`Password scoring worker ${filename} is missing: run npm run build`);
    const threads = this.config.auth.passwordScoring.concurrency;
    // The permits above keep piscina's own queue empty: at most `threads` tasks reach it at once.
    this.pool = new Piscina({ filename, minThreads: 0, maxThreads: threads, idleTimeout: 10 * 60 * 1000 });
    return this.pool;
  }
}
