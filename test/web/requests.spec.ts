import { expect, test } from '@playwright/test';
import { choose, expectAccessible, operatorProposes, prepare, registerRequester, screenshot } from './support.js';

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

  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?created=1$/);
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

  await proposal.getByRole('button', { name: '接受方案' }).click();
  await expect(proposal).toContainText('已接受方案，预约已生成');
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
