import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '#core';

export interface ThrottleRow {
  key: string;
  attempts: number;
  lastAttemptAt: Date;
  nextAttemptAt: Date;
  trustedUntil: Date | null;
}

export interface ThrottleUpdate {
  key: string;
  attempts: number;
  nextAttemptAt: Date;
}

@Injectable()
export class LoginAttemptRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /**
   * Locks the rows of `keys` (created when missing), lets `decide` look at them with the database clock, and
   * writes what it returns, in one transaction: concurrent sign-ins for the same keys queue on the row locks, so
   * each sees the attempts counted before it. Keys are locked in sorted order (no deadlock between two sign-ins).
   */
  claim<T>(
    keys: string[],
    decide: (rows: Map<string, ThrottleRow>, now: Date) => { updates: ThrottleUpdate[]; result: T },
  ): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    return this.transactions.run(async (manager) => {
      await manager.query(
        'INSERT INTO login_attempt (key) SELECT k FROM unnest($1::text[]) AS k ORDER BY k ON CONFLICT (key) DO NOTHING',
        [sorted],
      );
      const rows: Array<{
        key: string;
        attempts: number;
        last_attempt_at: Date;
        next_attempt_at: Date;
        trusted_until: Date | null;
      }> = await manager.query(
        `SELECT key, attempts, last_attempt_at, next_attempt_at, trusted_until
           FROM login_attempt WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
        [sorted],
      );
      // The clock once the locks are ours (not now(), the transaction's start): an attempt that waited for the lock
      // must see the previous holder's writes as past.
      const [{ now }]: Array<{ now: Date }> = await manager.query('SELECT clock_timestamp() AS now');
      const byKey = new Map(
        rows.map((r) => [
          r.key,
          {
            key: r.key,
            attempts: r.attempts,
            lastAttemptAt: r.last_attempt_at,
            nextAttemptAt: r.next_attempt_at,
            trustedUntil: r.trusted_until,
          },
        ]),
      );
      const { updates, result } = decide(byKey, now);
      for (const update of updates) {
        await manager.query(
          'UPDATE login_attempt SET attempts = $2, last_attempt_at = $3, next_attempt_at = $4 WHERE key = $1',
          [update.key, update.attempts, now, update.nextAttemptAt],
        );
      }
      return result;
    });
  }

  /** A successful sign-in: forgives the key's attempts and trusts it until `trustedUntil`. */
  async forgive(key: string, trustedUntil: Date): Promise<void> {
    await this.transactions.manager.query(
      'UPDATE login_attempt SET attempts = 0, next_attempt_at = now(), trusted_until = $2 WHERE key = $1',
      [key, trustedUntil],
    );
  }

  /** Rows with nothing left to remember: no recent attempt and no trust in force. */
  async deleteForgotten(quietSince: Date): Promise<number> {
    const result: [unknown, number] = await this.transactions.manager.query(
      `DELETE FROM login_attempt
        WHERE last_attempt_at < $1 AND (trusted_until IS NULL OR trusted_until < now())`,
      [quietSince],
    );
    return result[1];
  }
}
