// Playwright's `test`, with a page that waits for the app after every navigation to a page the
// server drew first (the overview's first frame, docs/decisions/021-first-frame.md): its map and
// KPIs are there at once but answer clicks only once the app has started after the first paint.
// A page whose scripts never start (the failed-chunk specs) is waited for at most 10 s.
import { test as base, type Page, type Response } from '@playwright/test';

export * from '@playwright/test';

async function afterFirstFrame(page: Page, response: Response | null): Promise<Response | null> {
  if ((await page.locator('#first-frame').count()) > 0) {
    await page
      .locator('html[data-app-started]')
      .waitFor({ state: 'attached', timeout: 10_000 })
      .catch(() => undefined);
  }
  return response;
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => afterFirstFrame(page, await goto(url, options));
      page.reload = async (options) => afterFirstFrame(page, await reload(options));
    }
    await use(page);
  },
});
