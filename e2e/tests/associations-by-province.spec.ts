import { screenshotPage } from '../support/screenshot.ts';
import { expect, test } from '../support/test.ts';

const ARTICLE_PROVINCES = ['IR-03', 'IR-04', 'IR-06', 'IR-08', 'IR-09', 'IR-26'];

test.describe('the planning deputy looks at associations by province', () => {
  test('sees 31 provinces, narrows to 1399, and no request leaves the origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== new URL(baseURL ?? '').origin) foreign.push(url);
    });

    await page.goto('/');
    await expect(page).toHaveTitle(/همگن/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.getByRole('heading', { level: 1, name: 'نمای کلی' })).toBeVisible();

    const ranking = page.locator('[data-card="ranking"]');
    await expect(ranking.locator('.bar-row')).toHaveCount(31);
    await expect(ranking.locator('text.bar-name', { hasText: 'آذربایجان شرقی' })).toBeVisible();

    await page.getByLabel('از سال').selectOption('1399');
    await page.getByLabel('تا سال').selectOption('1399');
    await expect(page).toHaveURL(/\?from=1399&to=1399$/);
    await expect(page.getByTestId('by-province-summary')).toHaveText('۱۵ تشکل در ۶ استان از ۳۱ استان');
    await expect(ranking.getByText('داده نمونه', { exact: true })).toBeVisible();

    await ranking.getByRole('tab', { name: 'جدول' }).click();
    await expect(page).toHaveURL(/ranking=table/);
    const rows = ranking.locator('tbody tr[data-key]');
    await expect(rows).toHaveCount(31);
    const nonZero = await ranking
      .locator('tbody tr[data-key]:not(.is-zero)')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(nonZero.sort()).toEqual(ARTICLE_PROVINCES);

    await page.reload();
    await expect(page.getByLabel('از سال')).toHaveValue('1399');
    await expect(ranking.locator('tbody tr[data-key]')).toHaveCount(31);
    await ranking.getByRole('tab', { name: 'نمودار' }).click();
    await expect(page.getByTestId('by-province-summary')).toHaveText('۱۵ تشکل در ۶ استان از ۳۱ استان');
    await expect(ranking.locator('.bar-row')).toHaveCount(31);
    await screenshotPage(page, 'overview-1399');

    expect(foreign).toEqual([]);
  });

  test('an impossible filter in a pasted link is dropped, not fatal', async ({ page }) => {
    await page.goto('/?from=abc&to=1400');
    await expect(page.getByLabel('تا سال')).toHaveValue('1400');
    await expect(page.getByLabel('از سال')).toHaveValue('');
    await expect(page.getByTestId('by-province-summary')).toBeVisible();
  });
});
