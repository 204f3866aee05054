import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig, prepareRuntime, readEnvironment, type PreparedRuntime } from '#core';
import { WorkerModule } from './worker.module.js';

const log = (line: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: line })}\n`);
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Runs background work (search indexing, expiry jobs, alerts) on its own; `npm start` runs the same jobs in the API. */
async function main(): Promise<void> {
  let runtime: PreparedRuntime | undefined;
  try {
    runtime = await prepareRuntime(loadConfig(readEnvironment()), log);
    for (const signal of SIGNALS) process.removeAllListeners(signal);
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime.config), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    const started = runtime;
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received, stopping the worker`);
      void app
        .close()
        .then(() => started.release())
        .finally(() => process.exit(0));
    };
    // `on`, not `once`, as in the API: a second signal must not kill the worker and leave its PostgreSQL running.
    for (const signal of SIGNALS) process.on(signal, () => stop(signal));
    log('PilotMatch worker running');
  } catch (error) {
    process.stderr.write(
      error instanceof ConfigError
        ? `${error.message}\n`
        : `PilotMatch worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await runtime?.release().catch(() => undefined);
    process.exit(1);
  }
}

void main();
