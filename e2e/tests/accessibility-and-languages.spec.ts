import { seriousViolations } from '../support/axe.ts';
import { screenshotPage } from '../support/screenshot.ts';
import { expect, type Page, test } from '../support/test.ts';

const PAGES = [
  '/',
  '/provinces/IR-03',
  '/associations',
  '/associations/1',
  '/meetings',
  '/meetings/1',
  '/decisions',
  `/search?q=${encodeURIComponent('تشکل')}`,
  '/compare?provinces=IR-03,IR-23',
  '/?measure=per_million',
];

/** Waits until the page shows content rather than a loading state. */
async function settled(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('.state-loading')).toHaveCount(0);
}

const withLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

for (const lang of ['fa', 'en']) {
  test.describe(`accessibility in ${lang}`, () => {
    for (const path of PAGES) {
      test(`axe finds no serious or critical violation on ${path}, and no request leaves the origin`, async ({
        page,
        baseURL,
      }) => {
        const foreign: string[] = [];
        page.on('request', (request) => {
          const url = request.url();
          if (!/^(data|blob):/.test(url) && new URL(url).origin !== new URL(baseURL ?? '').origin) foreign.push(url);
        });
        await page.goto(withLang(path, lang));
        await settled(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'en' ? 'ltr' : 'rtl');
        expect(await seriousViolations(page)).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }
  });
}

test('keyboard only: from the map to a province fact sheet', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
  // Tab until a province of the map has focus, as a keyboard user would.
  let code: string | null = null;
  for (let i = 0; i < 80 && !code; i++) {
    await page.keyboard.press('Tab');
    code = await page.evaluate(() => document.activeElement?.getAttribute('data-province') ?? null);
  }
  expect(code).not.toBeNull();
  await expect(page.locator('.province-map-tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/provinces/${code}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('برگه استان');
});

test('English and the Gregorian calendar travel in the link', async ({ page }) => {
  await page.goto('/?from=1399&to=1399');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('heading', { level: 1, name: /Overview/ })).toBeVisible();
  await expect(page.locator('[data-kpi="formed"] .kpi-value')).toHaveText('15');
  await page.getByLabel('Calendar').selectOption('gregorian');
  await expect(page).toHaveURL(/cal=gregorian/);
  await expect(page.getByLabel('From year')).toHaveValue('1399');
  await expect(page.getByLabel('From year').locator('option:checked')).toHaveText('2020–21');
  await page.getByRole('link', { name: 'Associations' }).click();
  await expect(page).toHaveURL(/\/associations\?.*lang=en/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Associations registry' })).toBeVisible();
  await page.getByRole('button', { name: 'فارسی' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).not.toHaveURL(/lang=/);
});

for (const [width, height] of <[number, number][]>[
  [375, 812],
  [1920, 1080],
]) {
  for (const lang of ['fa', 'en']) {
    test(`screens at ${width}px in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(withLang('/?from=1395&to=1400', lang));
      await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
      await settled(page);
      if (width < 720) {
        const toggle = page.getByRole('button', { name: lang === 'en' ? 'Filters' : 'فیلترها', exact: true });
        await expect(toggle).toBeVisible();
        await expect(page.getByLabel(lang === 'en' ? 'From year' : 'از سال')).toBeHidden();
        await toggle.click();
        await expect(page.getByLabel(lang === 'en' ? 'From year' : 'از سال')).toBeVisible();
        await toggle.click();
      }
      // Nothing wider than the screen except inside scrolling tables.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshotPage(page, `overview-${width}-${lang}`);
      await page.goto(withLang('/associations', lang));
      await settled(page);
      await screenshotPage(page, `registry-${width}-${lang}`);
    });
  }
}
