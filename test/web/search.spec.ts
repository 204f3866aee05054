import { expect, test, type Page } from '@playwright/test';
import { DAY, expectAccessible, prepare, resultsSettled, screenshot, shanghaiDay } from './support.js';

test.describe('search, the front door', () => {
  test('searches in Chinese with a facet and a window; the URL holds the search and Back undoes each step', async ({
    page,
  }) => {
    await prepare(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '找平台' })).toBeVisible();
    await expectAccessible(page, 'the search page (zh)');

    const box = page.getByRole('combobox', { name: '搜索服务、设备或平台' });
    await box.fill('锂电池');
    await expect(page.getByRole('listbox', { name: '搜索建议' })).toBeVisible();
    await expect(page.locator('[data-results-for="锂电池"] .result').first()).toBeVisible();
    await box.press('Escape');
    await expect(page.getByRole('listbox', { name: '搜索建议' })).toBeHidden();
    await expect(page).toHaveURL(/q=%E9%94%82%E7%94%B5%E6%B1%A0/);
    await expect(page.locator('.result mark').first()).toBeVisible();
    // Each hit says whether its operator's identity was checked (an unverified one may name itself like a real one).
    const results = page.locator('[data-results-for="锂电池"] .result');
    const stated = results.filter({ hasText: /运营单位(已|未)核验/ });
    expect(await stated.count()).toBe(await results.count());
    await expect(results.locator('.tag-verified').first()).toHaveText('运营单位已核验');

    // A facet: the first service type offered for this query.
    const serviceTypes = page.locator('fieldset', { has: page.locator('legend', { hasText: '服务类型' }) });
    const option = serviceTypes.locator('.ant-checkbox-wrapper').first();
    const label = (await option.innerText()).trim();
    await option.click();
    await expect(page).toHaveURL(/st=[A-Z_]+/);
    await resultsSettled(page);
    const tags = page.locator('.result .tag-info');
    await expect(tags.first()).toHaveText(label);
    expect(new Set(await tags.allInnerTexts())).toEqual(new Set([label]));

    // A window: offerings with an open slot in the next two weeks.
    await page.locator('#filter-from').fill(shanghaiDay(2));
    await page.locator('#filter-to').fill(shanghaiDay(16));
    await expect(page).toHaveURL(new RegExp(`from=${shanghaiDay(2)}&to=${shanghaiDay(16)}`));
    await resultsSettled(page);
    await expect(page.getByRole('heading', { name: /共 \d+ 项服务/ })).toBeVisible();
    await screenshot(page, 'search-zh');

    // The URL is the search: opened afresh it shows the same.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(other.locator('[data-results-for="锂电池"] .result').first()).toBeVisible();
    await expect(other.locator('.filters input[type=checkbox]:checked')).toHaveCount(1);
    await expect(other.locator('#filter-to')).toHaveValue(shanghaiDay(16));
    await other.close();

    await page.goBack();
    await page.goBack();
    await expect(page).not.toHaveURL(/to=/);
    await expect(page).toHaveURL(/st=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/st=/);
    await expect(serviceTypes.locator('input[type=checkbox]:checked')).toHaveCount(0);
  });

  test('switches to English in one click, searches in English, and remembers the choice', async ({ page }) => {
    await prepare(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Find a platform' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const box = page.getByRole('combobox', { name: 'Search services, equipment or platforms' });
    await box.fill('batt');
    // Completions, chosen with the keyboard.
    await expect(page.getByRole('option').first()).toBeVisible();
    await box.press('ArrowDown');
    const chosen = (await page.getByRole('option', { selected: true }).locator('span').first().innerText()).trim();
    await box.press('Enter');
    await expect(box).toHaveValue(chosen);
    // Fast typing loses no keystroke, and the results follow the last one.
    await box.fill('');
    await box.pressSequentially('spray drying tower');
    await expect(box).toHaveValue('spray drying tower');
    await expect(page.locator('[data-results-for="spray drying tower"]')).toBeVisible();
    await expect(page).toHaveURL(/q=spray\+drying\+tower/);
    await box.fill('battery');
    await box.press('Enter');
    await expect(page.locator('[data-results-for="battery"] .result').first()).toBeVisible();
    await expect(page.locator('legend', { hasText: 'Service type' })).toBeVisible();
    // Facet labels come from the API's vocabulary, in English, each starting its line as English does.
    await expect(page.locator('fieldset', { hasText: 'Industry direction' })).toContainText('Raw materials');
    await expectAccessible(page, 'the search page (en)');
    await screenshot(page, 'search-en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Find a platform' })).toBeVisible();
    await page.getByRole('button', { name: '切换到中文' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '找平台' })).toBeVisible();
  });

  test('searches near a city within a radius, shows distances, sorts by distance and pages', async ({ page }) => {
    await prepare(page);
    await page.goto('/');
    await page.getByRole('radio', { name: '靠近城市' }).click();
    await expect(page.getByRole('radio', { name: '靠近城市' })).toBeChecked();
    await page.getByLabel('选择城市').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '南京' }).click();
    await page.getByLabel('半径（公里）').fill('300');
    await expect(page).toHaveURL(/city=32/);
    await expect(page).toHaveURL(/r=300/);
    await resultsSettled(page);
    await expect(page.locator('.result').first()).toContainText(/距离 \d+ 公里/);
    await page.getByLabel('排序').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '距离最近' }).click();
    await expect(page).toHaveURL(/sort=DISTANCE/);
    await resultsSettled(page);
    const distances = async () =>
      (await page.locator('.result').allInnerTexts()).map((text) => Number(/距离 (\d+) 公里/.exec(text)?.[1]));
    await expect(page.locator('.result').first()).toContainText(/距离 \d+ 公里/);
    const first = await distances();
    expect(first.every((km) => km <= 300)).toBe(true);
    expect(first).toEqual([...first].sort((a, b) => a - b));
    // Within 300 km of Nanjing there are more than one page of offerings (Jiangsu, Shanghai, Anhui, Zhejiang).
    await page.getByRole('listitem', { name: '2' }).click();
    await expect(page).toHaveURL(/page=2/);
    await resultsSettled(page);
    expect(Math.min(...(await distances()))).toBeGreaterThanOrEqual(Math.max(...first));
    await page.goBack();
    await expect(page).not.toHaveURL(/page=2/);
  });

  test('says, when a sort other than relevance is chosen for words, that only services with every word are listed', async ({
    page,
  }) => {
    await prepare(page);
    await page.goto(`/?q=${encodeURIComponent('锂电池正极材料')}`);
    await resultsSettled(page);
    await expect(page.getByTestId('sort-hint')).toHaveCount(0);
    await page.getByLabel('排序').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '价格从低到高' }).click();
    await expect(page).toHaveURL(/sort=PRICE_ASC/);
    await resultsSettled(page);
    await expect(page.getByTestId('sort-hint')).toHaveText(
      '按相关度以外的方式排序时，只列出包含全部搜索词的服务，因此数量可能比按相关度排序时少。',
    );
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByTestId('sort-hint')).toContainText('only services containing every word of your search');
    // Without words there is nothing to require.
    await page.goto('/?sort=PRICE_ASC');
    await resultsSettled(page);
    await expect(page.getByTestId('sort-hint')).toHaveCount(0);
  });

  test('an empty result says what to try', async ({ page }) => {
    await prepare(page);
    await page.goto('/?q=%E5%8F%8D%E5%BA%94%E9%87%9C&max=1');
    await expect(page.getByText('没有找到匹配的服务')).toBeVisible();
    await expect(page.getByText(/减少筛选条件/)).toBeVisible();
    await page.getByRole('button', { name: '清除全部筛选' }).first().click();
    await expect(page).not.toHaveURL(/max=/);
    // Clearing the filters keeps the words.
    await expect(page).toHaveURL(/q=/);
    await expect(page.locator('.result').first()).toBeVisible();
  });

  test('says which words of the query no service mentions, in both languages', async ({ page }) => {
    await prepare(page);
    await page.goto(`/?q=${encodeURIComponent('xyzqq 盐雾试验')}`);
    // The salt-spray tests are listed; the word nothing matches is named, as typed.
    await expect(page.locator('[data-results-for="xyzqq 盐雾试验"] .result').first()).toBeVisible();
    await expect(page.getByTestId('unmatched-words')).toHaveText('未找到与“xyzqq”相关的服务');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByTestId('unmatched-words')).toHaveText('No service mentions “xyzqq”');
    // Every word matched: nothing to say.
    await page.goto(`/?q=${encodeURIComponent('盐雾试验')}`);
    await expect(page.locator('[data-results-for="盐雾试验"] .result').first()).toBeVisible();
    await expect(page.getByTestId('unmatched-words')).toHaveCount(0);
  });

  test('a failed request shows its error, and Retry recovers', async ({ page }) => {
    await prepare(page);
    let failing = true;
    await page.route('**/graphql', async (route) => {
      if (failing && route.request().postData()?.includes('SearchOfferings')) await route.abort('connectionrefused');
      else await route.continue();
    });
    await page.goto('/?q=%E5%8F%8D%E5%BA%94%E9%87%9C');
    const alert = page.getByRole('alert').filter({ hasText: '请求失败' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('无法连接服务器');
    await expectAccessible(page, 'the search page with an error');
    failing = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.locator('.result').first()).toBeVisible();

    // On a slow network the previous results stay, dimmed, until the new ones arrive.
    let release = () => undefined as void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('SearchOfferings')) await answered;
      await route.fallback();
    });
    await page.getByRole('combobox', { name: '搜索服务、设备或平台' }).fill('工艺放大');
    await page.keyboard.press('Enter');
    await expect(page.locator('.result-list')).toHaveCSS('opacity', '0.5');
    release();
    await expect(page.locator('[data-results-for="工艺放大"] .result-list')).toHaveCSS('opacity', '1');
  });
});

/** The `input` of every SearchOfferings request the page sends, in order. */
function searchInputs(page: Page): Array<Record<string, unknown>> {
  const inputs: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postData() : null;
    if (!body?.includes('SearchOfferings')) return;
    const { variables } = JSON.parse(body) as { variables: { input: Record<string, unknown> } };
    inputs.push(variables.input);
  });
  return inputs;
}

/** What the browser does when a date is chosen in an `<input type=date>`: the value changes, then `input` fires. */
async function chooseDays(page: Page, days: Array<[selector: string, day: string]>): Promise<void> {
  await page.evaluate((entries) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (const [selector, day] of entries) {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      setValue.call(input, day);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, days);
}

test.describe('search, filters changed in quick succession and the Shanghai window', () => {
  test('a start and an end chosen in immediate succession are both searched', async ({ page }) => {
    const inputs = searchInputs(page);
    await prepare(page);
    await page.goto('/');
    await resultsSettled(page);
    // One task, no pause: the end's change arrives before the router has applied the start's.
    await chooseDays(page, [
      ['#filter-from', shanghaiDay(3)],
      ['#filter-to', shanghaiDay(9)],
    ]);
    await expect(page).toHaveURL(new RegExp(`from=${shanghaiDay(3)}&to=${shanghaiDay(9)}`));
    await resultsSettled(page);
    await expect(page.locator('#filter-from')).toHaveValue(shanghaiDay(3));
    await expect(page.locator('#filter-to')).toHaveValue(shanghaiDay(9));
    expect(inputs.at(-1)).toMatchObject({
      availableFrom: `${shanghaiDay(3)}T00:00:00+08:00`,
      availableTo: `${shanghaiDay(9)}T23:59:59+08:00`,
    });
    // No search ever went out with a window the user did not choose.
    const windows = inputs.filter((input) => input.availableFrom).map((input) => input.availableFrom);
    expect(new Set(windows)).toEqual(new Set([`${shanghaiDay(3)}T00:00:00+08:00`]));

    // An end typed before the start makes a one-day window, not one the API would refuse.
    await page.locator('#filter-to').fill(shanghaiDay(1));
    await expect(page).toHaveURL(new RegExp(`from=${shanghaiDay(1)}&to=${shanghaiDay(1)}`));
    await resultsSettled(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('two facet values chosen in immediate succession are both searched', async ({ page }) => {
    const inputs = searchInputs(page);
    await prepare(page);
    await page.goto('/');
    await resultsSettled(page);
    const serviceTypes = page.locator('fieldset', { has: page.locator('legend', { hasText: '服务类型' }) });
    const boxes = serviceTypes.locator('input[type=checkbox]');
    // One task, no pause: the second click arrives before the router has applied the first.
    await boxes.evaluateAll((inputs: HTMLInputElement[]) => {
      inputs[0].click();
      inputs[1].click();
    });
    await expect(page).toHaveURL(/st=[A-Z_]+%2C[A-Z_]+/);
    await resultsSettled(page);
    await expect(serviceTypes.locator('input[type=checkbox]:checked')).toHaveCount(2);
    expect(inputs.at(-1)?.serviceTypes).toHaveLength(2);
  });

  // The browser's clock is set to an instant at which the browser's calendar day is not Shanghai's: 20:00 UTC is
  // noon (or 13:00) of day X in Los Angeles and 04:00 of day X + 1 in Shanghai; 12:00 UTC is 20:00 of day X in
  // Shanghai and 01:00 (or 00:00) of day X + 1 in Auckland.
  const today = new Date().toISOString().slice(0, 10);
  const dayAfter = (day: string, count: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY).toISOString().slice(0, 10);
  for (const { timezoneId, instant, shanghaiToday } of [
    { timezoneId: 'America/Los_Angeles', instant: `${today}T20:00:00Z`, shanghaiToday: dayAfter(today, 1) },
    { timezoneId: 'Pacific/Auckland', instant: `${today}T12:00:00Z`, shanghaiToday: today },
  ]) {
    test.describe(`in a browser in ${timezoneId}`, () => {
      test.use({ timezoneId });

      test('the window is made of Shanghai days, and today is Shanghai’s', async ({ page }) => {
        const inputs = searchInputs(page);
        await page.clock.setFixedTime(new Date(instant));
        await prepare(page);
        await page.goto('/');
        await resultsSettled(page);
        const localToday = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
        expect(localToday, 'the browser’s own day differs from Shanghai’s').not.toBe(shanghaiToday);

        // The earliest day offered is today in Shanghai.
        await expect(page.locator('#filter-from')).toHaveAttribute('min', shanghaiToday);
        await expect(page.locator('#filter-to')).toHaveAttribute('min', shanghaiToday);

        // Only an end: the window starts today, in Shanghai.
        const end = dayAfter(shanghaiToday, 5);
        await page.locator('#filter-to').fill(end);
        await expect(page).toHaveURL(new RegExp(`from=${shanghaiToday}&to=${end}`));
        await resultsSettled(page);
        expect(inputs.at(-1)).toMatchObject({
          availableFrom: `${shanghaiToday}T00:00:00+08:00`,
          availableTo: `${end}T23:59:59+08:00`,
        });

        // Only a start: the window ends two weeks on, counted in Shanghai days.
        await page.locator('#filter-to').fill('');
        await expect(page).not.toHaveURL(/from=/);
        const start = dayAfter(shanghaiToday, 30);
        await page.locator('#filter-from').fill(start);
        await expect(page).toHaveURL(new RegExp(`from=${start}&to=${dayAfter(start, 13)}`));
        await resultsSettled(page);
        expect(inputs.at(-1)).toMatchObject({
          availableFrom: `${start}T00:00:00+08:00`,
          availableTo: `${dayAfter(start, 13)}T23:59:59+08:00`,
        });
      });
    });
  }
});
