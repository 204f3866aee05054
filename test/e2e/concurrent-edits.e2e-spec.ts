import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createCatalog } from '../support/catalog-fixtures.js';
import { registerUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Two people changing different parts of one record at the same moment both keep their change: what an outside
 * probe found lost when edits merged what they read with what they were sent, unlocked.
 */
describe('concurrent edits of one record', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps both booking rules when two operators set different ones at once', async () => {
    const owner = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    const { equipmentIds } = await createCatalog(t, owner);
    const set = (rules: Record<string, unknown>) =>
      t.gql(
        `mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { minNoticeHours bufferMinutes } }`,
        { input: { equipmentId: equipmentIds[0], ...rules } },
        { token: owner.token },
      );
    // Each round races two real connections; before the fix most rounds lost one of the two changes.
    for (let round = 1; round <= 8; round++) {
      const reset = await set({ minNoticeHours: 0, bufferMinutes: 0 });
      expect(reset.errors).toBeUndefined();
      const answers = await Promise.all([set({ minNoticeHours: round }), set({ bufferMinutes: 10 + round })]);
      expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
      const stored = await t.gql<{ bookingRules: { minNoticeHours: number; bufferMinutes: number } }>(
        `query($id: ID!) { bookingRules(equipmentId: $id) { minNoticeHours bufferMinutes } }`,
        { id: equipmentIds[0] },
        { token: owner.token },
      );
      expect(stored.data?.bookingRules).toEqual({ minNoticeHours: round, bufferMinutes: 10 + round });
    }
  });
});
