import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog } from '../support/catalog-fixtures.js';
import { registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

/**
 * Every connection pages through rows written in one transaction (one timestamp for all: the demo catalogue of a
 * fresh install) and rows apart by microseconds within one millisecond, which millisecond cursors lost.
 */
describe('paging every connection', () => {
  let t: TestApp;
  let dataDir: string;
  let operator: SignedIn;
  let requester: SignedIn;
  let platformId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-paging-'));
    t = await startTestApp({ SEED_DEMO: 'true', DATA_DIR: dataDir });
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    requester = await registerUser(t, { kind: 'STARTUP' });
    const catalog = await createCatalog(t, operator);
    platformId = catalog.platformId;
    const slots = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(11, 72));
    for (const slot of slots) await requestBooking(t, requester, catalog.offeringId, [slot]);
    for (let i = 0; i < 11; i += 1) {
      const res = await t.gql(
        `mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }`,
        {
          input: {
            kind: 'SCALE_UP',
            title: `中试需求 ${i}`,
            description: '三元正极材料的工艺放大。',
            windowFrom: new Date(Date.now() + 2 * 86_400_000).toISOString(),
            windowTo: new Date(Date.now() + 60 * 86_400_000).toISOString(),
            confidential: false,
          },
        },
        { token: requester.token },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    // Same-millisecond timestamps, a third of them equal to the microsecond, as rows written together have.
    const sql = t.app.get(DataSource);
    for (const table of ['booking', 'notification', 'pilot_request'])
      await sql.query(
        `UPDATE ${table} SET created_at = timestamptz '2026-03-01 08:00:00.123' + (ctid_rank % 3) * interval '1 microsecond'
           FROM (SELECT id AS rid, row_number() OVER (ORDER BY id) AS ctid_rank FROM ${table}) ranked WHERE ranked.rid = ${table}.id`,
      );
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const CONNECTIONS: Array<[string, string, () => { token?: string; variables?: Record<string, unknown> }, number]> = [
    ['platforms (the seeded catalogue)', 'platforms(first: $first, after: $after)', () => ({}), 90],
    ['offerings (the seeded catalogue)', 'offerings(first: $first, after: $after)', () => ({}), 400],
    ['notifications', 'notifications(first: $first, after: $after)', () => ({ token: operator.token }), 11],
    ['myBookings', 'myBookings(first: $first, after: $after)', () => ({ token: requester.token }), 11],
    [
      'platformBookings',
      'platformBookings(platformId: $platformId, first: $first, after: $after)',
      () => ({ token: operator.token, variables: { platformId } }),
      11,
    ],
    ['myPilotRequests', 'myPilotRequests(first: $first, after: $after)', () => ({ token: requester.token }), 11],
  ];

  it.each(CONNECTIONS)('%s: every row exactly once, in pages of 7', async (_name, field, context, atLeast) => {
    const { token, variables = {} } = context();
    const definitions = ['$first: Int!', '$after: String', ...Object.keys(variables).map((v) => `$${v}: ID!`)];
    const query = `query(${definitions.join(', ')}) { page: ${field} { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let pages = 0; pages < 200; pages += 1) {
      const res = await t.gql<{ page: Page }>(query, { ...variables, first: 7, after }, { token });
      expect(res.errors).toBeUndefined();
      const page = res.data?.page as Page;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
      after = page.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThanOrEqual(atLeast);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(totalCount);
  });

  it('refuses a cursor of one list on another, even of the same rows (my bookings and a platform’s bookings)', async () => {
    const query = (field: string, definitions = '') =>
      `query($after: String${definitions}) { page: ${field} { edges { node { id } } } }`;
    const lists: Array<[string, string, Record<string, unknown>, string]> = [
      ['myBookings', query('myBookings(first: 3, after: $after)'), {}, requester.token],
      [
        'platformBookings',
        query('platformBookings(platformId: $platformId, first: 3, after: $after)', ', $platformId: ID!'),
        { platformId },
        operator.token,
      ],
      ['notifications', query('notifications(first: 3, after: $after)'), {}, operator.token],
      ['myPilotRequests', query('myPilotRequests(first: 3, after: $after)'), {}, requester.token],
      ['offerings', query('offerings(first: 3, after: $after)'), {}, requester.token],
    ];
    const cursors = new Map<string, string>();
    for (const [name, text, variables, token] of lists) {
      const res = await t.gql<{ page: Page }>(
        text.replace('edges { node { id } }', 'pageInfo { endCursor } edges { node { id } }'),
        { ...variables, after: null },
        { token },
      );
      cursors.set(name, res.data?.page.pageInfo.endCursor as string);
    }
    for (const [name, text, variables, token] of lists) {
      // Its own cursor pages on; every other list's is refused as a crafted one is.
      expect((await t.gql(text, { ...variables, after: cursors.get(name) }, { token })).errors).toBeUndefined();
      for (const [other, cursor] of cursors) {
        if (other === name) continue;
        const res = await t.gql(text, { ...variables, after: cursor }, { token });
        expect({ name, other, data: res.data ?? null, extensions: res.errors?.[0].extensions }).toEqual({
          name,
          other,
          data: null,
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_INPUT',
            fields: [{ field: 'after', message: 'after is not a cursor returned by this list' }],
          },
        });
      }
    }
  });
});
