// The overview's first frame (docs/decisions/021-first-frame.md): the server draws the map and
// the KPIs into the HTML, so they are there before any script runs; the app then starts after
// the first paint with the same answers and takes over without fetching them again.
import { expect, test } from '../support/test.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview already shows its 31 provinces and its KPIs, in Persian and right to left', async ({ page }) => {
    await page.goto('/?from=1399&to=1399');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
    await expect(page.locator('[data-kpi="total"] .kpi-value')).not.toBeEmpty();
    await expect(page.locator('[data-kpi="formed"] .kpi-value')).toHaveText('۱۵');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('نمای کلی');
  });
});

test('the app takes over the frame without asking for its answers again, and works', async ({ page }) => {
  const asked: string[] = [];
  const problems: string[] = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path === '/api/stats/overview' || path === '/api/stats/by-province' || path === '/data/provinces-map.json')
      asked.push(path);
  });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  await page.goto('/?from=1399&to=1399');
  // The scripts have run once the ranking has its chart tabs working.
  await page.waitForLoadState('networkidle');
  const map = page.locator('[data-card="map"]');
  await map.getByRole('tab', { name: 'جدول' }).click();
  await expect(map.locator('tbody tr[data-key]')).toHaveCount(31);
  expect(asked).toEqual([]);
  expect(problems).toEqual([]);
  // A new filter is fetched as usual.
  await page.goto('/?from=1398&to=1398');
  await page.getByLabel('از سال').selectOption('1399');
  await expect.poll(() => asked.includes('/api/stats/overview')).toBe(true);
});
