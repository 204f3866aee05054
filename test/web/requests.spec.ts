import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import {
  choose,
  expectAccessible,
  offeringWithOpenSlots,
  operatorProposes,
  postTestingRequest,
  prepare,
  recordAlerts,
  registerRequester,
  screenshot,
} from './support.js';

test('posts a pilot request, reads ranked matches with reasons, accepts a proposal and gets its booking', async ({
  page,
  request,
}) => {
  const account = await registerRequester(request, 'UNIVERSITY');
  await prepare(page, { account });
  await page.goto('/requests');
  await expect(page.getByRole('heading', { level: 1, name: '我的中试需求' })).toBeVisible();
  await expectAccessible(page, 'my pilot requests');
  await page.getByRole('button', { name: '发布新需求' }).click();
  await expect(page).toHaveURL(/\/requests\/new$/);

  // Technology transfer: the form asks for the TRL, as the API does.
  await choose(page, '需求类型', '成果转化中试');
  await page.getByLabel('标题', { exact: true }).fill('钠离子电池层状氧化物正极公斤级放大');
  await page
    .getByLabel('需求描述')
    .fill('实验室已完成 100 g 级合成，需要共沉淀反应釜与喷雾干燥进行公斤级放大验证，并出具检测报告。');
  await choose(page, '服务类型', '工艺放大熟化');
  await choose(page, '服务类型', '技术研发转化');
  await page.keyboard.press('Escape');
  await choose(page, '产业方向', '原材料工业');
  await page.getByRole('button', { name: '发布需求' }).click();
  await expect(page.getByText('成果转化类需求需要填写技术就绪度')).toBeVisible();
  await expectAccessible(page, 'the new request form');
  await page.getByLabel('技术就绪度（TRL 1–9）').fill('4');
  await page.getByLabel('专利号').fill('CN202310000001.X, CN202310000002.3');
  await page.getByLabel('知识产权归属与条件').fill('学校所有，可许可实施');
  // The budget says its unit: yuan.
  await page.getByLabel('最低预算（元）', { exact: true }).fill('50000');
  await page.getByLabel('最高预算（元）', { exact: true }).fill('300000');
  // Only the smallest scale, without a unit: the request keeps it and shows it.
  await page.getByLabel('最小规模').fill('100');

  // The session ends while the form is being filled (the token expired, or was signed out elsewhere): sending asks
  // for the password again over the form, which keeps everything typed, and the second send goes through.
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('pilotmatch.session') as string) as { token: string };
    localStorage.setItem('pilotmatch.session', JSON.stringify({ ...session, token: `${session.token}x` }));
  });
  await page.getByRole('button', { name: '发布需求' }).click();
  const again = page.getByRole('dialog', { name: '登录已过期' });
  await expect(again).toBeVisible();
  await expect(again.getByLabel('电子邮箱')).toHaveValue(account.email);
  await expect(again.getByLabel('密码')).toBeFocused();
  await expectAccessible(page, 'the session-expired dialog');
  await again.getByLabel('密码').fill(account.password);
  await again.getByLabel('密码').press('Enter');
  await expect(again).toBeHidden();
  await expect(page).toHaveURL(/\/requests\/new$/);
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('钠离子电池层状氧化物正极公斤级放大');
  await expect(page.getByLabel('技术就绪度（TRL 1–9）')).toHaveValue('4');
  await page.getByRole('button', { name: '发布需求' }).click();

  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByText('需求已发布，下面是为您推荐的平台。')).toBeVisible();
  await expect(page.locator('.ant-descriptions-item', { hasText: '规模' })).toHaveText(/规模.*≥ 100$/);
  // Amounts carry their ¥: the label does not say the unit a second time.
  const budget = page.locator('.ant-descriptions-item', { hasText: /^预算/ });
  await expect(budget.locator('.ant-descriptions-item-label')).toHaveText('预算');
  await expect(budget.locator('.ant-descriptions-item-content')).toHaveText('¥50,000.00 – ¥300,000.00');
  const matches = page.getByTestId('match');
  await expect(matches.first()).toBeVisible();
  await expect(matches.first()).toContainText('匹配度');
  await expect(matches.first().locator('.reason-list li').first()).toBeVisible();
  await expect(matches.first().locator('.reason-list')).toContainText(/服务类型|产业方向与领域|需求描述相关度/);
  await expectAccessible(page, 'a pilot request with its matches');
  await screenshot(page, 'request-zh');

  // The operator answers; the requester sees it, is notified, and accepts.
  const requestId = new URL(page.url()).pathname.split('/').pop() as string;
  await operatorProposes(request, requestId, 120_000);
  await operatorProposes(request, requestId, 88_000);
  await page.reload();
  await expect(page.getByTestId('proposal')).toHaveCount(2);
  // The request was posted before: news on arrival only, not on a reload.
  await expect(page.getByText('需求已发布，下面是为您推荐的平台。')).toHaveCount(0);
  // Notified in the proposal's own transaction: the reloaded page's header counts them at once (no 30 s poll).
  await expect(page.getByRole('link', { name: '通知（2 条未读）' })).toBeVisible();

  // Decline the dearer one, with a reason.
  const dearer = page.getByTestId('proposal').filter({ hasText: '¥120,000.00' });
  await expect(dearer).toContainText('待答复');
  await dearer.getByRole('button', { name: '婉拒' }).click();
  const dialog = page.getByRole('dialog', { name: '婉拒' });
  await dialog.getByRole('button', { name: '婉拒' }).click();
  await expect(dialog.getByText('请填写婉拒原因')).toBeVisible();
  await dialog.getByLabel('婉拒原因').fill('预算超出');
  await dialog.getByRole('button', { name: '婉拒' }).click();
  await expect(dearer).toContainText('已婉拒');
  await expect(dearer).toContainText('预算超出');

  const proposal = page.getByTestId('proposal').filter({ hasText: '¥88,000.00' });
  await expect(proposal).toContainText('待答复');

  const accepted = await recordAlerts(page, '已接受方案，预约已生成');
  await proposal.getByRole('button', { name: '接受方案' }).click();
  await expect(proposal).toContainText('已接受方案，预约已生成');
  // Said once, in the card, with the way to the booking (not a second time in a passing message), also once the page
  // has fetched the request again and the card reads 已接受.
  await expect(proposal.getByText('已接受', { exact: true })).toBeVisible();
  expect(await accepted()).toBe(1);
  await expect(page.getByRole('alert').filter({ hasText: '已接受方案，预约已生成' })).toHaveCount(1);
  await proposal.getByRole('link', { name: '查看预约' }).click();
  await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('booking-status')).toHaveText('已确认');

  // Notifications: the proposal arrived; marking all read clears the count.
  await page.getByRole('link', { name: /^通知（/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '通知' })).toBeVisible();
  await expect(page.locator('.ant-list-item').first()).toBeVisible();
  await expectAccessible(page, 'notifications');
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(page.getByText('0 条未读通知').first()).toBeVisible();
  await expect(page.getByRole('link', { name: '通知（0 条未读）' })).toBeVisible();
});

/** Three proposals, posted dearest, cheapest, middle: newest first, as text and by price are three different orders. */
async function threeProposals(request: APIRequestContext, requestId: string): Promise<void> {
  for (const price of [120_000, 9_800.5, 88_000]) await operatorProposes(request, requestId, price);
}

test('reads a request’s proposals lowest price first or newest first, in Chinese and English', async ({
  page,
  request,
}) => {
  const account = await registerRequester(request, 'SME');
  const requestId = await postTestingRequest(request, account);
  await threeProposals(request, requestId);
  await prepare(page, { account });
  await page.goto(`/requests/${requestId}`);

  const prices = page.getByTestId('proposal').getByText(/^报价 /);
  const order = page.getByRole('radiogroup', { name: '方案排序' });
  await expect(prices).toHaveText(['报价 ¥88,000.00', '报价 ¥9,800.50', '报价 ¥120,000.00']);
  await expect(order.getByRole('radio', { name: '最新提交在前' })).toBeChecked();
  await order.getByText('报价从低到高').click();
  await expect(order.getByRole('radio', { name: '报价从低到高' })).toBeChecked();
  await expect(prices).toHaveText(['报价 ¥9,800.50', '报价 ¥88,000.00', '报价 ¥120,000.00']);
  await expect(page).toHaveURL(/[?&]proposals=price/);
  await expectAccessible(page, 'proposals lowest price first');
  const section = page.getByRole('region', { name: '平台方案' });
  await screenshot(page, 'request-proposals-zh', section);

  // The order is in the address: a reload keeps it, and so does switching language.
  await page.reload();
  await expect(prices).toHaveText(['报价 ¥9,800.50', '报价 ¥88,000.00', '报价 ¥120,000.00']);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const pricesEn = page.getByTestId('proposal').getByText(/^Price /);
  const orderEn = page.getByRole('radiogroup', { name: 'Order of proposals' });
  await expect(orderEn.getByRole('radio', { name: 'Lowest price first' })).toBeChecked();
  await expect(pricesEn).toHaveText(['Price ¥9,800.50', 'Price ¥88,000.00', 'Price ¥120,000.00']);
  // The dates drawn as the language switched are English too ("16 Dec 2026, 08:00", not "16 12月 2026").
  await expect(page.getByTestId('proposal').first()).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} to /);
  await expectAccessible(page, 'proposals lowest price first (en)');
  await page.mouse.move(0, 0);
  await screenshot(page, 'request-proposals-en', page.getByRole('region', { name: 'Proposals' }));
  await orderEn.getByText('Newest first').click();
  await expect(pricesEn).toHaveText(['Price ¥88,000.00', 'Price ¥9,800.50', 'Price ¥120,000.00']);
  await expect(page).not.toHaveURL(/proposals=/);
});

/**
 * Whether a control is whole on screen once the page is scrolled (down only, never sideways) to put it mid-screen:
 * not cut off by the page's edge or by a box around it.
 */
async function expectWholeOnScreen(control: Locator, what: string): Promise<void> {
  await control.evaluate((element) => {
    const { top, height } = element.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + top + height / 2 - window.innerHeight / 2);
  });
  await expect(control, what).toBeInViewport({ ratio: 1 });
}

/** The slots of an offering's calendar whose box or time runs out of their own day (into the next day's). */
async function slotsOutOfTheirDay(page: Page): Promise<string[]> {
  return page.locator('.calendar').evaluate((calendar) =>
    Array.from(calendar.querySelectorAll('td')).flatMap((day) => {
      const { left, right } = day.getBoundingClientRect();
      return Array.from(day.querySelectorAll('input[type=checkbox], .nowrap'))
        .filter((part) => {
          const box = part.getBoundingClientRect();
          return box.width > 0 && (box.left < left - 0.5 || box.right > right + 0.5);
        })
        .map((part) => `${day.innerText.split('\n')[0]}: ${part.textContent || 'box'}`);
    }),
  );
}

test('on a phone, upright and turned, proposals and an offering’s open slots keep their buttons on screen, and a booking sent says so once', async ({
  browser,
  request,
}) => {
  const account = await registerRequester(request, 'STARTUP');
  const requestId = await postTestingRequest(request, account);
  await threeProposals(request, requestId);
  const offeringId = await offeringWithOpenSlots(request, '反应釜');
  const phones = [
    { name: 'upright', lang: 'zh', viewport: { width: 375, height: 812 } },
    // Turned, a phone is wider than the phone layout's 600 px but still far too narrow for a seven-day week.
    { name: 'turned', lang: 'en', viewport: { width: 740, height: 360 } },
  ] as const;
  for (const { name, lang, viewport } of phones) {
    const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await prepare(page, { account, lang });
    const words =
      lang === 'zh'
        ? { order: '方案排序', accept: '接受方案', decline: '婉拒', book: '提交预约申请', sent: '预约申请已提交' }
        : {
            order: 'Order of proposals',
            accept: 'Accept',
            decline: 'Decline',
            book: 'Send booking request',
            sent: 'Booking request sent',
          };

    // The proposals: the order to choose, each card apart from the next, its buttons whole on screen.
    await page.goto(`/requests/${requestId}`);
    const cards = page.getByTestId('proposal');
    await expect(cards).toHaveCount(3);
    await expectWholeOnScreen(page.getByRole('radiogroup', { name: words.order }), name);
    for (let i = 0; i < 3; i++) {
      const card = cards.nth(i);
      for (const button of [words.accept, words.decline])
        await expectWholeOnScreen(card.getByRole('button', { name: button }), `${name}: ${button} ${i}`);
      if (i > 0) {
        const above = await cards.nth(i - 1).boundingBox();
        const below = await card.boundingBox();
        expect(
          (below?.y ?? 0) - ((above?.y ?? 0) + (above?.height ?? 0)),
          `${name}: gap above card ${i}`,
        ).toBeGreaterThanOrEqual(8);
      }
    }

    // The open slots: every box and time inside its own day, the week buttons and the request button on screen.
    await page.goto(`/offerings/${offeringId}`);
    const slots = page.getByRole('checkbox', { name: /^\d{4}-\d{2}-\d{2} / });
    await expect(slots.first()).toBeVisible();
    expect(await slotsOutOfTheirDay(page), name).toEqual([]);
    for (const week of lang === 'zh' ? ['前几周', '后几周'] : ['Earlier weeks', 'Later weeks']) {
      await expectWholeOnScreen(page.getByRole('button', { name: week }), name);
    }
    await slots.first().check();
    const send = page.getByRole('button', { name: words.book });
    await expectWholeOnScreen(send, name);
    const sent = await recordAlerts(page, words.sent);
    await send.click();
    await expect(page).toHaveURL(/\/bookings\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('booking-status')).toBeVisible();
    // The booking's page says it was sent: once, and still there to read (not a message that left with the offering).
    await expect(page.getByRole('alert').filter({ hasText: words.sent }), name).toHaveCount(1);
    expect(await sent(), name).toBe(1);
    // News on arrival only: the browser keeps the entry's state across a reload, the page does not say it again.
    await page.reload();
    await expect(page.getByTestId('booking-status')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: words.sent }), name).toHaveCount(0);
    await context.close();
  }
});
