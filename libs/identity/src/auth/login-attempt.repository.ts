import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class LoginAttemptRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest block still in force among `keys`, if any (primary-key lookups). */
  async blockedUntil(keys: string[]): Promise<Date | null> {
    const [row]: Array<{ until: Date | null }> = await this.dataSource.query(
      'SELECT max(blocked_until) AS until FROM login_attempt WHERE key = ANY($1) AND blocked_until > now()',
      [keys],
    );
    return row?.until ?? null;
  }

  /** Counts a failure in a sliding-start window; reaching `limit` blocks the key for `blockSeconds`. Atomic per key. */
  async recordFailure(key: string, windowSeconds: number, limit: number, blockSeconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempt AS a (key, failures, window_started_at, blocked_until)
            VALUES ($1, 1, now(), CASE WHEN 1 >= $3 THEN now() + make_interval(secs => $4) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN a.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE a.failures + 1 END,
         window_started_at = CASE WHEN a.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE a.window_started_at END,
         blocked_until = CASE
           WHEN a.window_started_at >= now() - make_interval(secs => $2) AND a.failures + 1 >= $3 THEN now() + make_interval(secs => $4)
           ELSE a.blocked_until END`,
      [key, windowSeconds, limit, blockSeconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempt WHERE key = $1', [key]);
  }
}
