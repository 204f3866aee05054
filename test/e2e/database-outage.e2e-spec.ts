import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, readlink, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#core/testing';
import { consecutiveSlots, publishSlots, REQUEST_BOOKING } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { registerUser, TEST_PASSWORD, type SignedIn } from '../support/factories.js';
import {
  expectBookingsConsistent,
  expectIndexMatchesCatalog,
  typedOrData,
  waitFor,
} from '../support/recovery-checks.js';
import {
  freePort,
  graphqlClient,
  killServerProcess,
  postGraphql,
  startServerProcess,
  type HttpOutcome,
  type ServerProcess,
} from '../support/server-process.js';

const SEARCH = `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total } }`;
const UPDATE_OFFERING = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

/**
 * With DATABASE_URL (an external PostgreSQL; here a second embedded server the test owns), PostgreSQL is SIGKILLed
 * under load and started again on the same port: while it is down every request is answered promptly with a typed
 * SERVICE_UNAVAILABLE (never INTERNAL_SERVER_ERROR, never a hang), and once it is back the API and its outbox worker
 * recover by themselves, with nothing lost or doubled.
 */
describe('an external PostgreSQL that dies under load and comes back', () => {
  let dir: string;
  let port: number;
  let database: EmbeddedDatabase | undefined;
  let server: ServerProcess;
  let operator: SignedIn;
  let requester: SignedIn;
  let catalog: CatalogSetup;
  let slots: string[];

  // Durable as an external server is: with `fast` (synchronous_commit off) a SIGKILL loses the last commits, such as
  // the slots published just before it, and the test would blame the API for the database's lost writes.
  const startDatabase = async () =>
    (database = await startEmbeddedPostgres({ clusterDir: path.join(dir, 'external'), port }));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-outage-'));
    port = await freePort();
    const admin = new pg.Client({ connectionString: (await startDatabase()).adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE pilotmatch');
    await admin.end();
    server = await startServerProcess({
      DATABASE_URL: database!.urlFor('pilotmatch'),
      RUN_JOBS_IN_PROCESS: 'true',
      JWT_SECRET: 'outage-secret-outage-secret-outage-secret-0123',
      DATA_DIR: dir,
    });
    const api = graphqlClient(server.port);
    operator = await registerUser(api, { kind: 'LARGE_ENTERPRISE' });
    requester = await registerUser(api);
    catalog = await createCatalog(api, operator);
    slots = await publishSlots(api, operator, catalog.equipmentIds[0], consecutiveSlots(30, 72));
  }, 90_000);

  afterAll(async () => {
    killServerProcess(server);
    await database?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const book = (slotId: string, key = `outage-${randomUUID()}`) =>
    postGraphql<{ requestBooking: { id: string } }>(
      server.port,
      {
        query: REQUEST_BOOKING,
        variables: {
          input: { offeringId: catalog.offeringId, slotIds: [slotId], idempotencyKey: key, brief: '停机测试' },
        },
      },
      requester.token,
    );
  const everyKind = (slotId: string, n: number) => [
    book(slotId).outcome,
    postGraphql(server.port, { query: SEARCH, variables: { input: { query: `正极材料 ${n}` } } }).outcome,
    postGraphql(
      server.port,
      { query: UPDATE_OFFERING, variables: { input: { id: catalog.offeringId, title: `停机前后 第 ${n} 版` } } },
      operator.token,
    ).outcome,
    postGraphql(server.port, {
      query: LOGIN,
      variables: { input: { email: requester.email, password: TEST_PASSWORD } },
    }).outcome,
    // A public operation with a valid token: the caller cannot be looked up, which is not the same as anonymous.
    postGraphql(server.port, { query: `{ me { email } }` }, requester.token).outcome,
  ];

  it('answers typed errors while it is down, then recovers by itself: pool, outbox worker, nothing lost', async () => {
    // Load in flight when PostgreSQL is killed: each request is answered, with its data or a typed error.
    const inFlight = slots.slice(0, 10).flatMap((slotId, n) => everyKind(slotId, n));
    await Promise.race(inFlight);
    const postmaster = Number((await readFile(path.join(dir, 'external', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    for (const outcome of await Promise.all(inFlight)) expect(typedOrData(outcome)).toBe('ok');
    // Down for good: no backend of it is left to answer on a pooled connection.
    await waitFor('its backends to exit', async () => (await processesIn(path.join(dir, 'external'))) === 0);

    // While it is down: answered, and typed as the server's temporary trouble.
    const whileDown = await Promise.all(slots.slice(10, 15).flatMap((slotId, n) => everyKind(slotId, 100 + n)));
    for (const outcome of whileDown) expect(unavailable(outcome)).toBe('SERVICE_UNAVAILABLE');
    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect({ status: health.status, body: await health.text() }).toEqual({
      status: 503,
      body: expect.stringContaining('database'),
    });

    // Back on the same port: the API recovers without a restart.
    await startDatabase();
    await waitFor('a booking to succeed again', async () => {
      const outcome = await book(slots[20]).outcome;
      return !!outcome.body?.data?.requestBooking;
    });
    // A change made after the outage reaches the index too: the outbox worker runs again.
    const after = await postGraphql<{ updateOffering: { id: string } }>(
      server.port,
      { query: UPDATE_OFFERING, variables: { input: { id: catalog.offeringId, title: '停机之后的版本' } } },
      operator.token,
    ).outcome;
    expect(after.body?.data?.updateOffering.id).toBe(catalog.offeringId);
    const db = new pg.Client({ connectionString: database!.urlFor('pilotmatch') });
    await db.connect();
    try {
      await waitFor('the outbox to drain', async () => {
        const { rows } = await db.query(`SELECT 1 FROM outbox_message WHERE processed_at IS NULL LIMIT 1`);
        return rows.length === 0;
      });
      await expectIndexMatchesCatalog(db, catalog);
      await expectBookingsConsistent(db, catalog);
    } finally {
      await db.end();
    }
    // The same process all along: a connection the server cut did not end it.
    expect(server.child.exitCode).toBeNull();
  }, 120_000);
});

/** The code of a refusal when all its errors share one; else the outcome, to show it. */
function unavailable(outcome: HttpOutcome): string {
  const codes = new Set(outcome.body?.errors?.map((e) => e.extensions?.code));
  return codes.size === 1 ? String([...codes][0]) : JSON.stringify(outcome).slice(0, 2000);
}

/** How many processes run in `directory` (PostgreSQL's work in their data directory). */
async function processesIn(directory: string): Promise<number> {
  const target = await realpath(directory);
  const cwds = await Promise.all(
    (await readdir('/proc')).map((entry) => readlink(`/proc/${entry}/cwd`).catch(() => '')),
  );
  return cwds.filter((cwd) => cwd === target).length;
}
