import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data and in-process jobs', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '.data',
      seedDemo: true,
      runJobsInProcess: true,
      database: { embedded: true, url: undefined },
    });
  });

  it('switches demo data and in-process jobs off when DATABASE_URL points at a server', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pilotmatch' });
    expect(config).toMatchObject({
      seedDemo: false,
      runJobsInProcess: false,
      database: { embedded: false, url: 'postgres://u:p@db:5432/pilotmatch', preparedStatements: true },
    });
    // Behind PgBouncer in transaction mode named statements cannot follow a session: they can be turned off.
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u:p@db:6432/pilotmatch', DATABASE_PREPARED_STATEMENTS: 'false' }).database
        .preparedStatements,
    ).toBe(false);
  });

  it.each([
    ['PORT', 'abc', /^Invalid configuration: PORT .*\(got "abc"\)$/],
    ['PORT', '70000', /^Invalid configuration: PORT must not be greater than 65535/],
    ['DATABASE_URL', 'mysql://x', /^Invalid configuration: DATABASE_URL /],
    ['MEILI_URL', 'not a url', /^Invalid configuration: MEILI_URL /],
    ['SEED_DEMO', 'maybe', /^Invalid configuration: SEED_DEMO must be a boolean/],
    [
      'DATABASE_PREPARED_STATEMENTS',
      'sometimes',
      /^Invalid configuration: DATABASE_PREPARED_STATEMENTS must be a boolean/,
    ],
    ['LOG_LEVEL', 'loud', /^Invalid configuration: LOG_LEVEL /],
    ['JWT_SECRET', 'short', /^Invalid configuration: JWT_SECRET /],
  ])('names %s when it is %p', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' })).toThrow(
      /JWT_SECRET is required/,
    );
  });

  it('shows nothing extra in production: no demo seed, introspection, hints or GraphiQL unless configured', () => {
    const secret = { JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secret })).toMatchObject({
      seedDemo: false,
      graphql: { introspection: false, suggestions: false, graphiql: false },
    });
    expect(
      loadConfig({ NODE_ENV: 'production', ...secret, SEED_DEMO: 'true', GRAPHQL_INTROSPECTION: 'on', GRAPHIQL: '1' }),
    ).toMatchObject({ seedDemo: true, graphql: { introspection: true, suggestions: false, graphiql: true } });
    expect(loadConfig({})).toMatchObject({
      seedDemo: true,
      graphql: { introspection: true, suggestions: true, graphiql: true },
    });
  });

  it('reads TRUST_PROXY as hops or addresses, off by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('lets 10 sign-ups per address go freely unless REGISTRATIONS_PER_ADDRESS says otherwise', () => {
    expect(loadConfig({}).auth.registrationsPerAddress).toBe(10);
    expect(loadConfig({ REGISTRATIONS_PER_ADDRESS: '200' }).auth.registrationsPerAddress).toBe(200);
    expect(() => loadConfig({ REGISTRATIONS_PER_ADDRESS: '0' })).toThrow(/REGISTRATIONS_PER_ADDRESS/);
  });

  it('hashes 2 passwords at once with 16 waiting up to 3 s, and keeps hashes below the thread pool size', () => {
    expect(loadConfig({}).auth.passwordHashing).toEqual({ concurrency: 2, queue: 16, queueWaitMs: 3000 });
    expect(
      loadConfig({ PASSWORD_HASH_CONCURRENCY: '6', UV_THREADPOOL_SIZE: '8', PASSWORD_HASH_QUEUE: '0' }).auth
        .passwordHashing,
    ).toMatchObject({ concurrency: 6, queue: 0 });
    // A thread pool of 2 keeps one thread for database connects by default.
    expect(loadConfig({ UV_THREADPOOL_SIZE: '2' }).auth.passwordHashing.concurrency).toBe(1);
    expect(() => loadConfig({ PASSWORD_HASH_CONCURRENCY: '4' })).toThrow(
      /^Invalid configuration: PASSWORD_HASH_CONCURRENCY must be below the thread pool size \(UV_THREADPOOL_SIZE, 4\)/,
    );
  });

  it('scores passwords on 1 worker thread with 16 waiting up to 3 s unless PASSWORD_STRENGTH_* say otherwise', () => {
    expect(loadConfig({}).auth.passwordScoring).toEqual({ concurrency: 1, queue: 16, queueWaitMs: 3000 });
    expect(
      loadConfig({ PASSWORD_STRENGTH_THREADS: '2', PASSWORD_STRENGTH_QUEUE: '0', PASSWORD_STRENGTH_WAIT_MS: '500' })
        .auth.passwordScoring,
    ).toEqual({ concurrency: 2, queue: 0, queueWaitMs: 500 });
    expect(() => loadConfig({ PASSWORD_STRENGTH_THREADS: '0' })).toThrow(/PASSWORD_STRENGTH_THREADS/);
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ HOME: '/root', PATH: '/bin' }).port).toBe(3000);
  });
});
