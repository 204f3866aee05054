// Load generator of `npm run bench:search`, in a process of its own (load-process.ts) so that the client's work
// (sending, parsing) is neither on the API's event loop nor in its process's CPU time. Two modes over the same list of
// GraphQL bodies: one client sending them one after another (latency), and autocannon keeping `connections` requests in
// flight for a fixed time or a fixed number of requests (throughput).
import type { EventEmitter } from 'node:events';
import http from 'node:http';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { serveLoadJobs } from './load-process.js';

export interface LoadJob {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  mode: 'sequential' | 'concurrent';
  /** Complete GraphQL request bodies (JSON), sent in turn. */
  bodies: string[];
  /** concurrent: the order to send them in (indexes into `bodies`, in turn); default: `bodies` as listed. */
  order?: number[];
  /** sequential: passes over `bodies`. */
  rounds: number;
  /** concurrent: connections kept busy, and for how long (or, with `amount`, for that many requests). */
  connections: number;
  seconds: number;
  amount?: number;
}

export interface LoadReport {
  /** Responses received. */
  requests: number;
  /** Requests sent, answered or not (concurrent: those in flight at the end too): the first `sent` of the order. */
  sent: number;
  elapsedMs: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Per body (sequential mode): p50 and p99 of its own requests. */
  perBody: Array<{ p50: number; p99: number }>;
  /** Responses that were not HTTP 200 with `data` and no `errors`. */
  failures: number;
  failureSamples: string[];
}

// autocannon is CommonJS without bundled types: the little used here is typed locally.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  pipelining: number;
  duration?: number;
  amount?: number;
  timeout: number;
  skipAggregateResult: boolean;
  requests: AutocannonRequest[];
}
interface AutocannonInstance extends EventEmitter {
  stop(): void;
}
type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: { errors: number; timeouts: number }) => void,
) => AutocannonInstance;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summarize(
  sent: number,
  latencies: number[],
  elapsedMs: number,
  failures: number,
  failureSamples: string[],
  perBody: Array<{ p50: number; p99: number }>,
): LoadReport {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    sent,
    elapsedMs,
    requestsPerSecond: elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : 0,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
      mean: sorted.length ? sorted.reduce((sum, l) => sum + l, 0) / sorted.length : 0,
    },
    perBody,
    failures,
    failureSamples,
  };
}

function isSuccess(status: number, text: string): boolean {
  if (status !== 200) return false;
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
    return body.data !== undefined && body.data !== null && body.errors === undefined;
  } catch {
    return false;
  }
}

async function sequential(job: LoadJob): Promise<LoadReport> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(job.url);
  const post = (body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const latencies: number[] = [];
  const byBody: number[][] = job.bodies.map(() => []);
  const failureSamples: string[] = [];
  let failures = 0;
  const started = performance.now();
  for (let round = 0; round < job.rounds; round += 1) {
    for (const [index, body] of job.bodies.entries()) {
      const sent = performance.now();
      const { status, text } = await post(body);
      const latency = performance.now() - sent;
      latencies.push(latency);
      byBody[index].push(latency);
      if (!isSuccess(status, text)) {
        failures += 1;
        if (failureSamples.length < 5) failureSamples.push(`HTTP ${status}: ${text.slice(0, 300)}`);
      }
    }
  }
  const elapsed = performance.now() - started;
  agent.destroy();
  const perBody = byBody.map((values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  });
  return summarize(latencies.length, latencies, elapsed, failures, failureSamples, perBody);
}

function concurrent(job: LoadJob): Promise<LoadReport> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const latencies: number[] = [];
  const failureSamples: string[] = [];
  let failures = 0;
  let next = 0;
  const order = job.order ?? job.bodies.map((_, index) => index);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        pipelining: 1,
        ...(job.amount ? { amount: job.amount } : { duration: job.seconds }),
        timeout: 30,
        // Its summary is not read (the latencies are collected per response): not computed either.
        skipAggregateResult: true,
        requests: [
          {
            method: 'POST',
            // Each request takes the next body of the list, whatever its connection: the mix stays the same.
            setupRequest: (request) => {
              const body = job.bodies[order[next % order.length]];
              next += 1;
              return {
                ...request,
                method: 'POST',
                path: '/graphql',
                headers: { 'content-type': 'application/json' },
                body,
              };
            },
            onResponse: (status, text) => {
              if (!isSuccess(status, text)) {
                failures += 1;
                if (failureSamples.length < 5) failureSamples.push(`HTTP ${status}: ${text.slice(0, 300)}`);
              }
            },
          },
        ],
      },
      (error) => {
        if (error) reject(error);
        else resolve(summarize(next, latencies, performance.now() - started, failures, failureSamples, []));
      },
    );
    // Every response: autocannon's own histogram keeps only 2xx, in whole milliseconds.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      latencies.push(responseTime),
    );
  });
}

serveLoadJobs(import.meta.url, (job: LoadJob) => (job.mode === 'sequential' ? sequential(job) : concurrent(job)));
