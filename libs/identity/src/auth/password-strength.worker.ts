// The scoring thread's entry (`PasswordScorer` starts it by file name): imports zxcvbn-ts and nothing of the app.
import { parentPort } from 'node:worker_threads';
import { passwordWeakness } from './password-weakness.js';

export interface ScoringTask {
  password: string;
  context: string[];
}

/** The weakness (null: strong enough), or the message of what failed. */
export type ScoringReply = { weakness: string | null } | { error: string };

parentPort?.on('message', (task: ScoringTask) => {
  passwordWeakness(task.password, task.context).then(
    (weakness) => parentPort?.postMessage({ weakness } satisfies ScoringReply),
    (error: unknown) => parentPort?.postMessage({ error: String(error) } satisfies ScoringReply),
  );
});
