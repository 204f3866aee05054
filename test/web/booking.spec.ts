import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  DAY,
  demoAccount,
  expectAccessible,
  gql,
  prepare,
  registerRequester,
  resultsSettled,
  screenshot,
  shanghaiDay,
} from './support.js';

/** The open slot a checkbox of the offering's calendar is labelled with ("2026-12-07 08:00–16:00 · …"). */
async function slotOfLabel(request: APIRequestContext, offeringId: string, label: string): Promise<string> {
  return (await openSlotOfLabel(request, offeringId, label)).id;
}

async function openSlotOfLabel(
  request: APIRequestContext,
  offeringId: string,
  label: string,
): Promise<{ id: string; equipmentId: string }> {
  const { availableSlots } = await gql<{
    availableSlots: Array<{ id: string; startsAt: string; equipmentId: string }>;
  }>(
    request,
    'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id startsAt equipmentId } }',
    { id: offeringId, from: new Date().toISOString(), to: new Date(Date.now() + 40 * DAY).toISOString() },
  );
  const starts = (iso: string) =>
    new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  const slot = availableSlots.find((s) => label.startsWith(starts(s.startsAt)));
  if (!slot) throw new Error(`no open slot for ${label}`);
  return slot;
}

/** Another start-up books, through the API, the open slot a checkbox of the offering's calendar is labelled with. */
async function rivalBooks(request: APIRequestContext, offeringId: string, label: string): Promise<void> {
  const rival = await registerRequester(request, 'STARTUP');
  const slotId = await slotOfLabel(request, offeringId, label);
  await gql(
    request,
    'mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }',
    { input: { offeringId, slotIds: [slotId], brief: '', idempotencyKey: `rival-${Date.now()}` } },
    rival.token,
  );
}

test('books two slots from a search, finds the booking in My bookings, and cancels it', async ({ page, request }) => {
  const account = await registerRequester(request, 'STARTUP');
  await prepare(page, { account });

  // Search with a facet and a window, then open the first offering.
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '搜索服务、设备或平台' });
  await box.fill('反应釜');
  await box.press('Enter');
  await expect(page.locator('[data-results-for="反应釜"] .result').first()).toBeVisible();
  await page.locator('#filter-from').fill(shanghaiDay(3));
  await page.locator('#filter-to').fill(shanghaiDay(24));
  await expect(page).toHaveURL(/to=/);
  await page
    .locator('fieldset', { has: page.locator('legend', { hasText: '服务类型' }) })
    .locator('.ant-checkbox-wrapper')
    .first()
    .click();
  await expect(page).toHaveURL(/st=/);
  await resultsSettled(page);
  const first = page.locator('[data-results-for="反应釜"] .result h3 a').first();
  const title = (await first.innerText()).trim();
  await first.click();

  // The offering page: what it is, its platform, equipment, reviews and the calendar of open slots.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^平台：/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '设备与参数' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '评价' })).toBeVisible();
  // Who runs the platform, and whether a site admin checked that organization's identity.
  const offeringId = page.url().split('/').pop();
  const { offering } = await gql<{
    offering: { platform: { organization: { name: string; verified: boolean } } };
  }>(request, 'query($id: ID!) { offering(id: $id) { platform { organization { name verified } } } }', {
    id: offeringId,
  });
  const { name, verified } = offering.platform.organization;
  await expect(page.locator('.ant-descriptions-item', { hasText: '运营单位' }).first()).toContainText(
    `${name} ${verified ? '运营单位已核验' : '运营单位未核验'}`,
  );
  const slots = page.locator('.calendar input[type=checkbox]');
  await expect(slots.first()).toBeVisible();
  expect(await slots.count()).toBeGreaterThanOrEqual(2);
  await expectAccessible(page, 'the offering page');

  await slots.nth(0).check();
  await slots.nth(1).check();
  await expect(page.getByText('已选 2 个时段')).toBeVisible();
  const brief = 'NCM811 正极材料 200 kg 放大试验，需要喷雾干燥。';
  await page.getByLabel('需求说明').fill(brief);

  // Meanwhile another start-up books the second slot: the refusal says so in Chinese, the calendar drops that
  // slot, the first stays chosen and the brief stays written.
  const slotCount = await slots.count();
  await rivalBooks(request, offeringId as string, (await slots.nth(1).getAttribute('aria-label')) as string);
  await page.getByRole('button', { name: '提交预约申请' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '请求失败' });
  await expect(refusal).toContainText('您选的时段刚刚被他人预约或已关闭');
  await expect(refusal.getByText(/no longer available/)).toBeHidden();
  await expect(page).toHaveURL(/\/offerings\//);
  await expect(slots).toHaveCount(slotCount - 1);
  await expect(page.getByText('已选 1 个时段')).toBeVisible();
  await expect(page.getByLabel('需求说明')).toHaveValue(brief);
  await slots.nth(1).check();
  await expect(page.getByText('已选 2 个时段')).toBeVisible();
  await screenshot(page, 'offering-zh');
  // A double click sends one request (and the idempotency key would make a second one return the same booking).
  await page.getByRole('button', { name: '提交预约申请' }).dblclick();
  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
  // Keyboard focus moves on to the new page's content, not back to the top of the document.
  await expect(page.locator('#main')).toBeFocused();
  const status = page.getByTestId('booking-status');
  await expect(status).toHaveText(/待确认|已确认/);
  await expect(page.getByRole('heading', { name: '处理记录' })).toBeVisible();
  await expect(page.locator('.ant-timeline-item')).not.toHaveCount(0);

  const mine = await gql<{ myBookings: { totalCount: number } }>(
    request,
    '{ myBookings(first: 10) { totalCount } }',
    {},
    account.token,
  );
  expect(mine.myBookings.totalCount).toBe(1);

  // My bookings lists it; its page shows the cancellation window and the consequence before cancelling.
  await page.getByRole('link', { name: '我的预约' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的预约' })).toBeVisible();
  const row = page.getByRole('link', { name: title });
  await expect(row).toBeVisible();
  await expectAccessible(page, 'my bookings');
  await screenshot(page, 'bookings-zh');
  await row.click();
  await expect(page.getByText(/免费取消截止/).first()).toBeVisible();
  await expectAccessible(page, 'a booking');
  await screenshot(page, 'booking-zh');
  await page.getByRole('button', { name: '取消预约' }).click();
  const dialog = page.getByRole('dialog', { name: '确认取消这项预约？' });
  await expect(dialog).toContainText('现在取消不收取费用');
  await dialog.getByRole('button', { name: '确认取消' }).click();
  await expect(status).toHaveText('已取消');
  await expect(page.locator('.ant-timeline-item').last()).toContainText('已取消');
  await expect(page.getByRole('button', { name: '取消预约' })).toHaveCount(0);
});

/** An offering priced per batch with open slots in the coming weeks. */
async function perBatchOffering(request: APIRequestContext): Promise<string> {
  const { searchOfferings } = await gql<{
    searchOfferings: { hits: Array<{ offering: { id: string; pricing: { model: string } } }> };
  }>(request, '{ searchOfferings(input: { query: "", limit: 100 }) { hits { offering { id pricing { model } } } } }');
  for (const { offering } of searchOfferings.hits.filter((h) => h.offering.pricing.model === 'PER_BATCH')) {
    const { availableSlots } = await gql<{ availableSlots: Array<{ id: string }> }>(
      request,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id } }',
      { id: offering.id, from: new Date().toISOString(), to: new Date(Date.now() + 20 * DAY).toISOString() },
    );
    if (availableSlots.length > 0) return offering.id;
  }
  throw new Error('the demo data has no offering priced per batch with an open slot');
}

test('shows what the chosen slots cost before booking, for the batches asked, and the same on the booking', async ({
  page,
  request,
}) => {
  const account = await registerRequester(request, 'STARTUP');
  const offeringId = await perBatchOffering(request);
  await prepare(page, { account, lang: 'en' });
  await page.goto(`/offerings/${offeringId}`);
  const slot = page.locator('.calendar input[type=checkbox]').first();
  const slotId = await slotOfLabel(request, offeringId, (await slot.getAttribute('aria-label')) as string);
  // What the API quotes for that slot, in yuan as the app writes them in English too: ¥, not "CN¥".
  const quoted = async (quantity: number) => {
    const { quoteBooking } = await gql<{ quoteBooking: { amount: string } }>(
      request,
      'query($input: QuoteBookingInput!) { quoteBooking(input: $input) { amount } }',
      { input: { offeringId, slotIds: [slotId], quantity } },
      account.token,
    );
    return `¥${Number(quoteBooking.amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  };
  const [oneBatch, threeBatches] = [await quoted(1), await quoted(3)];
  await slot.check();

  // The price before asking: one batch at the start-up's price, then the three batches the start-up needs.
  const estimate = page.getByRole('region', { name: 'Estimated cost', exact: true });
  await expect(estimate).toContainText(`Total · start-up price${oneBatch}`);
  await page.getByLabel('Number of batches').fill('3');
  await expect(estimate).toContainText(`Total · start-up price${threeBatches}`);
  // A line starts as English lines do; the unit inside it stays as written.
  await expect(estimate).toContainText(/Service: 3 × ¥[\d,.]+ \/ batch/);
  await expect(estimate).not.toContainText('CN¥');
  await expectAccessible(page, 'an offering with the cost of the chosen slots');

  // The booking asks for those three batches and shows what they cost.
  await page.getByRole('button', { name: 'Send booking request' }).click();
  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
  const cost = page.getByRole('region', { name: 'Cost', exact: true });
  await expect(cost).toContainText(/Service: 3 × ¥[\d,.]+ \/ batch/);
  await expect(cost).not.toContainText('CN¥');
  await expect(cost).toContainText(`Total · start-up price${threeBatches}`);
});

interface ListedOffering {
  id: string;
  serviceType: string;
  scale: { unit: string } | null;
  equipment: Array<{ name: string }>;
}

/** The first offering a search finds that `fits`. */
async function offeringWhere(
  request: APIRequestContext,
  query: string,
  fits: (offering: ListedOffering) => boolean,
): Promise<ListedOffering> {
  const { searchOfferings } = await gql<{ searchOfferings: { hits: Array<{ offering: ListedOffering }> } }>(
    request,
    'query($q: String!) { searchOfferings(input: { query: $q, limit: 100 }) { hits { offering { id serviceType scale { unit } equipment { name } } } } }',
    { q: query },
  );
  const hit = searchOfferings.hits.find((h) => fits(h.offering));
  if (!hit) throw new Error(`the demo data has no offering for "${query}" that fits`);
  return hit.offering;
}

test('in Chinese, an offering’s equipment, specifications and scale read in Chinese, not as internal keys', async ({
  page,
  request,
}) => {
  const offerings = [
    // A salt-spray chamber: its category and test modes.
    await offeringWhere(request, '盐雾', (o) => o.equipment.some((e) => e.name.includes('盐雾试验箱'))),
    // A glass-lined reactor: its specification keys (design pressure).
    await offeringWhere(request, '反应釜', (o) => o.equipment.some((e) => e.name.includes('搪玻璃反应釜'))),
    // Machine-hour sharing: its scale in hours.
    await offeringWhere(request, '机时共享', (o) => o.serviceType === 'EQUIPMENT_SHARING' && o.scale !== null),
    // Small-batch trial production: its scale in units a batch.
    await offeringWhere(request, '小批量试生产', (o) => o.serviceType === 'SMALL_BATCH_PRODUCTION' && o.scale !== null),
  ];
  await prepare(page, { lang: 'zh' });
  // An English word or an internal key (designPressure, environmental-testing, units/batch), not a unit symbol (min,
  // ppm). Makers' names and models start with a capital, so they pass.
  const englishWord = /(?<![A-Za-z])[a-z]{4,}/;
  for (const offering of offerings) {
    await page.goto(`/offerings/${offering.id}`);
    const equipment = page.locator('section[aria-labelledby="offering-equipment"]');
    await expect(equipment.locator('li').first()).toBeVisible();
    expect(await equipment.innerText()).not.toMatch(englishWord);
    if (offering.scale) {
      const scale = page.locator('.ant-descriptions-item', {
        has: page.locator('.ant-descriptions-item-label', { hasText: '规模' }),
      });
      expect(await scale.innerText()).not.toMatch(englishWord);
    }
  }
});

test('a refusal about no field of the form reads as a sentence, one per line, without the API’s field path', async ({
  page,
  request,
}) => {
  const account = await registerRequester(request, 'STARTUP');
  const operator = await demoAccount(request, 'operator@pilotmatch.demo');
  const { me } = await gql<{ me: { organization: { id: string } } }>(
    request,
    '{ me { organization { id } } }',
    {},
    operator.token,
  );
  const { offerings } = await gql<{ offerings: { edges: Array<{ node: { id: string } }> } }>(
    request,
    'query($org: ID!) { offerings(first: 30, filter: { organizationId: $org }) { edges { node { id } } } }',
    { org: me.organization.id },
    operator.token,
  );
  // One of the operator's services with a slot open in the four weeks its page shows.
  let offeringId = '';
  for (const { node } of offerings.edges) {
    const { availableSlots } = await gql<{ availableSlots: Array<{ id: string }> }>(
      request,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id } }',
      { id: node.id, from: new Date().toISOString(), to: new Date(Date.now() + 21 * DAY).toISOString() },
    );
    if (availableSlots.length > 0) {
      offeringId = node.id;
      break;
    }
  }
  expect(offeringId, 'an offering of the demo operator with an open slot').not.toBe('');
  await prepare(page, { account });
  await page.goto(`/offerings/${offeringId}`);
  const slot = page.locator('.calendar input[type=checkbox]').first();
  const { equipmentId } = await openSlotOfLabel(request, offeringId, (await slot.getAttribute('aria-label')) as string);
  await slot.check();

  // While the start-up writes its brief, the operator asks for 90 days' notice: the slot chosen is now too soon, which
  // the API says of `slotIds`, a field this form does not have.
  const rules = `equipmentId minNoticeHours`;
  const { bookingRules } = await gql<{ bookingRules: { minNoticeHours: number } }>(
    request,
    `query($id: ID!) { bookingRules(equipmentId: $id) { ${rules} } }`,
    { id: equipmentId },
    operator.token,
  );
  const setNotice = (minNoticeHours: number) =>
    gql(
      request,
      `mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { ${rules} } }`,
      { input: { equipmentId, minNoticeHours } },
      operator.token,
    );
  await setNotice(2160);
  try {
    await page.getByRole('button', { name: '提交预约申请' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: '请求失败' });
    await expect(refusal.getByRole('listitem')).toHaveCount(1);
    await expect(refusal.getByRole('listitem')).toContainText(
      /^未通过检查（系统说明：slot [0-9a-f-]{36} starts too soon/,
    );
    await expect(refusal).not.toContainText('slotIds');
    await expectAccessible(page, 'an offering with a refusal about no field of the form');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Send booking request' }).click();
    const english = page.getByRole('alert').filter({ hasText: 'The request failed' });
    // A line of its own starts as a sentence.
    await expect(english.getByRole('listitem')).toHaveText(
      /^Slot [0-9a-f-]{36} starts too soon: this equipment needs 2160 h notice$/,
    );
    await expect(english).not.toContainText('slotIds');
  } finally {
    await setNotice(bookingRules.minNoticeHours);
  }
});

test('a price the operator raised after the quote was shown books nothing and shows the new cost', async ({
  page,
  request,
}) => {
  const operator = await demoAccount(request, 'operator@pilotmatch.demo');
  type Priced = {
    id: string;
    pricing: {
      model: string;
      amount: string | null;
      currency: string;
      tiers: Array<{ tier: string; amount: string; discountPercent: number | null }>;
    };
  };
  // One of the demo operator's hourly offerings with an open slot.
  const { platforms } = await gql<{
    platforms: { edges: Array<{ node: { offerings: Priced[] } }> };
  }>(
    request,
    `query($o: ID!) { platforms(first: 5, filter: { organizationId: $o }) { edges { node {
       offerings(first: 20) { id pricing { model amount currency tiers { tier amount discountPercent } } } } } } }`,
    { o: await organizationOf(request, operator.token) },
    operator.token,
  );
  let offering: Priced | undefined;
  for (const candidate of platforms.edges.flatMap((e) => e.node.offerings)) {
    if (candidate.pricing.model !== 'HOURLY' || candidate.pricing.tiers.length > 0) continue;
    const { availableSlots } = await gql<{ availableSlots: unknown[] }>(
      request,
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { availableSlots(offeringId: $id, from: $from, to: $to) { id } }',
      { id: candidate.id, from: new Date().toISOString(), to: new Date(Date.now() + 20 * DAY).toISOString() },
    );
    if (availableSlots.length > 0) {
      offering = candidate;
      break;
    }
  }
  if (!offering) throw new Error('the demo operator has no hourly offering without tiers and with an open slot');
  const reprice = (amount: string | null) =>
    gql(
      request,
      'mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id } }',
      {
        input: {
          id: offering.id,
          pricing: { model: 'HOURLY', amount, currency: offering.pricing.currency, tiers: [] },
        },
      },
      operator.token,
    );
  const account = await registerRequester(request, 'STARTUP');
  await prepare(page, { account, lang: 'en' });
  await page.goto(`/offerings/${offering.id}`);
  await page.locator('.calendar input[type=checkbox]').first().check();
  const estimate = page.getByRole('region', { name: 'Estimated cost', exact: true });
  await expect(estimate).toContainText('Total');
  const shown = await estimate.textContent();
  const raised = (Number(offering.pricing.amount) * 10).toFixed(2);
  try {
    await reprice(raised);
    await page.getByRole('button', { name: 'Send booking request' }).click();
    await expect(page.getByText('The platform has just changed its price, so nothing was booked.')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/offerings/${offering.id}$`));
    await expect(estimate).not.toHaveText(shown ?? '');
    const { myBookings } = await gql<{ myBookings: { edges: unknown[] } }>(
      request,
      '{ myBookings(first: 5) { edges { node { id } } } }',
      {},
      account.token,
    );
    expect(myBookings.edges).toEqual([]);
  } finally {
    await reprice(offering.pricing.amount);
  }
});

async function organizationOf(request: APIRequestContext, token: string): Promise<string> {
  const { me } = await gql<{ me: { organization: { id: string } } }>(
    request,
    '{ me { organization { id } } }',
    {},
    token,
  );
  return me.organization.id;
}
