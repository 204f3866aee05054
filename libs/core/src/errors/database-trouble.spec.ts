import { describe, expect, it } from '@jest/globals';
import { databaseTrouble } from './database-trouble.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('databaseTrouble', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a server shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'a client unusable after its connection failed',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    [
      'TypeORM refusing a transaction whose connection failed',
      Object.assign(new Error('released'), { name: 'QueryRunnerAlreadyReleasedError' }),
    ],
    [
      'TypeORM wrapping a lost connection',
      Object.assign(new Error('query failed'), { driverError: withCode('x', '57P01') }),
    ],
    [
      'both addresses of localhost refusing',
      Object.assign(new AggregateError([withCode('a', 'ECONNREFUSED'), withCode('b', 'ECONNREFUSED')]), {}),
    ],
  ])('is the database unavailable for %s', (_what, error) => {
    expect(databaseTrouble(error)).toBe('DATABASE_UNAVAILABLE');
  });

  it('is a statement timeout for query_canceled, wrapped or not', () => {
    expect(databaseTrouble(withCode('canceling statement due to statement timeout', '57014'))).toBe(
      'STATEMENT_TIMEOUT',
    );
    expect(databaseTrouble({ driverError: { code: '57014' } })).toBe('STATEMENT_TIMEOUT');
  });

  it.each([
    ['a unique violation', withCode('duplicate key', '23505')],
    ['a syntax error', withCode('syntax error', '42601')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a non-error', 'Connection terminated'],
    ['nothing', undefined],
  ])('is nothing of the kind for %s', (_what, error) => {
    expect(databaseTrouble(error)).toBeUndefined();
  });
});
