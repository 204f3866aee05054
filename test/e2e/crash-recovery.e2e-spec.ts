import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { consecutiveSlots, publishSlots, REQUEST_BOOKING } from '../support/booking-fixtures.js';
import { createCatalog, offeringInput } from '../support/catalog-fixtures.js';
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
  startServerProcess,
  type HttpOutcome,
  type ServerProcess,
} from '../support/server-process.js';

const WAVES = 3;
const HOT_SLOTS_PER_WAVE = 4;
const REQUESTERS = 4;
/** Booking requests per wave, each key sent twice at once (a client retrying while the first is in flight). */
const KEYS_PER_WAVE = 12;
/** English words no other title uses: a created offering is searched by its word. */
const WORDS = ['aurora', 'basalt', 'cobalt', 'dynamo', 'ember', 'falcon', 'garnet', 'harbor', 'indigo'];
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
 * The embedded default (`npm start`: PostgreSQL under DATA_DIR, jobs in process) SIGKILLed under load — the Node process
 * alone, or Node and PostgreSQL both — and started again the same way on the same DATA_DIR: it comes back by itself,
 * every booking a client was told about exists, no slot is held twice, a retry with its idempotency key gets the same
 * booking, and every committed change reaches the search index, whose counters agree with its documents.
 */
describe('a server killed under load and started again', () => {
  const dataDirs: string[] = [];
  const servers: ServerProcess[] = [];

  afterAll(async () => {
    servers.forEach(killServerProcess);
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const start = async (dataDir: string) => {
    const server = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    servers.push(server);
    return server;
  };

  it.each([
    ['the Node process', false],
    ['Node and its PostgreSQL', true],
  ])(
    'SIGKILL of %s: comes back, loses and doubles nothing',
    async (_what, killPostgresToo) => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-crash-'));
      dataDirs.push(dataDir);
      const first = await start(dataDir);
      const api = graphqlClient(first.port);
      const operator = await registerUser(api, { kind: 'LARGE_ENTERPRISE' });
      const catalog = await createCatalog(api, operator);
      const hotSlots = await publishSlots(
        api,
        operator,
        catalog.equipmentIds[0],
        consecutiveSlots(WAVES * HOT_SLOTS_PER_WAVE, 72),
      );
      const requesters = await Promise.all(Array.from({ length: REQUESTERS }, () => registerUser(api)));

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
            slotIds: [hotSlots[wave * HOT_SLOTS_PER_WAVE + (i % HOT_SLOTS_PER_WAVE)]],
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
          const word = WORDS[wave * 3 + i];
          const input = offeringInput(catalog.platformId, catalog.equipmentIds, {
            title: `崩溃恢复测试服务 ${word}`,
            titleEn: `Recovery ${word} service`,
          });
          creations.push({ word, outcome: send({ query: CREATE_OFFERING, variables: { input } }, operator.token) });
          const edit = { id: catalog.offeringId, title: `正极材料放大 第 ${wave}-${i} 版` };
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
      const second = await start(dataDir);
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
    150_000,
  );
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
