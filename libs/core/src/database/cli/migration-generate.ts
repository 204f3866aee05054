import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runDatabaseScript } from './cli-runtime.js';

/**
 * `npm run migration:generate -- AddBookings`: diffs the entities against the migrated database (TypeORM's
 * schema builder, as its own CLI does) and writes a migration plus its entry in migrations/index.ts.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  process.stderr.write('usage: npm run migration:generate -- NameInPascalCase\n');
  process.exit(2);
}

const MIGRATIONS_DIR = path.resolve('libs/core/src/database/migrations');

await runDatabaseScript(async (dataSource) => {
  await dataSource.runMigrations({ transaction: 'all' });
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    process.stderr.write('no changes: the entities match the database\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const quote = (query: string) =>
    `\`${query.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${')}\``;
  const lines = (queries: Array<{ query: string }>) =>
    queries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  // TypeORM emits CREATE TYPE once per column using a shared enum (and DROP TYPE likewise): keep the first
  // creation and the last drop, so shared enums such as accreditation migrate both ways.
  const upQueries = sql.upQueries.filter(
    (q, i, all) => !/^CREATE TYPE /.test(q.query) || all.findIndex((o) => o.query === q.query) === i,
  );
  const downOrdered = [...sql.downQueries].reverse();
  const downQueries = downOrdered.filter(
    (q, i, all) => !/^DROP TYPE /.test(q.query) || all.findLastIndex((o) => o.query === q.query) === i,
  );
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(downQueries)}
  }
}
`;
  const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
  await writeFile(path.join(MIGRATIONS_DIR, file), source);
  const indexFile = path.join(MIGRATIONS_DIR, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  const importLine = `import { ${className} } from './${file.replace(/\.ts$/, '.js')}';`;
  const withImport = index.replace(/(\n\n\/\*\* Every migration)/, `\n${importLine}$1`);
  const withEntry = withImport.replace(/(\n\];\n?)$/, `\n  ${className},$1`).replace('[\n\n', '[\n');
  await writeFile(indexFile, withEntry);
  process.stderr.write(
    `wrote ${path.join('libs/core/src/database/migrations', file)}; review it, then npm run build\n`,
  );
});
