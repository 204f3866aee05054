import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import type { GraphqlClient, GraphqlResponse } from './test-app.js';

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
  const server = await spawnServerProcess(env);
  const deadline = Date.now() + 60_000;
  while (!server.output().includes('PilotMatch API at')) {
    if (Date.now() > deadline || server.child.exitCode !== null)
      throw new Error(`the server did not start; its output:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}

/** `node dist/apps/worker/src/main.js` the same way, resolved once its jobs run (it listens on no port). */
export async function startWorkerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const worker = await spawnServerProcess(env, 'dist/apps/worker/src/main.js');
  const deadline = Date.now() + 60_000;
  while (!worker.output().includes('PilotMatch worker running')) {
    if (Date.now() > deadline || worker.child.exitCode !== null)
      throw new Error(`the worker did not start; its output:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return worker;
}

/** The same process, returned as soon as it is spawned (a test that kills it while it starts). */
export async function spawnServerProcess(
  env: Record<string, string>,
  entry = 'dist/apps/api/src/main.js',
): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [entry], {
    detached: true,
    // Every test client signs up from loopback: the per-address registration throttle would refuse the eleventh.
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      REGISTRATIONS_PER_ADDRESS: '1000000',
      // …and dozens at once, past the password-hash and scoring queues' production bounds.
      PASSWORD_HASH_QUEUE: '1000000',
      PASSWORD_HASH_WAIT_MS: '600000',
      PASSWORD_STRENGTH_QUEUE: '1000000',
      PASSWORD_STRENGTH_WAIT_MS: '600000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
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
  if (server && server.child.exitCode === null && server.child.signalCode === null && server.child.pid)
    process.kill(-server.child.pid, 'SIGKILL');
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

/** How one request to a server process ended: answered (any status), refused at the connection, or cut off. */
export interface HttpOutcome<T = Record<string, unknown>> {
  kind: 'answered' | 'refused' | 'reset';
  status?: number;
  body?: {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
  };
}

/** One POST /graphql on a connection of its own: when its body is on the wire, and how it ended. */
export function postGraphql<T = Record<string, unknown>>(
  port: number,
  payload: unknown,
  token?: string,
): { sent: Promise<void>; outcome: Promise<HttpOutcome<T>> } {
  let sent: () => void = () => undefined;
  const onWire = new Promise<void>((resolve) => (sent = resolve));
  const outcome = new Promise<HttpOutcome<T>>((resolve) => {
    const body = JSON.stringify(payload);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ kind: 'answered', status: res.statusCode, body: JSON.parse(text) }));
        res.on('error', () => resolve({ kind: 'reset' }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      sent();
      resolve({ kind: error.code === 'ECONNREFUSED' ? 'refused' : 'reset' });
    });
    req.on('finish', () => sent());
    req.end(body);
  });
  return { sent: onWire, outcome };
}

/** The test fixtures' client (registerUser, createCatalog…) for a server process on `port`. */
export function graphqlClient(port: number): GraphqlClient {
  return {
    async gql<T>(query: string, variables?: Record<string, unknown>, options: { token?: string } = {}) {
      const outcome = await postGraphql<T>(port, { query, variables }, options.token).outcome;
      if (outcome.kind !== 'answered') throw new Error(`POST /graphql was ${outcome.kind}`);
      return {
        status: outcome.status ?? 0,
        data: outcome.body?.data,
        errors: outcome.body?.errors,
      } as GraphqlResponse<T>;
    },
  };
}
