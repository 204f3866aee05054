import { expect, test } from '@playwright/test';
import { DAY, expectAccessible, gql, operatorProposes, prepare, registerRequester, screenshot } from './support.js';

/**
 * The main pages in English (the journeys cover them in Chinese), each checked by axe and photographed for the
 * README (`npm run screenshots` writes them to docs/screenshots). The data is set up through the API.
 */
test('the main pages in English are accessible, with their screenshots', async ({ page, request }) => {
  const account = await registerRequester(request, 'SME');
  const search = await gql<{ searchOfferings: { hits: Array<{ offering: { id: string } }> } }>(
    request,
    `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) { hits { offering { id } } } }`,
    {
      input: {
        query: 'reactor',
        availableFrom: new Date(Date.now() + 3 * DAY).toISOString(),
        availableTo: new Date(Date.now() + 20 * DAY).toISOString(),
        limit: 5,
      },
    },
  );
  const offeringId = search.searchOfferings.hits[0].offering.id;
  const { availableSlots } = await gql<{ availableSlots: Array<{ id: string }> }>(
    request,
    'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id } }',
    {
      id: offeringId,
      from: new Date(Date.now() + 3 * DAY).toISOString(),
      to: new Date(Date.now() + 20 * DAY).toISOString(),
    },
  );
  const { requestBooking } = await gql<{ requestBooking: { id: string } }>(
    request,
    'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }',
    {
      input: {
        offeringId,
        slotIds: availableSlots.slice(-2).map((s) => s.id),
        brief: 'Scale-up of a 20 kg batch with spray drying.',
        idempotencyKey: `screens-${Date.now()}`,
      },
    },
    account.token,
  );
  const { createPilotRequest } = await gql<{ createPilotRequest: { id: string } }>(
    request,
    'mutation($input: CreatePilotRequestInput!) { createPilotRequest(input: $input) { id } }',
    {
      input: {
        kind: 'TESTING',
        title: '动力电池包型式试验',
        titleEn: 'Type testing of a traction battery pack',
        description: '需要 CNAS 认可的实验室完成电池包振动、挤压与热失控型式试验。',
        descriptionEn: 'A CNAS-accredited lab for vibration, crush and thermal-runaway type tests of a battery pack.',
        serviceTypes: ['TYPE_TESTING', 'PERFORMANCE_TESTING'],
        requiredAccreditations: ['CNAS'],
        windowFrom: new Date(Date.now() + 7 * DAY).toISOString(),
        windowTo: new Date(Date.now() + 60 * DAY).toISOString(),
        budgetMax: 200_000,
      },
    },
    account.token,
  );

  await operatorProposes(request, createPilotRequest.id, 96_000);

  await prepare(page, { account, lang: 'en' });
  const pages: Array<[string, string, RegExp | string]> = [
    ['offering-en', `/offerings/${offeringId}`, /Open slots/],
    ['bookings-en', '/bookings', 'My bookings'],
    ['booking-en', `/bookings/${requestBooking.id}`, 'History'],
    ['request-en', `/requests/${createPilotRequest.id}`, 'Suggested platforms'],
    ['new-request-en', '/requests/new', 'New request'],
    ['notifications-en', '/notifications', 'Notifications'],
  ];
  for (const [name, path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    await expect(page.locator('.ant-skeleton')).toHaveCount(0);
    await expectAccessible(page, `${path} (en)`);
    await screenshot(page, name);
  }
});
