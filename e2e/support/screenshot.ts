import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** With HAMGEN_DOCS_SCREENSHOTS=1 the shots also land in docs/screenshots for the README. */
const docs = process.env.HAMGEN_DOCS_SCREENSHOTS ? resolve(import.meta.dirname, '../../docs/screenshots') : undefined;

/**
 * A full-page screenshot taken without the resize that `fullPage: true` does mid-capture
 * (responsive charts re-lay out during it and get caught half-drawn): the viewport grows to
 * the page's height first, the layout settles, then the shot is taken.
 */
export async function screenshotPage(page: Page, name: string): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  if (docs) {
    mkdirSync(docs, { recursive: true });
    copyFileSync(path, resolve(docs, `${name}.png`));
  }
  return path;
}

/** One element (a card) as a screenshot, copied to docs/screenshots like screenshotPage. */
export async function screenshotElement(locator: Locator, name: string): Promise<string> {
  await locator.scrollIntoViewIfNeeded();
  const path = `test-results/screenshots/${name}.png`;
  await locator.screenshot({ path });
  if (docs) {
    mkdirSync(docs, { recursive: true });
    copyFileSync(path, resolve(docs, `${name}.png`));
  }
  return path;
}
