import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Signals the server's whole process group (as Ctrl-C in a terminal does). */
  signalGroup(signal: NodeJS.Signals): void;
}

/**
 * `node dist/apps/api/src/main.js` as an operator runs it (`npm test` builds first), leading a process group of its
 * own so a test can signal that group and not itself. Resolves once the API listens.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    detached: true,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('PilotMatch API at')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`the server did not start; its output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    child,
    output: () => output,
    exited,
    signalGroup: (signal) => process.kill(-(child.pid as number), signal),
  };
}

/** Kills what a failed test left running. */
export function killServerProcess(server: ServerProcess | undefined): void {
  if (server && server.child.exitCode === null && server.child.pid) process.kill(-server.child.pid, 'SIGKILL');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
