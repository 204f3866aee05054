import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction.runner.js';

export interface JobDefinition {
  /** Unique name; also the advisory-lock key that keeps the job a singleton across api and worker processes. */
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
}

/**
 * Periodic background jobs (outbox drain, hold and proposal expiry, compliance alerts). Each job is idempotent
 * SQL over the database's own state, so a timer and a PostgreSQL advisory lock are all the machinery needed:
 * a queue library would add a second copy of that state (see README, "Background work").
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
  ) {}

  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`A job named ${job.name} is already registered`);
    this.jobs.set(job.name, job);
  }

  onApplicationBootstrap(): void {
    if (this.config.runJobsInProcess) this.start();
  }

  start(): void {
    for (const job of this.jobs.values()) {
      let busy = false;
      const timer = setInterval(() => {
        if (busy || this.stopped) return;
        busy = true;
        const tick = this.runExclusive(job)
          .catch((error: unknown) => this.logger.error({ err: error, job: job.name }, `job ${job.name} failed`))
          .finally(() => {
            busy = false;
            this.running.delete(tick);
          });
        this.running.add(tick);
      }, job.intervalMs);
      this.timers.push(timer);
    }
    this.logger.log(`background jobs running: ${[...this.jobs.keys()].join(', ')}`);
  }

  /** Runs a job now, in this process, under its lock; tests use it to drive time-based rules deterministically. */
  async runNow(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`No job named ${name}`);
    await this.runExclusive(job);
  }

  /**
   * Before any module shuts down (the database pool closes in TypeORM's onApplicationShutdown): no tick starts any
   * more, and the running ones finish on an open pool.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    await Promise.allSettled([...this.running]);
  }

  private async runExclusive(job: JobDefinition): Promise<void> {
    // The lock is held by a transaction on its own connection for as long as the job runs.
    await this.transactions.run(async (manager) => {
      const [{ locked }]: Array<{ locked: boolean }> = await manager.query(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [`job:${job.name}`],
      );
      if (locked) await job.run();
    });
  }
}
