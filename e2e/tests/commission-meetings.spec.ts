import { screenshotPage } from '../support/screenshot.ts';
import { expect, type Page, test } from '../support/test.ts';

// The one meeting known in detail, from the seed article (its exact date was not published).
const ARTICLE_MEETING = 'جلسه کمیسیون نظارت بر تشکل‌های صنعتی و معدنی';
const ATTENDEES = [
  ['سعید زرندی', 'معاون طرح و برنامه وزارت و رئیس کمیسیون'],
  ['رسولیان', 'رئیس سازمان'],
  ['سهل‌آبادی', 'رئیس خانه'],
  ['احسانی', 'رئیس مرکز'],
] as const;
const FIRST_DECISION = 'تقویت و ارتقای جایگاه تشکل‌های بخش خصوصی در وزارت صنعت، معدن و تجارت';

/** "۲۷ مصوبه" → 27 */
const persianNumber = (text: string) =>
  Number(text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[^0-9]/g, ''));

async function decisionTotal(page: Page): Promise<number> {
  const count = page.getByRole('status').filter({ hasText: /^[۰-۹]+ مصوبه$/ });
  await expect(count).toBeVisible();
  return persianNumber((await count.textContent()) ?? '');
}

test.describe('a commission member follows the meetings and their decisions', () => {
  test('opens the article meeting from the list: attendees with roles, the new member, decisions', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'بخش‌های داشبورد' }).getByRole('link', { name: 'جلسات' }).click();
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.getByRole('heading', { level: 1, name: /جلسات کمیسیون/ })).toBeVisible();

    await page.getByLabel('از سال').selectOption('1400');
    await page.getByLabel('تا سال').selectOption('1400');
    await expect(page).toHaveURL(/\?from=1400&to=1400$/);
    const link = page.getByRole('link', { name: ARTICLE_MEETING, exact: true });
    const row = page.getByRole('row').filter({ has: link });
    await expect(row).toContainText('تقریبی');
    await link.click();

    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: ARTICLE_MEETING })).toBeVisible();
    await expect(page.getByText(/تاریخ دقیق منتشر نشده/)).toBeVisible();
    await expect(page.getByText(/یادداشت منبع: گزارش شاتا/)).toBeVisible();

    const attendees = page.getByRole('table', { name: 'حاضران جلسه' });
    await expect(attendees.getByRole('rowheader')).toHaveCount(4);
    for (const [name, role] of ATTENDEES) {
      await expect(attendees.getByRole('row', { name: new RegExp(name) })).toContainText(role);
    }
    await expect(attendees.getByRole('row', { name: /رسولیان/ })).toContainText('عضو جدید');
    await expect(attendees.getByText('عضو جدید')).toHaveCount(1);

    const decisions = page.getByRole('region', { name: 'مصوبات جلسه' }).getByRole('listitem');
    await expect(decisions).toHaveCount(6);
    await expect(decisions.first()).toContainText(FIRST_DECISION);
    await expect(decisions.first()).toContainText('باز');
    await expect(decisions.first()).toHaveAttribute('id', /^decision-\d+$/);
    await screenshotPage(page, 'meeting-article');
  });

  test('a decision link lands on that decision of its meeting', async ({ page }) => {
    await page.goto('/decisions?overdue=true');
    const first = page.getByRole('region', { name: 'فهرست مصوبات' }).getByRole('listitem').first();
    const text = (await first.locator('p').first().textContent()) ?? '';
    await first.getByRole('link', { name: /جلسه/ }).click();
    await expect(page).toHaveURL(/\/meetings\/\d+#decision-\d+$/);
    const id = new URL(page.url()).hash;
    const target = page.locator(id);
    await expect(target).toContainText(text);
    await expect(target).toContainText('معوق');
    await expect(target).toBeInViewport();
  });

  test('an unknown meeting says so in Persian', async ({ page }) => {
    await page.goto('/meetings/999999');
    await expect(page.getByRole('heading', { name: 'جلسه‌ای با این شناسه پیدا نشد.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'بازگشت به فهرست جلسات' })).toBeVisible();
  });

  test('the decisions tracker narrows to overdue decisions', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'بخش‌های داشبورد' }).getByRole('link', { name: 'مصوبات' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /پیگیری مصوبات/ })).toBeVisible();
    const all = await decisionTotal(page);

    const overdueOnly = page.getByLabel('فقط معوق‌ها');
    await overdueOnly.check();
    await expect(page).toHaveURL(/\/decisions\?overdue=true$/);
    await expect.poll(() => decisionTotal(page)).toBeLessThan(all);
    const overdue = await decisionTotal(page);
    expect(overdue).toBeGreaterThan(0);

    const items = page.getByRole('region', { name: 'فهرست مصوبات' }).getByRole('listitem');
    await expect(items).toHaveCount(Math.min(overdue, 25));
    for (const item of await items.all()) {
      await expect(item.getByText('معوق', { exact: true })).toBeVisible();
      await expect(item).not.toContainText('انجام‌شده');
    }

    // Nothing done is overdue, so the status split has no "done" under this filter.
    const chart = page.getByRole('region', { name: /مصوبات به تفکیک وضعیت/ });
    await expect(chart.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
    await chart.getByRole('tab', { name: 'جدول' }).click();
    await expect(chart.getByRole('row', { name: /انجام‌شده/ })).toContainText('۰');

    await page.reload();
    await expect(page.getByLabel('فقط معوق‌ها')).toBeChecked();
    await chart.getByRole('tab', { name: 'نمودار' }).click();
    await expect(chart.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
    await screenshotPage(page, 'decisions-overdue');

    await page.getByLabel('فقط معوق‌ها').uncheck();
    await expect(page).not.toHaveURL(/overdue/);
    await expect.poll(() => decisionTotal(page)).toBe(all);
  });

  test('the search finds the article meeting however «تشکل» is typed', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByText(/واژه‌ای بنویسید/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    const box = page.getByRole('searchbox', { name: 'جستجو در تشکل‌ها، جلسات و مصوبات' });
    // Arabic kaf, Persian with ZWNJ, Persian without it.
    for (const q of ['تشكل', 'تشکل‌ها', 'تشکلها']) {
      await box.fill(q);
      await box.press('Enter');
      await expect(page).toHaveURL(`/search?${new URLSearchParams({ q })}`);
      const meetings = page.getByRole('region', { name: /^جلسات/ });
      const hit = meetings.getByRole('link', { name: ARTICLE_MEETING, exact: true });
      await expect(hit).toBeVisible();
      // The stored «تشکل‌های» is highlighted even though the query was typed differently.
      await expect(hit.locator('mark')).toHaveText(q === 'تشكل' ? ['تشکل'] : ['تشکل‌ها']);
      if (q === 'تشكل') await screenshotPage(page, 'search-tashakkol');
    }

    await page
      .getByRole('region', { name: /^جلسات/ })
      .getByRole('link', { name: ARTICLE_MEETING, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: ARTICLE_MEETING })).toBeVisible();
  });
});
