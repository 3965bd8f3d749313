// A flaky link or a tab left open across a redeploy: the page says what failed, in our words,
// keeps the header and the other cards, and recovers once the network is back.

import { screenshotPage } from '../support/screenshot.ts';
import { expect, type Page, test } from '../support/test.ts';

const header = (page: Page) => page.getByRole('banner');

test.describe('a reader on a bad connection', () => {
  test('a page whose chunk fails shows our message under the header, reloads once only, and recovers', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
    let loads = 0;
    page.on('load', () => loads++);
    let aborted = 0;
    const chunk = /\/assets\/meetings-page-[\w-]+\.js$/;
    await page.route(chunk, (route) => {
      aborted++;
      return route.abort();
    });

    await header(page).getByRole('link', { name: 'جلسات' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'این بخش از برنامه بارگذاری نشد' });
    await expect(failure).toBeVisible();
    await expect(failure.getByRole('button', { name: 'بارگذاری دوباره' })).toBeVisible();
    await expect(header(page).getByRole('navigation')).toBeVisible();
    await expect(page.getByText('Failed to fetch')).toHaveCount(0);
    // One automatic reload for a stale tab, then the message: never a loop.
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
    expect(aborted).toBe(2);
    await screenshotPage(page, 'chunk-failure-fa');

    await page.unroute(chunk);
    await failure.getByRole('button', { name: 'بارگذاری دوباره' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /جلسات کمیسیون/ })).toBeVisible();
    await expect(page).toHaveURL(/\/meetings$/);

    // And the next stale chunk may reload once again: the mark was cleared by the good load.
    expect(await page.evaluate(() => sessionStorage.getItem('hamgen:chunk-reload'))).toBeNull();
  });

  test('Back leaves a failed page for one that works', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
    await page.route(/\/assets\/decisions-page-[\w-]+\.js$/, (route) => route.abort());
    await header(page).getByRole('link', { name: 'مصوبات' }).click();
    await expect(page.getByRole('button', { name: 'بارگذاری دوباره' })).toBeVisible();
    await page.goBack();
    await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
  });

  test('a chart whose chunk fails shows the message inside its card, and never reloads the page', async ({ page }) => {
    await page.route(/\/assets\/timeline-chart-[\w-]+\.js$/, (route) => route.abort());
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto('/');
    const card = page.locator('[data-card="timeline"]');
    await expect(card.getByRole('alert')).toContainText('این بخش از برنامه بارگذاری نشد');
    await expect(card.getByRole('heading', { name: 'روند تشکیل به تفکیک سال' })).toBeVisible();
    await expect(page.locator('[data-card="ranking"] .bar-row').first()).toBeVisible();
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
  });

  test('a card whose data fails keeps its title and frame, with our message and a retry inside', async ({ page }) => {
    let failing = true;
    await page.route(/\/api\/stats\/by-sector/, (route) => (failing ? route.abort() : route.continue()));
    await page.goto('/');
    const card = page.locator('section.card', {
      has: page.getByRole('heading', { name: 'تشکل‌ها به تفکیک بخش صنعتی' }),
    });
    await expect(card.getByRole('alert')).toContainText('ارتباط با سرور برقرار نشد', { timeout: 15_000 });
    await expect(page.getByText('Failed to fetch')).toHaveCount(0);
    // The other cards are unharmed.
    await expect(page.locator('[data-card="map"] [data-province]')).toHaveCount(31);
    await screenshotPage(page, 'card-failure-fa');

    failing = false;
    await card.getByRole('button', { name: 'تلاش دوباره' }).click();
    await expect(page.locator('[data-card="sectors"] .bar-row').first()).toBeVisible();
  });
});

test.describe('tabs and history tell pages apart', () => {
  const PATHS = [
    '/',
    '/?from=1399&to=1399',
    '/provinces/IR-03',
    '/associations',
    '/meetings',
    '/decisions',
    '/search?q=نساجی',
  ];

  for (const lang of ['fa', 'en'] as const) {
    test(`every page has its own title (${lang})`, async ({ page }) => {
      const titles: string[] = [];
      for (const path of PATHS) {
        await page.goto(`${path}${lang === 'en' ? `${path.includes('?') ? '&' : '?'}lang=en` : ''}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page).toHaveTitle(lang === 'fa' ? /\| همگن$/ : /\| Hamgen$/);
        titles.push(await page.title());
      }
      expect(new Set(titles).size, titles.join('\n')).toBe(PATHS.length);
      if (lang === 'en') for (const title of titles.slice(0, 3)) expect(title).not.toMatch(/[\u0600-\u06FF]/);
    });
  }
});
