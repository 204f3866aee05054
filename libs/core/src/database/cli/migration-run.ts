import 'reflect-metadata';
import { runDatabaseScript } from './cli-runtime.js';

await runDatabaseScript(async (dataSource) => {
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  process.stderr.write(
    applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}\n` : 'database is up to date\n',
  );
});
