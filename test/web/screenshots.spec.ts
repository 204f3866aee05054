import { expect, test } from '@playwright/test';
import {
  DAY,
  expectAccessible,
  gql,
  offeringWithOpenSlots,
  operatorProposes,
  postTestingRequest,
  prepare,
  registerRequester,
  screenshot,
} from './support.js';

/**
 * The main pages in English (the journeys cover them in Chinese), each checked by axe and photographed for the
 * README (`npm run screenshots` writes them to docs/screenshots). The data is set up through the API.
 */
test('the main pages in English are accessible, with their screenshots', async ({ page, request }) => {
  const account = await registerRequester(request, 'SME');
  const offeringId = await offeringWithOpenSlots(request, 'reactor');
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
  const requestId = await postTestingRequest(request, account);

  await operatorProposes(request, requestId, 96_000);

  await prepare(page, { account, lang: 'en' });
  const pages: Array<[string, string, RegExp | string]> = [
    ['offering-en', `/offerings/${offeringId}`, /Open slots/],
    ['bookings-en', '/bookings', 'My bookings'],
    ['booking-en', `/bookings/${requestBooking.id}`, 'History'],
    ['request-en', `/requests/${requestId}`, 'Suggested platforms'],
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
