// Load generator of `npm run bench:booking`, in a process of its own (load-process.ts) so that the client's own work
// (building requests, parsing responses) is neither on the API's event loop nor in its process's CPU time. It sends
// each prepared request exactly once, over `connections` keep-alive connections to 127.0.0.1, and reports throughput,
// latency and what each response said.
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { serveLoadJobs } from './load-process.js';

export type LoadKind = 'requestBooking' | 'typename';

export interface LoadJob {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  connections: number;
  kind: LoadKind;
  /** Each entry is sent once; the bodies are complete GraphQL requests (JSON). */
  requests: Array<{ token: string; body: string }>;
  timeoutSeconds: number;
  /** Watchdog: the run is stopped (and reported as stalled) when no response came for this long. */
  stallSeconds: number;
}

export interface LoadReport {
  planned: number;
  sent: number;
  responses: number;
  /** From the start to the last response (autocannon's own duration rounds up to its sampling tick). */
  elapsedMs: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts, as autocannon counts them. */
  transportErrors: number;
  timeouts: number;
  /** requestBooking: data.requestBooking came back; typename: data.__typename did. */
  ok: number;
  /** errors[0].extensions.code === 'CONFLICT', by extensions.reason. */
  conflicts: number;
  conflictReasons: Record<string, number>;
  /** Slots named by CONFLICT errors (extensions.slotId), distinct. */
  conflictSlotIds: string[];
  /** Anything else (other error codes, unparsable bodies, requests beyond the plan after a timeout). */
  other: number;
  otherSamples: string[];
  /** Slots of the bookings that came back, one entry per slot per booking. */
  wonSlotIds: string[];
  /** Stopped by the watchdog: no response for `stallSeconds` with requests in flight. */
  stalled: boolean;
}

// autocannon is CommonJS without bundled types: the little used here is typed locally.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: object) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: object) => void;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  pipelining: number;
  amount: number;
  timeout: number;
  sampleInt: number;
  skipAggregateResult: boolean;
  requests: AutocannonRequest[];
}
// With skipAggregateResult (or in a worker thread) autocannon hands back its raw result.
interface AutocannonResult {
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
  totalRequests: number;
}
interface AutocannonInstance extends EventEmitter {
  stop(): void;
}
type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

interface GraphqlBody {
  data?: { requestBooking?: { slots?: Array<{ slotId: string }> } | null; __typename?: string } | null;
  errors?: Array<{ message?: string; extensions?: { code?: string; reason?: string; slotId?: string } }>;
}

const TYPENAME_BODY = JSON.stringify({ query: '{ __typename }' });

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function run(job: LoadJob): Promise<LoadReport> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const latencies: number[] = [];
  const conflictReasons: Record<string, number> = {};
  const conflictSlotIds = new Set<string>();
  const wonSlotIds: string[] = [];
  const otherSamples: string[] = [];
  let ok = 0;
  let conflicts = 0;
  let other = 0;
  let next = 0;
  let lastResponseAt = 0;
  let stalled = false;

  const countOther = (sample: string) => {
    other += 1;
    if (otherSamples.length < 5) otherSamples.push(sample.slice(0, 300));
  };

  const classify = (status: number, text: string) => {
    let body: GraphqlBody;
    try {
      body = JSON.parse(text) as GraphqlBody;
    } catch {
      countOther(`HTTP ${status}: ${text}`);
      return;
    }
    const error = body.errors?.[0];
    if (job.kind === 'typename') {
      if (body.data?.__typename && !error) ok += 1;
      else countOther(`HTTP ${status}: ${text}`);
      return;
    }
    const booking = body.data?.requestBooking;
    if (booking && !error) {
      ok += 1;
      for (const slot of booking.slots ?? []) wonSlotIds.push(slot.slotId);
    } else if (error?.extensions?.code === 'CONFLICT') {
      conflicts += 1;
      const reason = error.extensions.reason ?? '(none)';
      conflictReasons[reason] = (conflictReasons[reason] ?? 0) + 1;
      if (error.extensions.slotId) conflictSlotIds.add(error.extensions.slotId);
    } else {
      countOther(`HTTP ${status}: ${text}`);
    }
  };

  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        pipelining: 1,
        amount: job.requests.length,
        timeout: job.timeoutSeconds,
        sampleInt: 100,
        skipAggregateResult: true,
        requests: [
          {
            method: 'POST',
            // Called once per request sent (the first of each connection at its creation), so a shared cursor hands
            // every request its own entry: its own idempotency key, requester and slot.
            setupRequest: (request) => {
              const item = job.requests[next];
              next += 1;
              // Only after a timeout does autocannon send more than planned; such extras are counted as "other".
              const headers: Record<string, string> = { 'content-type': 'application/json' };
              if (item) headers.authorization = `Bearer ${item.token}`;
              return { ...request, method: 'POST', path: '/graphql', headers, body: item ? item.body : TYPENAME_BODY };
            },
            onResponse: (status, body) => {
              lastResponseAt = performance.now();
              classify(status, body);
            },
          },
        ],
      },
      (error, result) => {
        clearInterval(watchdog);
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        const responses = latencies.length;
        const elapsedMs = (lastResponseAt || performance.now()) - startedAt;
        resolve({
          planned: job.requests.length,
          sent: result.totalRequests,
          responses,
          elapsedMs,
          requestsPerSecond: elapsedMs > 0 ? (responses * 1000) / elapsedMs : 0,
          latencyMs: {
            mean: responses ? latencies.reduce((sum, l) => sum + l, 0) / responses : 0,
            p50: percentile(latencies, 50),
            p90: percentile(latencies, 90),
            p99: percentile(latencies, 99),
            max: latencies[responses - 1] ?? 0,
          },
          statusCodes: Object.fromEntries(
            Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count]),
          ),
          transportErrors: result.errors,
          timeouts: result.timeouts,
          ok,
          conflicts,
          conflictReasons,
          conflictSlotIds: [...conflictSlotIds],
          other,
          otherSamples,
          wonSlotIds,
          stalled,
        });
      },
    );
    // Every response, whatever its status: autocannon's own histogram keeps only 2xx, in whole milliseconds.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      latencies.push(responseTime),
    );
    let lastProgressAt = startedAt;
    let lastCount = 0;
    const watchdog = setInterval(() => {
      const now = performance.now();
      if (latencies.length !== lastCount) {
        lastCount = latencies.length;
        lastProgressAt = now;
      } else if (!stalled && now - lastProgressAt > job.stallSeconds * 1000) {
        stalled = true;
        instance.stop();
      }
    }, 250);
  });
}

serveLoadJobs(import.meta.url, run);
