import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createCatalog } from '../support/catalog-fixtures.js';
import { addMember, createAuthority, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DECIDE = `mutation($input: DecidePlatformLevelInput!) { decidePlatformLevel(input: $input) { id action levelAfter } }`;
const SUSPEND = `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`;
const OPEN_ROUND = `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`;
const WAITING_ON_ADVISORY_LOCK = `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;

/**
 * A level is granted to published platforms only. The decision read the platform's status before its transaction,
 * so a suspension committing between that read and the decision's commit slipped through: the decision must read the
 * status under the platform's row lock, inside its transaction. Real parallel connections: a connection of the test's
 * own holds the decision's per-platform lock, so the decision has read the status and waits while the suspension
 * commits; then it is let go.
 */
describe('a level decision racing the suspension of its platform', () => {
  let t: TestApp;
  let operator: SignedIn;
  let jiangsu: SignedIn;
  let holder: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '32' });
    jiangsu = await createAuthority(t, { province: '32' });
    holder = new pg.Client({ connectionString: t.database.url });
    await holder.connect();
  });

  afterAll(async () => {
    await holder.end();
    await t.close();
  });

  it('refuses to nominate a platform whose suspension committed while the decision waited, and grants nothing', async () => {
    const { platformId } = await createCatalog(t, operator);
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`level:${platformId}`]);
    const decision = t.gql(
      DECIDE,
      { input: { platformId, action: 'NOMINATE', reason: '推荐', evidence: ['苏工信科〔2026〕1号'] } },
      { token: jiangsu.token },
    );
    // The decision has read PUBLISHED and now waits for the lock the test holds.
    for (let waited = 0; (await holder.query(WAITING_ON_ADVISORY_LOCK)).rows[0].n === 0; waited += 1) {
      expect(waited).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const suspended = await t.gql(SUSPEND, { id: platformId }, { token: operator.token });
    expect(suspended.data).toEqual({ suspendPlatform: { status: 'SUSPENDED' } });
    await holder.query('ROLLBACK');

    const answer = await decision;
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLATFORM_NOT_PUBLISHED',
      currentStatus: 'SUSPENDED',
      fields: [{ field: 'platformId' }],
    });
    const decisions = await holder.query('SELECT count(*)::int AS n FROM level_decision WHERE platform_id = $1', [
      platformId,
    ]);
    expect(decisions.rows[0].n).toBe(0);
  });

  it('evaluates published platforms only: a round naming a draft or a suspended platform is refused, naming it', async () => {
    const expert = await addMember(t, jiangsu, 'EXPERT');
    const published = await createCatalog(t, operator);
    const draft = await createCatalog(t, operator, { publish: false });
    const suspended = await createCatalog(t, operator);
    expect((await t.gql(SUSPEND, { id: suspended.platformId }, { token: operator.token })).errors).toBeUndefined();
    const open = (platformIds: string[]) =>
      t.gql(
        OPEN_ROUND,
        {
          input: {
            name: `2026 年度运行绩效评估 ${randomUUID().slice(0, 4)}`,
            scope: '32',
            periodStart: '2025-01-01T00:00:00+08:00',
            periodEnd: '2026-01-01T00:00:00+08:00',
            platforms: platformIds.map((platformId) => ({ platformId, expertIds: [expert.userId] })),
          },
        },
        { token: jiangsu.token },
      );
    for (const [other, status] of [
      [draft.platformId, 'DRAFT'],
      [suspended.platformId, 'SUSPENDED'],
    ]) {
      const refused = await open([published.platformId, other]);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'PLATFORM_NOT_PUBLISHED',
        currentStatus: status,
        fields: [{ field: 'platforms.1.platformId' }],
      });
    }
    const rounds = await holder.query(
      'SELECT count(*)::int AS n FROM evaluation_round WHERE authority_organization_id = $1',
      [jiangsu.organizationId],
    );
    expect(rounds.rows[0].n).toBe(0);
    expect((await open([published.platformId])).errors).toBeUndefined();
  });
});
