import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule, loadConfig, prepareRuntime, readEnvironment } from '#core';
import { DemoModule } from '../demo.module.js';
import { DemoSeeder } from '../demo-seeder.js';

/**
 * `npm run seed [-- --offerings N] [--slot-weeks W]`: loads the demo dataset into an empty database (embedded
 * by default, or DATABASE_URL). Exits non-zero if the database already holds organizations.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : undefined;
};

const runtime = await prepareRuntime(
  { ...loadConfig(readEnvironment()), seedDemo: false, runJobsInProcess: false, logLevel: 'warn' },
  (line) => process.stderr.write(`${line}\n`),
);
let code = 0;
try {
  @Module({ imports: [CoreModule.forRoot(runtime.config), DemoModule] })
  class SeedCliModule {}
  const app = await NestFactory.createApplicationContext(SeedCliModule, { logger: ['error', 'warn'] });
  const seeder = app.get(DemoSeeder);
  if (!(await seeder.isEmpty())) {
    process.stderr.write(
      'the database already holds organizations: seed only an empty database (or use a fresh DATA_DIR)\n',
    );
    code = 1;
  } else {
    const summary = await seeder.seed({ offerings: option('--offerings'), slotWeeks: option('--slot-weeks') });
    await seeder.publishAccounts(summary);
    process.stderr.write(
      `seeded ${summary.platforms} platforms, ${summary.equipment} equipment, ${summary.offerings} offerings, ${summary.slots} slots\n`,
    );
  }
  await app.close();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  code = 1;
} finally {
  await runtime.release();
}
process.exit(code);
