import type { OverviewAnswer } from '../support/api-answers.ts';
import { screenshotPage } from '../support/screenshot.ts';
import { expect, type Locator, type Page, test } from '../support/test.ts';

const ARTICLE_PROVINCES = ['IR-03', 'IR-04', 'IR-06', 'IR-08', 'IR-09', 'IR-26'];
const toAscii = (text: string) => text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/٬/g, '');

/** The table tab's rows of a card as { key: count }. */
async function tableCounts(card: Locator): Promise<Record<string, number>> {
  await card.getByRole('tab', { name: 'جدول' }).click();
  const rows = await card
    .locator('tbody tr[data-key]')
    .evaluateAll((trs) =>
      trs.map(
        (tr) => [tr.getAttribute('data-key'), tr.querySelector('td[data-col="count"]')?.textContent ?? ''] as const,
      ),
    );
  await card.getByRole('tab', { name: 'نمودار' }).click();
  return Object.fromEntries(rows.map(([key, count]) => [key, Number(toAscii(count))]));
}

async function openOverview(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
}

test.describe('the planning deputy reads the overview', () => {
  test('the map has 31 provinces, and with 1399 only the article six are coloured', async ({ page }) => {
    await openOverview(page);
    await page.getByLabel('از سال').selectOption('1399');
    await page.getByLabel('تا سال').selectOption('1399');
    const map = page.locator('[data-card="map"]');
    await expect(map.locator('[data-province]:not(.is-zero)')).toHaveCount(6);
    const coloured = await map
      .locator('[data-province]:not(.is-zero)')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-province')));
    expect(coloured.sort()).toEqual(ARTICLE_PROVINCES);
    await expect(page.locator('[data-kpi="formed"] .kpi-value')).toHaveText('۱۵');
    await expect(page.locator('[data-kpi="provinces"] .kpi-value')).toHaveText('۶ از ۳۱');
    await expect(page.getByText(/گزارش رسمی/)).toBeVisible();
  });

  test('every table tab holds the numbers its chart shows', async ({ page }) => {
    await openOverview(page, '?from=1396&to=1400');
    // Map: each province's accessible label carries its count.
    const map = page.locator('[data-card="map"]');
    const mapLabels = await map
      .locator('[data-province]')
      .evaluateAll((paths) =>
        paths.map((p) => [p.getAttribute('data-province'), p.getAttribute('aria-label') ?? ''] as const),
      );
    const mapTable = await tableCounts(map);
    for (const [code, label] of mapLabels) {
      expect(Number(toAscii(label.match(/[۰-۹٬]+/)?.[0] ?? 'NaN')), String(code)).toBe(mapTable[code ?? '']);
    }

    // Ranking and sectors: the value labels at the end of the bars, in chart order.
    for (const id of ['ranking', 'sectors']) {
      const card = page.locator(`[data-card="${id}"]`);
      await expect(card.locator('.bar-row').first()).toBeVisible();
      const labels = (await card.locator('.bar-value text, text.bar-value').allTextContents()).filter((t) => t);
      const table = Object.values(await tableCounts(card)).filter((n) => n > 0);
      expect(
        labels.map((l) => Number(toAscii(l))),
        id,
      ).toEqual(table);
    }

    // Timeline: hovering each year's bar shows the count the table lists for that year.
    const timeline = page.locator('[data-card="timeline"]');
    const years = await tableCounts(timeline);
    const bars = timeline.locator('.recharts-bar-rectangle');
    await expect(bars).toHaveCount(5);
    const seen: Record<string, number> = {};
    for (const bar of await bars.all()) {
      await bar.hover();
      const tooltip = timeline.locator('.recharts-tooltip-wrapper');
      await expect(tooltip.locator('.recharts-tooltip-item-value')).toBeVisible();
      const year = toAscii((await tooltip.locator('.recharts-tooltip-label').textContent()) ?? '');
      seen[year] = Number(toAscii((await tooltip.locator('.recharts-tooltip-item-value').textContent()) ?? ''));
    }
    expect(seen).toEqual(years);
  });

  test('clicking East Azerbaijan opens its fact sheet', async ({ page }) => {
    await openOverview(page, '?from=1399&to=1399');
    await page.locator('[data-card="map"] [data-province="IR-03"]').click();
    await expect(page).toHaveURL(/\/provinces\/IR-03\?from=1399&to=1399$/);
    await expect(page.getByRole('heading', { level: 1, name: 'برگه استان آذربایجان شرقی' })).toBeVisible();
    await expect(page.locator('[data-metric="total"]')).toBeVisible();
    await expect(page.locator('[data-province="IR-03"].is-highlight')).toBeVisible();
    await screenshotPage(page, 'province-IR-03');
  });

  test('filters survive a reload', async ({ page }) => {
    await openOverview(page);
    await page.getByLabel('بخش صنعتی', { exact: true }).selectOption('food');
    const overview = page.waitForResponse((r) =>
      r.url().includes('/api/stats/overview?sector=food&kind=provincial_association'),
    );
    await page.getByLabel('نوع تشکل', { exact: true }).selectOption('provincial_association');
    await expect(page).toHaveURL(/sector=food&kind=provincial_association/);
    // The figure the API gave for these filters, in the digits the page shows.
    const { kpis }: OverviewAnswer = await (await overview).json();
    const formed = kpis.formed.toLocaleString('fa-IR');
    await expect(page.locator('[data-kpi="formed"] .kpi-value')).toHaveText(formed);
    await page.reload();
    await expect(page.getByLabel('بخش صنعتی', { exact: true })).toHaveValue('food');
    await expect(page.getByLabel('نوع تشکل', { exact: true })).toHaveValue('provincial_association');
    await expect(page.locator('[data-kpi="formed"] .kpi-value')).toHaveText(formed);
    await page.getByRole('button', { name: 'پاک کردن فیلترها' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('the registry', () => {
  test('a search typed with Arabic letters finds the Persian record', async ({ page }) => {
    await page.goto('/associations');
    // Arabic yeh and kaf, as many Windows keyboards type them; the records use Persian letters.
    await page.getByLabel('جستجو در نام تشکل‌ها').fill('صنايع همگن كرمان');
    await expect(page).toHaveURL(/q=/);
    const names = page.locator('.registry-table tbody th a');
    await expect(names.first()).toContainText('کرمان');
    for (const name of await names.allTextContents()) {
      expect(name).toContain('صنایع همگن');
      expect(name).toContain('کرمان');
    }
    await screenshotPage(page, 'registry-search');
    await names.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('کرمان');
    await expect(page.getByText('سابقه')).toBeVisible();
  });
});
