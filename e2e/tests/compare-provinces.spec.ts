import { readFile } from 'node:fs/promises';
import { screenshotElement, screenshotPage } from '../support/screenshot.ts';
import { expect, type Page, test } from '../support/test.ts';

test.use({ acceptDownloads: true });

/** Province codes of the ranking table, top first. */
const rankingOrder = (page: Page) =>
  page
    .locator('[data-card="ranking"] tbody tr[data-key]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));

test.describe('the planning deputy compares provinces and reads them per inhabitant', () => {
  test('compares East Azerbaijan and Tehran, sees Tehran fall per million, exports with the census, opens the API docs', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));

    // From the province page: "compare with…" Tehran.
    await page.goto('/provinces/IR-03?from=1390&to=1404');
    await page.getByLabel('مقایسه آذربایجان شرقی با استانی دیگر').selectOption('IR-23');
    await page.getByRole('link', { name: 'مقایسه', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?provinces=IR-03%2CIR-23&from=1390&to=1404$/);
    await expect(page.getByRole('heading', { level: 1, name: 'مقایسه استان‌ها' })).toBeVisible();
    const card = page.locator('[data-card="compare"]');
    await expect(card.getByRole('heading', { name: /آذربایجان شرقی. تهران/ })).toBeVisible();
    await expect(card.locator('.recharts-line')).toHaveCount(3); // two provinces and the median
    await expect(card.getByText('میانه کشوری').first()).toBeVisible();
    await expect(card.getByText('سرشماری عمومی نفوس و مسکن ۱۳۹۵، مرکز آمار ایران')).toBeVisible();

    // The table holds one row per year and the census figures.
    await card.getByRole('tab', { name: 'جدول' }).click();
    await expect(card.locator('tbody tr[data-key]')).toHaveCount(15);
    await expect(card.locator('tfoot tr[data-row="population"]')).toContainText('۱۳٬۲۶۷٬۶۳۷');
    await card.getByRole('tab', { name: 'نمودار' }).click();

    // The whole comparison as CSV, from the server, names the census.
    await card.getByRole('button', { name: /^خروجی گرفتن/ }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      card.getByText('CSV همه داده‌های فیلترشده', { exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('hamgen-compare-1390-1404-ir-03-ir-23-all.csv');
    const csv = await readFile(await file.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('سال (خورشیدی),آذربایجان شرقی,تهران,میانه کشوری');
    expect(csv).toContain('مرکز آمار ایران');
    expect(csv).toContain('13267637');

    // A third province chosen on the map joins the comparison.
    await page.locator('.compare-map [data-province="IR-16"]').click();
    await expect(page).toHaveURL(/provinces=IR-03%2CIR-23%2CIR-16/);
    await expect(card.locator('.recharts-line')).toHaveCount(4);

    // On the overview, per million inhabitants moves Tehran down the ranking.
    await page.goto('/?ranking=table');
    // The table renders once the by-province answer is in: wait for it rather than read it empty.
    await expect.poll(async () => (await rankingOrder(page))[0]).toBe('IR-23');
    await page.getByRole('radio', { name: 'در هر میلیون نفر' }).check();
    await expect(page).toHaveURL(/measure=per_million/);
    await expect(
      page.locator('[data-card="ranking"]').getByRole('heading', { name: /در هر میلیون نفر/ }),
    ).toBeVisible();
    await expect(page.locator('[data-card="map"]').getByText('تشکل در هر میلیون نفر جمعیت')).toBeVisible();
    await expect(page.locator('[data-card="map"]').getByText(/مرکز آمار ایران/)).toBeVisible();
    await expect.poll(async () => (await rankingOrder(page)).indexOf('IR-23')).toBeGreaterThan(3);

    // The documented API, served by the app itself.
    await page.goto('/api/docs');
    await expect(page.getByRole('heading', { level: 1, name: /راهنمای API همگن/ })).toBeVisible();
    await expect(page.locator('details#statsCompare .path')).toHaveText('/api/stats/compare');
    await page.locator('details#statsCompare summary').click();
    await page.locator('details#statsCompare input[name="provinces"]').fill('IR-03,IR-23');
    await page.locator('details#statsCompare').getByRole('button', { name: /اجرا/ }).click();
    await expect(page.locator('details#statsCompare pre').last()).toContainText('HTTP 200');
    await screenshotPage(page, 'api-docs');
    expect(problems).toEqual([]);
  });

  test('a link with a duplicate province says so and asks again', async ({ page }) => {
    await page.goto('/compare?provinces=IR-03,IR-03');
    await expect(page.getByRole('alert')).toContainText('معتبر نیستند');
    await expect(page.locator('[data-card="compare"]')).toHaveCount(0);
  });
});

const withLang = (path: string, lang: string) =>
  lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path;

for (const width of [1440, 375]) {
  for (const lang of ['fa', 'en']) {
    test(`screenshots at ${width}px in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(withLang('/compare?provinces=IR-03,IR-23,IR-16&from=1390&to=1404', lang));
      await expect(page.locator('[data-card="compare"] .recharts-line')).toHaveCount(4);
      await screenshotPage(page, `compare-${lang}-${width}`);

      await page.goto(withLang('/?measure=per_million', lang));
      await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
      await screenshotElement(page.locator('[data-card="map"]'), `map-per-million-${lang}-${width}`);
      await screenshotPage(page, `overview-per-million-${lang}-${width}`);

      await page.goto(withLang('/?from=1395&to=1404', lang));
      const timeline = page.locator('[data-card="timeline"]');
      await expect(timeline.locator('.timeline-meeting-mark').first()).toBeVisible();
      const bar = timeline.locator('.recharts-bar-rectangle').nth(4);
      await bar.hover();
      await expect(page.locator('.chart-tooltip')).toBeVisible();
      await screenshotElement(timeline, `timeline-meetings-${lang}-${width}`);
    });
  }
}
