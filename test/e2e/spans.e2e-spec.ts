import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hoursFromNow } from '../support/booking-fixtures.js';
import { createCatalog, type CatalogSetup } from '../support/catalog-fixtures.js';
import { createAuthority, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Spans that are empty, too short, past the calendar's end or overlapping themselves are bad input, naming the field. */
describe('spans', () => {
  let t: TestApp;
  let operator: SignedIn;
  let national: SignedIn;
  let catalog: CatalogSetup;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', isLeadingEnterprise: true });
    national = await createAuthority(t, 'NATIONAL');
    catalog = await createCatalog(t, operator);
  });

  afterAll(async () => {
    await t.close();
  });

  const fieldsOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => ({
    code: res.errors?.[0].extensions?.code,
    fields: (res.errors?.[0].extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field),
  });

  it('refuses a slot shorter than 15 minutes and publishes nothing', async () => {
    const startsAt = hoursFromNow(48);
    const publish = (ms: number) =>
      t.gql(
        `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`,
        {
          input: {
            equipmentId: catalog.equipmentIds[0],
            slots: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + ms).toISOString() }],
          },
        },
        { token: operator.token },
      );
    expect(fieldsOf(await publish(1))).toEqual({ code: 'BAD_USER_INPUT', fields: ['slots.0.endsAt'] });
    expect(fieldsOf(await publish(0))).toEqual({ code: 'BAD_USER_INPUT', fields: ['slots.0.endsAt'] });
    const slots = await t.gql<{ availableSlots: unknown[] }>(
      `query($e: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(equipmentId: $e, from: $from, to: $to) { id } }`,
      { e: catalog.equipmentIds[0], from: hoursFromNow(0).toISOString(), to: hoursFromNow(24 * 30).toISOString() },
    );
    expect(slots.data?.availableSlots).toEqual([]);
    const quarter = await publish(15 * 60_000);
    expect(quarter.errors).toBeUndefined();
  });

  it('refuses a weekly pattern whose runs overlap one another, naming runsPerDay', async () => {
    const day = hoursFromNow(24 * 14)
      .toISOString()
      .slice(0, 10);
    const res = await t.gql(
      `mutation($input: PublishRecurringSlotsInput!) { publishRecurringSlots(input: $input) { id } }`,
      {
        input: {
          equipmentId: catalog.equipmentIds[0],
          fromDay: day,
          toDay: day,
          weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
          startTime: '08:00',
          durationHours: 10,
          runsPerDay: 3,
          changeoverMinutes: 0,
        },
      },
      { token: operator.token },
    );
    // One day only: three runs in a row never overlap one another.
    expect(res.errors).toBeUndefined();
    const twoDays = await t.gql(
      `mutation($input: PublishRecurringSlotsInput!) { publishRecurringSlots(input: $input) { id } }`,
      {
        input: {
          equipmentId: catalog.equipmentIds[1] ?? catalog.equipmentIds[0],
          fromDay: hoursFromNow(24 * 21)
            .toISOString()
            .slice(0, 10),
          toDay: hoursFromNow(24 * 22)
            .toISOString()
            .slice(0, 10),
          weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
          startTime: '08:00',
          durationHours: 10,
          runsPerDay: 3,
          changeoverMinutes: 0,
        },
      },
      { token: operator.token },
    );
    expect(fieldsOf(twoDays)).toEqual({ code: 'BAD_USER_INPUT', fields: ['runsPerDay'] });
  });

  it('refuses an evaluation round whose period is empty', async () => {
    const res = await t.gql(
      `mutation($input: OpenEvaluationRoundInput!) { openEvaluationRound(input: $input) { id } }`,
      {
        input: {
          name: '空期间评估',
          scope: 'NATIONAL',
          periodStart: '2025-01-01T00:00:00+08:00',
          periodEnd: '2025-01-01T00:00:00+08:00',
          platforms: [{ platformId: catalog.platformId, expertIds: [] }],
        },
      },
      { token: national.token },
    );
    expect(fieldsOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining(['periodEnd']) });
  });

  it('refuses a dashboard series that starts beyond this century', async () => {
    const res = await t.gql(
      `query { authorityDashboard(scope: "NATIONAL", fromMonth: "9999-12", months: 3) { scope } }`,
      {},
      {
        token: national.token,
      },
    );
    expect(fieldsOf(res)).toEqual({ code: 'BAD_USER_INPUT', fields: ['fromMonth'] });
  });
});
