import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { dataSourceOptions, prepared, TransactionRunner } from '#core';
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

  describe('BEGIN and COMMIT travel with a statement', () => {
    /** Round trips on the runner's connection while `work` runs: one ReadyForQuery answers each. */
    async function roundTrips(runner: QueryRunner, work: () => Promise<unknown>): Promise<number> {
      const connection = ((await runner.connect()) as pg.Client & { connection: NodeJS.EventEmitter }).connection;
      let count = 0;
      const counted = () => (count += 1);
      connection.on('readyForQuery', counted);
      try {
        await work();
      } finally {
        connection.off('readyForQuery', counted);
      }
      return count;
    }
    const xact = 'SELECT pg_current_xact_id()::text AS x';

    it('runs a prepared or parameterised first statement inside the transaction, one round trip for both', async () => {
      const runner = dataSource.createQueryRunner();
      try {
        for (const first of [prepared(`${xact}, $1::int AS n`), `${xact}, $1::int + 0 AS n`]) {
          let ids: string[] = [];
          const trips = await roundTrips(runner, async () => {
            await runner.startTransaction();
            const [{ x, n }] = (await runner.query(first, [7])) as Array<{ x: string; n: number }>;
            const [{ x: again }] = (await runner.query(xact)) as Array<{ x: string }>;
            await runner.commitTransaction();
            expect(n).toBe(7);
            ids = [x, again];
          });
          expect(ids[0]).toBe(ids[1]); // one transaction: the first statement did not run on its own
          expect(trips).toBe(3); // BEGIN + first, second, COMMIT (4 when BEGIN went alone)
        }
      } finally {
        await runner.release();
      }
    });

    it('sends BEGIN alone before a first statement without parameters, still one transaction', async () => {
      const runner = dataSource.createQueryRunner();
      try {
        const trips = await roundTrips(runner, async () => {
          await runner.startTransaction();
          const [{ x }] = (await runner.query(xact)) as Array<{ x: string }>;
          const [{ x: again }] = (await runner.query(xact)) as Array<{ x: string }>;
          await runner.commitTransaction();
          expect(x).toBe(again);
        });
        expect(trips).toBe(4);
      } finally {
        await runner.release();
      }
    });

    it('sends nothing for a transaction that ends before its first statement', async () => {
      const runner = dataSource.createQueryRunner();
      try {
        const trips = await roundTrips(runner, async () => {
          await runner.startTransaction();
          await runner.commitTransaction();
          await runner.startTransaction();
          await runner.rollbackTransaction();
        });
        expect(trips).toBe(0);
        expect(await runner.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await runner.release();
      }
    });

    it('rolls back a failing first write and leaves the connection usable', async () => {
      await dataSource.query('CREATE TABLE begin_probe (id int PRIMARY KEY)');
      const insert = prepared('INSERT INTO begin_probe (id) VALUES ($1), ($2)');
      await expect(dataSource.transaction((manager) => manager.query(insert, [1, 1]))).rejects.toMatchObject({
        name: 'QueryFailedError',
        code: '23505',
      });
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.query(insert, [2, 3]);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      await dataSource.transaction((manager) => manager.query(insert, [4, 5]));
      expect(await dataSource.query('SELECT id FROM begin_probe ORDER BY id')).toEqual([{ id: 4 }, { id: 5 }]);
    });

    it('parses a prepared first statement again after its parse failed (BEGIN’s ParseComplete is not its own)', async () => {
      const late = prepared('SELECT count(*)::int AS n FROM begin_late WHERE id > $1');
      await expect(dataSource.transaction((manager) => manager.query(late, [0]))).rejects.toMatchObject({
        code: '42P01',
      });
      await dataSource.query('CREATE TABLE begin_late (id int)');
      expect(await dataSource.transaction((manager) => manager.query(late, [0]))).toEqual([{ n: 0 }]);
      expect(await dataSource.transaction((manager) => manager.query(late, [0]))).toEqual([{ n: 0 }]);
    });

    it('commits with the statement announced as the last: one round trip for BEGIN, it and COMMIT', async () => {
      await dataSource.query('CREATE TABLE commit_probe (id int PRIMARY KEY)');
      const insert = prepared('INSERT INTO commit_probe (id) VALUES ($1), ($2) RETURNING id');
      const transactions = new TransactionRunner(dataSource);
      const runner = dataSource.createQueryRunner();
      try {
        let written: unknown;
        const trips = await roundTrips(runner, async () => {
          await runner.startTransaction();
          transactions.commitWithNext(runner.manager);
          written = await runner.query(insert, [1, 2]);
          await runner.commitTransaction();
        });
        expect(written).toEqual([{ id: 1 }, { id: 2 }]);
        expect(trips).toBe(1); // BEGIN + INSERT + COMMIT (3 round trips when each went alone)
        const client = (await runner.connect()) as pg.Client & { getTransactionStatus(): string | null };
        expect(client.getTransactionStatus()).toBe('I'); // idle: outside any transaction
      } finally {
        await runner.release();
      }
      // Committed: the next transaction sees the rows.
      expect(await dataSource.query('SELECT id FROM commit_probe ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
    });

    it('commits nothing when the last statement fails, and refuses a statement sent after the last', async () => {
      await dataSource.query('CREATE TABLE commit_fail (id int PRIMARY KEY)');
      const insert = prepared('INSERT INTO commit_fail (id) VALUES ($1), ($2)');
      const transactions = new TransactionRunner(dataSource);
      // The claim-like first statement writes; the last fails: both are rolled back.
      await expect(
        transactions.run(async (manager) => {
          await manager.query(insert, [1, 2]);
          transactions.commitWithNext(manager);
          await manager.query(insert, [3, 3]);
        }),
      ).rejects.toMatchObject({ name: 'QueryFailedError', code: '23505' });
      expect(await dataSource.query('SELECT id FROM commit_fail')).toEqual([]);
      // A statement after the last one would run outside the transaction: refused, and the pool stays usable.
      await expect(
        transactions.run(async (manager) => {
          transactions.commitWithNext(manager);
          await manager.query(insert, [4, 5]);
          await manager.query(insert, [6, 7]);
        }),
      ).rejects.toThrow('committed with the statement announced as its last');
      expect(await dataSource.query('SELECT id FROM commit_fail ORDER BY id')).toEqual([{ id: 4 }, { id: 5 }]);
      await transactions.run((manager) => manager.query(insert, [8, 9]));
      expect(await dataSource.query('SELECT count(*)::int AS n FROM commit_fail')).toEqual([{ n: 4 }]);
    });

    it('announcing the last statement outside a transaction or in a nested one changes nothing', async () => {
      await dataSource.query('CREATE TABLE commit_nested (id int PRIMARY KEY)');
      const insert = prepared('INSERT INTO commit_nested (id) VALUES ($1)');
      const transactions = new TransactionRunner(dataSource);
      transactions.commitWithNext(dataSource.manager);
      await dataSource.query(insert, [1]);
      await expect(
        dataSource.transaction(async (outer) => {
          await outer.query(insert, [2]);
          await outer.transaction(async (inner) => {
            transactions.commitWithNext(inner);
            await inner.query(insert, [3]);
          });
          throw new Error('outer fails after the nested one');
        }),
      ).rejects.toThrow('outer fails');
      expect(await dataSource.query('SELECT id FROM commit_nested ORDER BY id')).toEqual([{ id: 1 }]);
    });
  });
});
