import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface DemoAccount {
  email: string;
  password: string;
  role: string;
  organizationKind: string | null;
  province: string | null;
}

describe('demo dataset at start-up', () => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-demo-'));
    t = await startTestApp({ SEED_DEMO: 'true', DATA_DIR: dataDir });
    // Seeding the whole demo dataset takes seconds, more on a busy CI machine than jest's 5 s default.
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows the seeded platforms and offerings through the API, across provinces, modes and levels', async () => {
    const res = await t.gql<{ platforms: { totalCount: number }; offerings: { totalCount: number } }>(
      `{ platforms(first: 1) { totalCount } offerings(first: 1) { totalCount } }`,
    );
    expect(res.data?.platforms.totalCount).toBeGreaterThanOrEqual(80);
    expect(res.data?.offerings.totalCount).toBeGreaterThanOrEqual(400);
    const page = await t.gql<{
      platforms: {
        edges: Array<{
          node: { province: string; constructionMode: string; level: string; location: { lat: number } | null };
        }>;
      };
    }>(`{ platforms(first: 100) { edges { node { province constructionMode level location { lat lng } } } } }`);
    const nodes = page.data?.platforms.edges.map((e) => e.node) ?? [];
    expect(new Set(nodes.map((n) => n.province)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(nodes.map((n) => n.constructionMode)).size).toBe(6);
    expect(new Set(nodes.map((n) => n.level)).size).toBe(4);
    expect(nodes.every((n) => n.location !== null)).toBe(true);
  });

  it('writes the demo accounts to DATA_DIR/demo-accounts.json, and each of them can sign in', async () => {
    const accounts = JSON.parse(await readFile(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
    expect(accounts.map((a) => a.role)).toContain('SITE_ADMIN');
    expect(new Set(accounts.map((a) => a.organizationKind).filter(Boolean))).toEqual(
      new Set(['STARTUP', 'SME', 'LARGE_ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'GOVERNMENT']),
    );
    const authorityRegions: Array<string | null | undefined> = [];
    for (const account of accounts) {
      const token = await login(t, account.email, account.password);
      const me = await t.gql<{
        me: { email: string; siteAdmin: boolean; organization: { authorityRegion: string | null } | null };
      }>(`{ me { email siteAdmin organization { authorityRegion } } }`, {}, { token });
      expect(me.errors).toBeUndefined();
      expect(me.data?.me.email).toBe(account.email);
      if (account.organizationKind === 'GOVERNMENT' && account.role !== 'EXPERT')
        authorityRegions.push(me.data?.me.organization?.authorityRegion);
    }
    // The demo authorities: Jiangsu's and the national one, both verified (Jiangsu's expert is a member of the first).
    expect(authorityRegions.sort()).toEqual(['32', 'NATIONAL']);
  });

  it('publishes capacity slots on the demo equipment, some of them open-access', async () => {
    const { DataSource } = await import('typeorm');
    const [row] = await t.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS slots, count(*) FILTER (WHERE open_access)::int AS open_access FROM capacity_slot WHERE starts_at > now()`,
      );
    expect(row.slots).toBeGreaterThan(1000);
    expect(row.open_access).toBeGreaterThan(50);
  });

  it('lists an innovation voucher programme of this year for each provincial authority, Jiangsu’s issued by its account', async () => {
    const res = await t.gql<{
      voucherProgrammes: Array<{ province: string; eligibleKinds: string[]; sharePercent: number; remaining: string }>;
    }>(`{ voucherProgrammes(first: 100) { province eligibleKinds sharePercent remaining } }`);
    expect(res.errors).toBeUndefined();
    const programmes = res.data?.voucherProgrammes ?? [];
    expect(programmes.map((p) => p.province)).toContain('32');
    expect(programmes.length).toBeGreaterThanOrEqual(6);
    expect(new Set(programmes.map((p) => p.province)).size).toBe(programmes.length);
    expect(programmes.every((p) => p.sharePercent === 50 && p.remaining === '2000000.00')).toBe(true);
    expect(programmes[0].eligibleKinds.sort()).toEqual(['SME', 'STARTUP']);
    const { DataSource } = await import('typeorm');
    const [jiangsu] = await t.app
      .get(DataSource)
      .query(
        `SELECT u.email FROM voucher_programme p JOIN app_user u ON u.id = p.created_by_user_id WHERE p.province = '32'`,
      );
    expect(jiangsu?.email).toBe('authority-jiangsu@pilotmatch.demo');
  });

  it('serves GraphiQL with a demo login as the example', async () => {
    const page = await t.http().get('/graphiql');
    expect(page.text).toContain('startup@pilotmatch.demo');
  });

  it('lists the demo accounts to anonymous callers, for the sign-in page of a demo install', async () => {
    const res = await t.gql<{
      demoAccounts: Array<{ email: string; password: string; organizationKind: string | null; provinceLabel: unknown }>;
    }>('{ demoAccounts { email password role organizationKind provinceLabel { zh en } } }');
    const startup = res.data?.demoAccounts.find((a) => a.email === 'startup@pilotmatch.demo');
    expect(startup).toMatchObject({ organizationKind: 'STARTUP', provinceLabel: { zh: expect.any(String) } });
    expect(await login(t, startup?.email ?? '', startup?.password ?? '')).toBeTruthy();
  });
});

describe('an install without demo data', () => {
  it('lists no demo accounts', async () => {
    const t = await startTestApp();
    try {
      const res = await t.gql<{ demoAccounts: unknown[] }>('{ demoAccounts { email } }');
      expect(res.data?.demoAccounts).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
