import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Locks the rows of `keys` (created when missing) for the caller's transaction, in sorted order so that two
   * sign-ins never deadlock, and reads them with the clock as it is once the locks are held (not now(), the
   * transaction's start: an attempt that waited must see the previous holder's writes as past). Primary-key lookups.
   */
  async lock(manager: EntityManager, keys: string[]): Promise<{ rows: Map<string, ThrottleRow>; now: Date }> {
    const sorted = [...new Set(keys)].sort();
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
    const [{ now }]: Array<{ now: Date }> = await manager.query('SELECT clock_timestamp() AS now');
    return {
      now,
      rows: new Map(
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
      ),
    };
  }

  async save(manager: EntityManager, updates: ThrottleUpdate[], now: Date): Promise<void> {
    for (const update of updates) {
      await manager.query(
        'UPDATE login_attempt SET attempts = $2, last_attempt_at = $3, next_attempt_at = $4 WHERE key = $1',
        [update.key, update.attempts, now, update.nextAttemptAt],
      );
    }
  }

  /** Sets counts taken back (a sign-in that succeeded), leaving the time of the last attempt as it was. */
  async restore(manager: EntityManager, updates: ThrottleUpdate[]): Promise<void> {
    for (const update of updates) {
      await manager.query('UPDATE login_attempt SET attempts = $2, next_attempt_at = $3 WHERE key = $1', [
        update.key,
        update.attempts,
        update.nextAttemptAt,
      ]);
    }
  }

  /** A successful sign-in: forgives the key's attempts and trusts it until `trustedUntil`. */
  async forgive(manager: EntityManager, key: string, trustedUntil: Date): Promise<void> {
    await manager.query(
      'UPDATE login_attempt SET attempts = 0, next_attempt_at = now(), trusted_until = $2 WHERE key = $1',
      [key, trustedUntil],
    );
  }

  /** Rows with nothing left to remember: no recent attempt and no trust in force. */
  async deleteForgotten(quietSince: Date): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM login_attempt
        WHERE last_attempt_at < $1 AND (trusted_until IS NULL OR trusted_until < now())`,
      [quietSince],
    );
    return deleted;
  }
}
