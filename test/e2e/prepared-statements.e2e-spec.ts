import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions, prepared } from '#core';
import { createTestDatabase, type TestDatabase } from '#core/testing';

describe('prepared statements', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, { poolSize: 1 })).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const preparedOnThisConnection = (runner: { query: DataSource['query'] }) =>
    runner.query(`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'pilotmatch\\_%' ORDER BY statement`);

  it('prepares a statement marked hot once per connection and answers it as an ordinary query', async () => {
    const hot = prepared('SELECT $1::int + 1 AS n');
    const cold = 'SELECT $1::int + 2 AS n';
    const runner = dataSource.createQueryRunner();
    try {
      expect(await runner.query(hot, [1])).toEqual([{ n: 2 }]);
      expect(await runner.query(hot, [41])).toEqual([{ n: 42 }]);
      expect(await runner.query(cold, [1])).toEqual([{ n: 3 }]);
      expect(await preparedOnThisConnection(runner)).toEqual([{ statement: hot }]);
    } finally {
      await runner.release();
    }
  });

  it('still fails a prepared statement with the database error, wrapped as TypeORM wraps any query', async () => {
    const hot = prepared('SELECT 1 / $1::int AS n');
    await expect(dataSource.query(hot, [0])).rejects.toMatchObject({ name: 'QueryFailedError', code: '22012' });
    expect(await dataSource.query(hot, [1])).toEqual([{ n: 1 }]);
  });

  it('prepares nothing when turned off (a pooler in transaction mode), answering the same', async () => {
    const plain = await new DataSource(
      dataSourceOptions(database.url, { poolSize: 1, preparedStatements: false }),
    ).initialize();
    const runner = plain.createQueryRunner();
    try {
      const hot = prepared('SELECT $1::int + 3 AS n');
      expect(await runner.query(hot, [1])).toEqual([{ n: 4 }]);
      expect(await runner.query(hot, [2])).toEqual([{ n: 5 }]);
      expect(await preparedOnThisConnection(runner)).toEqual([]);
    } finally {
      await runner.release();
      await plain.destroy();
    }
  });
});
