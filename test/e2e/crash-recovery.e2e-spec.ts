import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { consecutiveSlots, publishSlots, REQUEST_BOOKING } from '../support/booking-fixtures.js';
import { createCatalog, offeringInput, type CatalogSetup } from '../support/catalog-fixtures.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import {
  expectBookingsConsistent,
  expectIndexMatchesCatalog,
  typedOrData,
  waitFor,
} from '../support/recovery-checks.js';
import {
  graphqlClient,
  killServerProcess,
  postGraphql,
  spawnServerProcess,
  startServerProcess,
  type HttpOutcome,
  type ServerProcess,
} from '../support/server-process.js';

const WAVES = 2;
const HOT_SLOTS_PER_WAVE = 4;
const SLOTS_PER_CRASH = WAVES * HOT_SLOTS_PER_WAVE;
const REQUESTERS = 4;
/** Booking requests per wave, each key sent twice at once (a client retrying while the first is in flight). */
const KEYS_PER_WAVE = 12;
/** English words no other title uses: a created offering is searched by its word. */
const WORDS = [
  'aurora',
  'basalt',
  'cobalt',
  'dynamo',
  'ember',
  'falcon',
  'garnet',
  'harbor',
  'indigo',
  'juniper',
  'kelvin',
  'lagoon',
];
const UPDATE_OFFERING = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id title } }`;
const CREATE_OFFERING = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`;
const SEARCH = `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { total hits { offering { id } } } }`;

interface BookingCall {
  requester: SignedIn;
  input: { offeringId: string; slotIds: string[]; brief: string; idempotencyKey: string };
  outcome: Promise<HttpOutcome<{ requestBooking: { id: string } }>>;
}
interface CreateCall {
  word: string;
  outcome: Promise<HttpOutcome<{ createOffering: { id: string } }>>;
}

/**
 * The embedded default (`npm start`: PostgreSQL under DATA_DIR, jobs in process) killed at every stage — during initdb,
 * then SIGKILLed under load (the Node process alone, then Node and PostgreSQL both), then over a pid file and a secret
 * left in a bad state — and started again the same way on the same DATA_DIR with nothing cleaned by hand: it comes back,
 * every booking a client was told about exists, no slot is held twice, a retry with its idempotency key gets the same
 * booking, and every committed change reaches the search index, whose counters agree with its documents.
 */
describe('a server killed and started again on its DATA_DIR', () => {
  let dataDir: string;
  const servers: ServerProcess[] = [];
  let server: ServerProcess;
  let operator: SignedIn;
  let catalog: CatalogSetup;
  let requesters: SignedIn[];
  let hotSlots: string[];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-crash-'));
  });

  afterAll(async () => {
    servers.forEach(killServerProcess);
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = async () => {
    server = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    servers.push(server);
    return server;
  };

  it('starts after a start killed during initdb', async () => {
    const starting = await spawnServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    servers.push(starting);
    // Kill the whole group (initdb with it) once initdb has begun writing the cluster, frozen first so that it cannot
    // finish meanwhile. (On a machine so loaded that initdb ran its course between two looks, the kill lands later.)
    let initdb: number | undefined;
    await waitFor('initdb to write the cluster, or the start to end', async () => {
      initdb = await initdbWriting(dataDir);
      if (initdb) process.kill(initdb, 'SIGSTOP');
      return !!initdb || starting.output().includes('PilotMatch API at') || starting.child.exitCode !== null;
    });
    starting.signalGroup('SIGKILL');
    await starting.exited;
    const frozen = initdb;
    if (frozen) await waitFor('initdb to die with its group', async () => !isRunning(frozen));

    const api = graphqlClient((await start()).port);
    operator = await registerUser(api, { kind: 'LARGE_ENTERPRISE' });
    catalog = await createCatalog(api, operator);
    hotSlots = await publishSlots(api, operator, catalog.equipmentIds[0], consecutiveSlots(2 * SLOTS_PER_CRASH, 72));
    requesters = await Promise.all(Array.from({ length: REQUESTERS }, () => registerUser(api)));
  }, 90_000);

  it.each([
    { crashNumber: 0, what: 'the Node process', killPostgresToo: false },
    { crashNumber: 1, what: 'Node and its PostgreSQL', killPostgresToo: true },
  ])(
    'SIGKILL of $what under load: comes back, loses and doubles nothing',
    async ({ crashNumber, killPostgresToo }) => {
      const first = server;
      const slots = hotSlots.slice(crashNumber * SLOTS_PER_CRASH);
      const words = WORDS.slice(crashNumber * WAVES * 3);
      const bookings: BookingCall[] = [];
      const creations: CreateCall[] = [];
      const others: Array<Promise<HttpOutcome>> = [];
      for (let wave = 0; wave < WAVES; wave++) {
        const sent: Array<{ sent: Promise<void>; outcome: Promise<HttpOutcome<unknown>> }> = [];
        const send = <T>(payload: unknown, token?: string) => {
          const call = postGraphql<T>(first.port, payload, token);
          sent.push(call);
          return call.outcome;
        };
        for (let i = 0; i < KEYS_PER_WAVE; i++) {
          const requester = requesters[i % REQUESTERS];
          const input = {
            offeringId: catalog.offeringId,
            slotIds: [slots[wave * HOT_SLOTS_PER_WAVE + (i % HOT_SLOTS_PER_WAVE)]],
            brief: '正极材料 50 L 放大试验',
            idempotencyKey: `crash-${randomUUID()}`,
          };
          for (let copy = 0; copy < 2; copy++)
            bookings.push({
              requester,
              input,
              outcome: send({ query: REQUEST_BOOKING, variables: { input } }, requester.token),
            });
        }
        for (let i = 0; i < 3; i++) {
          const word = words[wave * 3 + i];
          const input = offeringInput(catalog.platformId, catalog.equipmentIds, {
            title: `崩溃恢复测试服务 ${word}`,
            titleEn: `Recovery ${word} service`,
          });
          creations.push({ word, outcome: send({ query: CREATE_OFFERING, variables: { input } }, operator.token) });
          const edit = { id: catalog.offeringId, title: `正极材料放大 第 ${crashNumber}-${wave}-${i} 版` };
          others.push(send({ query: UPDATE_OFFERING, variables: { input: edit } }, operator.token));
          others.push(send({ query: SEARCH, variables: { input: { query: '正极材料' } } }));
        }
        if (wave < WAVES - 1) {
          await Promise.all(sent.map((call) => call.outcome));
        } else {
          // Every request of the last wave is on the wire and the server has answered one: kill it amid the rest.
          await Promise.all(sent.map((call) => call.sent));
          await Promise.race(sent.map((call) => call.outcome));
          await crash(first, dataDir, killPostgresToo);
        }
      }
      const answered = await Promise.all(bookings.map((b) => b.outcome));
      await Promise.all(others);
      // Whatever was answered before the kill was answered cleanly: a booking, or a typed refusal.
      for (const outcome of answered) if (outcome.kind === 'answered') expect(typedOrData(outcome)).toBe('ok');

      // Started again exactly as before, on the same DATA_DIR, with nothing cleaned by hand.
      const second = await start();
      const again = graphqlClient(second.port);
      const db = new pg.Client({ connectionString: await databaseUrl(second, dataDir) });
      await db.connect();
      try {
        // Every booking a client was told about exists, made by that client with that key.
        const told = new Map<string, string>();
        for (const [i, outcome] of answered.entries()) {
          const id = outcome.body?.data?.requestBooking?.id;
          if (!id) continue;
          const key = bookings[i].input.idempotencyKey;
          expect(told.get(key) ?? id).toBe(id);
          told.set(key, id);
        }
        expect(told.size).toBeGreaterThan(0);
        const stored = await db.query<{ id: string; idempotency_key: string }>(
          `SELECT id, idempotency_key FROM booking WHERE idempotency_key = ANY($1::text[])`,
          [bookings.map((b) => b.input.idempotencyKey)],
        );
        const storedByKey = new Map(stored.rows.map((r) => [r.idempotency_key, r.id]));
        for (const [key, id] of told) expect(storedByKey.get(key)).toBe(id);

        // A retry of every request with its key after the restart: the same booking when one was made, never a second.
        const retried = await Promise.all(
          bookings.map((b) =>
            again.gql<{ requestBooking: { id: string } }>(REQUEST_BOOKING, { input: b.input }, b.requester),
          ),
        );
        for (const [i, res] of retried.entries()) {
          const key = bookings[i].input.idempotencyKey;
          const id = res.data?.requestBooking.id;
          if (storedByKey.has(key)) expect(id).toBe(storedByKey.get(key));
          else if (!id) expect(res.errors?.[0]?.extensions?.reason).toBe('SLOT_UNAVAILABLE');
        }
        await expectBookingsConsistent(db, catalog);

        // Every committed change reaches the index: the outbox drains, and each document is its offering as stored.
        await waitFor('the outbox to drain', async () => {
          const { rows } = await db.query(`SELECT 1 FROM outbox_message WHERE processed_at IS NULL LIMIT 1`);
          return rows.length === 0;
        });
        await expectIndexMatchesCatalog(db, catalog);
        const created = (await Promise.all(creations.map(async (c) => ({ ...c, res: await c.outcome })))).filter(
          (c) => c.res.body?.data?.createOffering,
        );
        expect(created.length).toBeGreaterThan(0);
        for (const c of created) {
          const res = await again.gql<{ searchOfferings: { hits: Array<{ offering: { id: string } }> } }>(SEARCH, {
            input: { query: c.word },
          });
          expect(res.data?.searchOfferings.hits.map((h) => h.offering.id)).toContain(
            c.res.body?.data?.createOffering.id,
          );
        }
      } finally {
        await db.end();
      }
    },
    90_000,
  );

  it('starts over a pid file naming another live process and a secret file cut short', async () => {
    server.signalGroup('SIGKILL');
    await server.exited;
    // The killed server's pid, since given to a process that is no PilotMatch (here a `sleep`).
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(dataDir, 'pilotmatch.pid'), String(stranger.pid));
      await writeFile(path.join(dataDir, 'jwt-secret'), '');
      const api = graphqlClient((await start()).port);
      const user = await registerUser(api);
      const me = await api.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: user.token });
      expect(me.data?.me.id).toBe(user.userId);
    } finally {
      stranger.kill('SIGKILL');
    }
  }, 60_000);
});

/** SIGKILL the Node process (PostgreSQL runs in a process group of its own), and its PostgreSQL too if asked. */
async function crash(server: ServerProcess, dataDir: string, killPostgresToo: boolean): Promise<void> {
  const postmaster = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  server.signalGroup('SIGKILL');
  if (killPostgresToo) process.kill(postmaster, 'SIGKILL');
  await server.exited;
}

/** The URL of the embedded cluster the server started: the port from its log line, the password from DATA_DIR. */
async function databaseUrl(server: ServerProcess, dataDir: string): Promise<string> {
  const port = /embedded PostgreSQL listening at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:(\d+)\//.exec(
    server.output(),
  )?.[1];
  if (!port) throw new Error(`no embedded PostgreSQL in the output:\n${server.output()}`);
  const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/pilotmatch`;
}

/** The pid of an initdb writing a cluster under `dataDir` that holds PG_VERSION already, if there is one. */
async function initdbWriting(dataDir: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    const command = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const pgdata = command
      .split('\0')
      .find((arg) => arg.startsWith('--pgdata='))
      ?.slice('--pgdata='.length);
    if (!command.includes('initdb') || !pgdata?.startsWith(dataDir)) continue;
    if (await stat(path.join(pgdata, 'PG_VERSION')).catch(() => undefined)) return Number(entry);
  }
  return undefined;
}

/** Running: a zombie (killed, its parent gone, not reaped yet) is not. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
