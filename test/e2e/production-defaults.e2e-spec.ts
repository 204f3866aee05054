import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { killServerProcess, startServerProcess, type ServerProcess } from '../support/server-process.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SECRET = 'production-secret-production-secret-0123456789';
const INTROSPECTION = `{ __schema { queryType { name } } }`;
const README_ADMIN = { email: 'admin@pilotmatch.demo', password: 'Pilot-Admin-2024' };
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

const post = async (port: number, query: string, variables?: Record<string, unknown>) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> };
};

/** `NODE_ENV=production` on the embedded database, as `npm start` would run it with nothing else configured. */
describe('production defaults', () => {
  let dataDir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-production-'));
    server = await startServerProcess({ NODE_ENV: 'production', JWT_SECRET: SECRET, DATA_DIR: dataDir });
  }, 90_000);

  afterAll(async () => {
    if (server) {
      server.signalGroup('SIGTERM');
      await server.exited;
    }
    killServerProcess(server);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds no demo data and has no demo accounts', async () => {
    const res = await post(server.port, `{ platforms(first: 1) { totalCount } }`);
    expect(res.data).toEqual({ platforms: { totalCount: 0 } });
    await expect(stat(path.join(dataDir, 'demo-accounts.json'))).rejects.toThrow(/ENOENT/);
    const login = await post(server.port, LOGIN, { input: README_ADMIN });
    expect(login.data ?? null).toBeNull();
  });

  it('refuses introspection and gives no "did you mean" hints', async () => {
    const introspection = await post(server.port, INTROSPECTION);
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typo = await post(server.port, `{ platfroms { totalCount } }`);
    expect(typo.errors?.[0].message).toMatch(/Cannot query field "platfroms"/);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const badEnum = await post(server.port, `query($f: PlatformFilter) { platforms(filter: $f) { totalCount } }`, {
      f: { levels: ['NATIONL'] },
    });
    expect(JSON.stringify(badEnum.errors)).not.toMatch(/Did you mean|NATIONAL/);
  });

  it('serves no GraphiQL', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/graphiql`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/graphiql/assets/graphiql.js`)).status).toBe(404);
  });
});

describe('production with the demo asked for (SEED_DEMO=true) and the schema tools configured on', () => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-production-demo-'));
    t = await startTestApp({
      NODE_ENV: 'production',
      SEED_DEMO: 'true',
      DATA_DIR: dataDir,
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHQL_SUGGESTIONS: 'true',
      GRAPHIQL: 'true',
    });
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives the demo accounts random passwords, written only to DATA_DIR (owner-readable), never the README’s', async () => {
    const file = path.join(dataDir, 'demo-accounts.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const accounts = JSON.parse(await readFile(file, 'utf8')) as Array<{ email: string; password: string }>;
    const admin = accounts.find((a) => a.email === README_ADMIN.email);
    expect(admin?.password).not.toBe(README_ADMIN.password);
    expect(admin?.password.length).toBeGreaterThanOrEqual(20);
    expect((await t.gql(LOGIN, { input: README_ADMIN })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { input: { email: admin?.email, password: admin?.password } })).errors).toBeUndefined();
    // The IDE is on as configured, but its example shows no password.
    const page = await t.http().get('/graphiql');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(admin?.password);
  });

  it('answers introspection and hints when configured', async () => {
    expect((await t.gql(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(JSON.stringify((await t.gql(`{ platfroms { totalCount } }`)).errors)).toMatch(/Did you mean/);
  });
});
