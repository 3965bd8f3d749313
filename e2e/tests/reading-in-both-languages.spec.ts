// Small things a reader notices: totals that differ say why, KPI changes read one way, Persian
// text keeps its direction in English mode, the English fact sheet names the capital, and the
// phone header keeps its controls apart.
import { expect, test } from '@playwright/test';
import { screenshotPage } from '../support/screenshot.ts';

const toAscii = (text: string) => text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٬,]/g, '');

test('the ranking says how many associations have no province, so its total matches the KPI', async ({ page }) => {
  await page.goto('/');
  const formed = toAscii((await page.locator('[data-kpi="formed"] .kpi-value').getAttribute('title')) ?? '');
  const note = page.getByTestId('by-province-national');
  await expect(note).toBeVisible();
  const summary = toAscii((await page.getByTestId('by-province-summary').textContent()) ?? '');
  const [ranked] = summary.match(/\d+/) ?? [];
  const [without, total] = toAscii((await note.textContent()) ?? '').match(/\d+/g) ?? [];
  expect(Number(without) + Number(ranked)).toBe(Number(total));
  expect(total).toBe(formed || toAscii((await page.locator('[data-kpi="formed"] .kpi-value').textContent()) ?? ''));
});

for (const lang of ['fa', 'en'] as const) {
  test(`KPI changes read sign, number, percent in one order (${lang})`, async ({ page }) => {
    await page.goto(`/?from=1399&to=1399${lang === 'en' ? '&lang=en' : ''}`);
    const amounts = page.locator('.kpi-delta-amount');
    await expect(amounts.first()).toBeVisible();
    const texts = await amounts.allTextContents();
    expect(texts.length).toBeGreaterThan(2);
    const change = /^[+−][\d۰-۹٬,]+( \([+−][\d۰-۹٫.]+[٪%]\))?$/;
    for (const text of texts)
      expect(text === (lang === 'en' ? 'no change' : 'بدون تغییر') || change.test(text), text).toBe(true);
    for (const dir of await amounts.evaluateAll((els) => els.map((e) => e.getAttribute('dir')))) {
      expect(['ltr', 'auto']).toContain(dir);
    }
    await page.locator('.kpi-grid').screenshot({ path: `test-results/screenshots/kpi-deltas-${lang}.png` });
  });
}

test('the English fact sheet names the capital', async ({ page }) => {
  await page.goto('/provinces/IR-03?lang=en');
  await expect(page.getByText('Capital: Tabriz')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('East Azerbaijan');
});

test('in English, Persian meeting summaries and decisions are laid out right to left', async ({ page }) => {
  await page.goto('/meetings?lang=en');
  await page.locator('table a[href^="/meetings/"]').first().click();
  const summary = page.locator('.meeting-summary, .decision-text').first();
  await expect(summary).toBeVisible();
  expect(await summary.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  await screenshotPage(page, 'meeting-en-rtl-summary');
});

test('on a 390 px phone the language button does not touch the calendar select', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const query of ['', '?lang=en']) {
    await page.goto(`/${query}`);
    const button = page.locator('.settings-switch .header-button');
    const select = page.locator('.settings-switch .header-select');
    const a = await button.boundingBox();
    const b = await select.boundingBox();
    if (!a || !b) throw new Error('header controls missing');
    const gap = 10;
    const apart =
      a.x + a.width + gap <= b.x ||
      b.x + b.width + gap <= a.x ||
      a.y + a.height + gap <= b.y ||
      b.y + b.height + gap <= a.y;
    expect(apart, JSON.stringify({ a, b })).toBe(true);
    await page
      .locator('.app-header')
      .screenshot({ path: `test-results/screenshots/header-390${query ? '-en' : ''}.png` });
  }
});
