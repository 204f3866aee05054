// How the benches start their load: the load generator runs in an OS process of its own (child_process.fork of its
// compiled *.worker.js module; jobs and reports over IPC), never in the API's process. In a worker thread of that
// process its CPU (building requests, the HTTP client, parsing responses) counted in the "API process" figures; here the
// API process's CPU is the server's alone, and the client's is measured in its own process and reported beside it.
import { fork, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a job cost the load generator: its process's user + system CPU while it ran the job. */
export interface ClientCost {
  clientCpuMs: number;
}

type Answer<Report> = { report: Report; clientCpuMs: number } | { error: string };

/** A load generator process: one job at a time, each answered with its report and the CPU it cost the client. */
export class LoadProcess<Job, Report> {
  private constructor(private readonly child: ChildProcess) {}

  /** Forks `module` (a *.worker.js beside the caller, which calls serveLoadJobs) with the Node options of this one. */
  static start<Job, Report>(module: URL): LoadProcess<Job, Report> {
    return new LoadProcess<Job, Report>(
      fork(fileURLToPath(module), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
  }

  run(job: Job): Promise<Report & ClientCost> {
    return new Promise((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the load generator exited with code ${code}`));
      this.child.once('exit', exited);
      this.child.once('message', (answer: Answer<Report>) => {
        this.child.off('exit', exited);
        if ('error' in answer) reject(new Error(`the load generator failed: ${answer.error}`));
        else resolve({ ...answer.report, clientCpuMs: answer.clientCpuMs });
      });
      this.child.send(job as object);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    await exited;
  }
}

/**
 * The load generator's side, called by its module at load: when that module is the forked process's entry point,
 * answers each job with `run`'s report and the process's CPU time for it; imported anywhere else, does nothing.
 */
export function serveLoadJobs<Job, Report>(moduleUrl: string, run: (job: Job) => Promise<Report>): void {
  const send = process.send?.bind(process);
  if (!send || !process.argv[1] || realpathSync(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  process.on('message', (job: Job) => {
    const before = process.cpuUsage();
    run(job).then(
      (report) => {
        const { user, system } = process.cpuUsage(before);
        send({ report, clientCpuMs: (user + system) / 1000 } satisfies Answer<Report>);
      },
      (error: unknown) => send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  // The parent disconnects when it has no more jobs: nothing keeps this process alive after that.
  process.once('disconnect', () => process.exit(0));
}
