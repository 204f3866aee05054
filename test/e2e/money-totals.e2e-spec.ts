import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { consecutiveSlots, hoursFromNow, publishSlots, setRules } from '../support/booking-fixtures.js';
import { issueProgramme, pricedOffering } from '../support/billing-fixtures.js';
import { createCatalog } from '../support/catalog-fixtures.js';
import { controlClock, type TestClock } from '../support/clock.js';
import { createAuthority, registerUser, verifyOrganization, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
/** Copies of each real charge bulk-inserted beside it: 100 of each in all. */
const COPIES = 99;

/** YYYY-MM of an instant in Asia/Shanghai, as the dashboard names months. */
const shanghaiMonth = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(instant);

/** "1280.50" → 128050n: the API writes every amount with two decimals. */
const fen = (amount: string) => BigInt(amount.replace('.', ''));

/**
 * Money the API reports as a total has no ceiling: one operator whose charges sum past 9 999 999 999 999.99 (here
 * past 2^53 fen, where a double can no longer count single fen) still gets exact totals in its export, and the
 * authorities of its province and of the country still get their dashboards, to the fen.
 */
describe('money totals past any single amount', () => {
  let t: TestApp;
  let clock: TestClock;
  let operator: SignedIn;
  let enterprise: SignedIn;
  let startup: SignedIn;
  let guangdong: SignedIn;
  let national: SignedIn;
  let platformId: string;
  let issuedAt: Date;

  const as =
    (who: SignedIn) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      t.gql<Record<string, never>>(query, variables, { token: who.token });

  beforeAll(async () => {
    t = await startTestApp();
    clock = controlClock(t);
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '44' });
    enterprise = await registerUser(t, { kind: 'LARGE_ENTERPRISE', province: '44' });
    startup = await verifyOrganization(t, await registerUser(t, { kind: 'STARTUP', province: '44' }));
    guangdong = await createAuthority(t, { province: '44' });
    national = await createAuthority(t, 'NATIONAL');
    const catalog = await createCatalog(t, operator, {
      platform: { province: '44', city: '深圳', location: { lat: 22.5431, lng: 114.0579 } },
    });
    platformId = catalog.platformId;
    // The dearest sample the API takes; start-ups pay half.
    const offeringId = await pricedOffering(t, operator, platformId, catalog.equipmentIds, {
      model: 'PER_SAMPLE',
      amount: '100000000.00',
      tiers: [{ tier: 'STARTUP', discountPercent: 50 }],
    });
    await setRules(t, operator, catalog.equipmentIds[0], { confirmationMode: 'AUTOMATIC' });
    const slots = await publishSlots(t, operator, catalog.equipmentIds[0], consecutiveSlots(2, 640));
    const programmeId = await issueProgramme(t, guangdong, {
      province: '44',
      eligibleKinds: ['STARTUP'],
      capPerRequesterPerYear: '500000.00',
      budget: '1000000.00',
    });

    // Two real bookings of 9 999 samples each, confirmed automatically, completed by the operator.
    const book = async (who: SignedIn, slotId: string) => {
      const res = await as(who)(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status quote { amount } } }`,
        { input: { offeringId, slotIds: [slotId], quantity: 9_999, idempotencyKey: `money-totals-${slotId}` } },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.requestBooking as unknown as { id: string; status: string; quote: { amount: string } };
    };
    const large = await book(enterprise, slots[0]);
    const small = await book(startup, slots[1]);
    expect([large, small].map((b) => [b.status, b.quote.amount])).toEqual([
      ['CONFIRMED', '999900000000.00'],
      ['CONFIRMED', '499950000000.00'],
    ]);
    const applied = await as(startup)(
      `mutation($b: ID!, $p: ID!) { applyVoucher(bookingId: $b, programmeId: $p) { voucherProgrammeId } }`,
      { b: small.id, p: programmeId },
    );
    expect(applied.errors).toBeUndefined();

    clock.travelTo(new Date(hoursFromNow(650).getTime()));
    const charges: Array<{ id: string; total: string; voucherCovered: string; issuedAt: string }> = [];
    for (const booking of [large, small]) {
      const done = await as(operator)(
        `mutation($id: ID!) { completeBooking(id: $id, outcome: "交付 9999 个样品") {
           charge { id total voucherCovered issuedAt } } }`,
        { id: booking.id },
      );
      expect(done.errors).toBeUndefined();
      charges.push((done.data?.completeBooking as unknown as { charge: (typeof charges)[number] }).charge);
    }
    expect(charges.map((c) => [c.total, c.voucherCovered])).toEqual([
      ['999900000000.00', '0.00'],
      ['499950000000.00', '500000.00'],
    ]);
    issuedAt = new Date(charges[0].issuedAt);
    const credited = await as(operator)(
      `mutation($input: CreditChargeInput!) { creditCharge(input: $input) { net } }`,
      { input: { chargeId: charges[0].id, amount: '0.01', reason: '抹零' } },
    );
    expect(credited.data?.creditCharge).toEqual({ net: '999899999999.99' });

    // 99 more of each, as if completed at the same moment: bulk-inserted in one statement (the read path stays real).
    await t.app.get(DataSource).query(
      `WITH copies AS (
         SELECT s AS source_id, gen_random_uuid() AS id, gen_random_uuid() AS booking_id
           FROM unnest($1::uuid[]) s, generate_series(1, $2) n),
       charges AS (
         INSERT INTO booking_charge
         SELECT (jsonb_populate_record(c, jsonb_build_object('id', x.id, 'booking_id', x.booking_id,
                                                             'voucher_programme_id', NULL))).*
           FROM copies x JOIN booking_charge c ON c.id = x.source_id)
       INSERT INTO booking_charge_line
       SELECT (jsonb_populate_record(l, jsonb_build_object('charge_id', x.id))).*
         FROM copies x JOIN booking_charge_line l ON l.charge_id = x.source_id AND l.kind <> 'CREDIT'`,
      [charges.map((c) => c.id), COPIES],
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  // 100 × 999 900 000 000.00 − 0.01 + 100 × 499 950 000 000.00: 14 998 499 999 999 999 fen, past 2^53 and odd, so
  // a double would print it …000.00.
  const AMOUNT_CHARGED = '149984999999999.99';
  // 100 × (999 900 000 000.00 − 499 950 000 000.00) saved by the start-up's tier.
  const TIER_SAVINGS = '49995000000000.00';
  const FIGURES = 'amountCharged voucherCoveredAmount startupSmeTierSavings bookingsCompleted';

  it('prints the platform’s service figures to the fen for its operator and its authorities', async () => {
    const window = {
      id: platformId,
      from: new Date(issuedAt.getTime() - DAY).toISOString(),
      to: new Date(issuedAt.getTime() + DAY).toISOString(),
    };
    for (const who of [operator, guangdong, national]) {
      const res = await as(who)(
        `query($id: ID!, $from: DateTime!, $to: DateTime!) { platformServiceFigures(platformId: $id, from: $from, to: $to) { ${FIGURES} } }`,
        window,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.platformServiceFigures).toEqual({
        amountCharged: AMOUNT_CHARGED,
        voucherCoveredAmount: '500000.00',
        startupSmeTierSavings: TIER_SAVINGS,
        bookingsCompleted: 2,
      });
    }
  });

  it('pools them exactly into the province’s and the country’s dashboards', async () => {
    const month = shanghaiMonth(issuedAt);
    for (const [who, scope] of [
      [guangdong, '44'],
      [national, 'NATIONAL'],
    ] as const) {
      const res = await as(who)(
        `query($scope: String!, $month: String!) { authorityDashboard(scope: $scope, fromMonth: $month, months: 1) {
           scope monthly { month figures { ${FIGURES} } } } }`,
        { scope, month },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.authorityDashboard).toEqual({
        scope,
        monthly: [
          {
            month,
            figures: {
              amountCharged: AMOUNT_CHARGED,
              voucherCoveredAmount: '500000.00',
              startupSmeTierSavings: TIER_SAVINGS,
              bookingsCompleted: 2,
            },
          },
        ],
      });
    }
  });

  it('totals the operator’s export exactly, and its files add up to the same', async () => {
    const period = {
      from: new Date(issuedAt.getTime() - DAY).toISOString(),
      to: new Date(issuedAt.getTime() + DAY).toISOString(),
    };
    const res = await as(operator)(
      `query($from: DateTime!, $to: DateTime!) { chargesExport(from: $from, to: $to) {
         totals { charges issued credited net voucherCovered } lineCount csv { url } xlsx { url } } }`,
      period,
    );
    expect(res.errors).toBeUndefined();
    const exported = res.data?.chargesExport as unknown as {
      totals: Record<string, unknown>;
      lineCount: number;
      csv: { url: string };
      xlsx: { url: string };
    };
    expect(exported.totals).toEqual({
      charges: 200,
      issued: '149985000000000.00',
      credited: '0.01',
      net: AMOUNT_CHARGED,
      voucherCovered: '500000.00',
    });
    expect(exported.lineCount).toBe(201);

    // The CSV's amounts, one per line written in the period, add up to the net total.
    const csv = await t.http().get(exported.csv.url);
    expect(csv.status).toBe(200);
    const rows = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
    expect(rows).toHaveLength(201);
    expect(rows.reduce((total, row) => total + fen(row.split(',').at(-2) as string), 0n)).toBe(fen(AMOUNT_CHARGED));

    // The workbook's charges are amounts a cell holds exactly: numbers of yuan.
    const xlsx = await t.http().get(exported.xlsx.url).responseType('blob');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('费用 Charges');
    expect(sheet?.rowCount).toBe(202);
    const header = Array.from(sheet?.getRow(2).values as unknown[], (v) => String(v ?? ''));
    const totals = new Set(
      Array.from(
        { length: 200 },
        (_, i) => sheet?.getRow(i + 3).getCell(header.findIndex((h) => h.includes('Total issued'))).value,
      ),
    );
    expect(totals).toEqual(new Set([999_900_000_000, 499_950_000_000]));
  });
});
