import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import { PasswordCheckSlots } from './password-check-slots.js';
import type { ScoringReply, ScoringTask } from './password-strength.worker.js';

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
 * 1). So scores are computed on `PASSWORD_STRENGTH_THREADS` worker threads (started on the first sign-up, ended at
 * shutdown), one score each at a time, `PASSWORD_STRENGTH_QUEUE` more waiting at most `PASSWORD_STRENGTH_WAIT_MS`,
 * and the rest refused as busy as the hashes are (`PASSWORD_CHECKS_BUSY`).
 *
 * node:worker_threads, not a pool library: the permits already queue and bound the work, so what is left is a thread
 * per permit; piscina (4.9) never answered a task when started from jest's ESM modules, where the e2e tests run the app.
 */
@Injectable()
export class PasswordScorer implements OnModuleInit, OnApplicationShutdown {
  private readonly slots: PasswordCheckSlots;
  /** Threads not scoring now; with a permit there is always one here or room to start one. */
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.slots = new PasswordCheckSlots(config.auth.passwordScoring);
  }

  onModuleInit(): void {
    running.push(this);
  }

  async onApplicationShutdown(): Promise<void> {
    if (running.includes(this)) running.splice(running.indexOf(this), 1);
    await Promise.all([...this.all].map((worker) => worker.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  /** Null when strong enough, else what is wrong (`passwordWeakness`). */
  weakness(password: string, context: string[]): Promise<string | null> {
    return this.slots.run(async () => {
      const worker = this.idle.pop() ?? this.start();
      const reply = await this.ask(worker, { password, context });
      if (this.all.has(worker)) this.idle.push(worker);
      if ('error' in reply) throw new Error(`password scoring failed: ${reply.error}`);
      return reply.weakness;
    });
  }

  private start(): Worker {
    const filename = scoringWorkerFile();
    if (!existsSync(filename)) throw new Error(`Password scoring worker ${filename} is missing: run npm run build`);
    const worker = new Worker(filename);
    // An idle thread does not keep the process alive; one that stops (a crash) is replaced by the next score.
    worker.unref();
    worker.once('exit', () => {
      this.all.delete(worker);
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
    });
    this.all.add(worker);
    return worker;
  }

  private ask(worker: Worker, task: ScoringTask): Promise<ScoringReply> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        worker.off('message', onReply).off('error', onError).off('exit', onExit);
      };
      const onReply = (reply: ScoringReply) => {
        settle();
        resolve(reply);
      };
      const onError = (error: Error) => {
        settle();
        reject(error);
      };
      const onExit = (code: number) => {
        settle();
        reject(new Error(`password scoring thread stopped (exit code ${code})`));
      };
      worker.on('message', onReply).on('error', onError).on('exit', onExit);
      worker.postMessage(task);
    });
  }
}
