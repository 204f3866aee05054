// The scoring thread's entry (piscina loads it by file name): imports zxcvbn-ts and nothing of the app.
import { passwordWeakness } from './password-weakness.js';

export interface ScoringTask {
  password: string;
  context: string[];
}

export default function score({ password, context }: ScoringTask): Promise<string | null> {
  return passwordWeakness(password, context);
}
