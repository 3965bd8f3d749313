// Small things a reader notices: totals that differ say why, KPI changes read one way, Persian
// text keeps its direction in English mode, the English fact sheet names the capital, and the
// phone header keeps its controls apart.

import { screenshotPage } from '../support/screenshot.ts';
import { expect, test } from '../support/test.ts';

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
  test(`KPI changes read number, then percent, in the reading direction (${lang})`, async ({ page }) => {
    await page.goto(`/?from=1399&to=1399${lang === 'en' ? '&lang=en' : ''}`);
    const deltas = page.locator('.kpi-delta');
    await expect(deltas.first()).toBeVisible();
    const read = await deltas.evaluateAll((els) =>
      els.map((el) => {
        const amount = el.querySelector('.kpi-delta-amount');
        const percent = el.querySelector('.kpi-delta-percent');
        const a = amount?.getBoundingClientRect();
        const p = percent?.getBoundingClientRect();
        return {
          amount: amount?.textContent ?? '',
          percent: percent?.textContent ?? null,
          amountDir: amount?.getAttribute('dir'),
          // Which comes first for a reader: right of the other in Persian, left of it in English.
          amountFirst: a && p ? (document.documentElement.dir === 'rtl' ? a.left >= p.right : a.right <= p.left) : null,
          oneLine: a && p ? Math.abs(a.top - p.top) < 4 : null,
        };
      }),
    );
    expect(read.length).toBeGreaterThan(2);
    const noChange = lang === 'en' ? 'no change' : 'بدون تغییر';
    for (const d of read) {
      if (d.amount === noChange) continue;
      expect(d.amount).toMatch(/^[+−][\d۰-۹٬,]+$/);
      expect(d.amountDir).toBe('ltr');
      if (d.percent !== null) {
        expect(d.percent).toMatch(/^[+−][\d۰-۹٫.]+[٪%]$/);
        expect(d.percent[0]).toBe(d.amount[0]);
        if (d.oneLine) expect(d.amountFirst, JSON.stringify(d)).toBe(true);
      }
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
