// The deputy prints the overview and a province's fact sheet on A4 from whatever window she has
// open. Charts are drawn for the page, not the window: from 1366 px and from 800 px, right to
// left and left to right, every card lies inside the printable area of the paper.
import { mkdirSync } from 'node:fs';
import { pdfToPngs, pdfWords } from '../support/pdf.ts';
import { expect, type Page, test } from '../support/test.ts';

/** A4 less the 14 mm margins of `@page`, in CSS pixels: the width the page is laid out at on paper. */
const PRINT_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);
const MARGIN_PT = (14 / 25.4) * 72;
const OUT = 'test-results/print';

const PAGES = [
  { name: 'overview', path: '/', ready: '[data-card="ranking"] .bar-row' },
  { name: 'fact-sheet', path: '/provinces/IR-03', ready: '.metrics-table' },
] as const;

async function open(page: Page, path: string, lang: 'fa' | 'en', ready: string) {
  await page.goto(`${path}${lang === 'en' ? '?lang=en' : ''}`);
  await expect(page.locator(ready).first()).toBeVisible();
  await expect(page.locator('[data-province]').first()).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
}

/** The boxes that must be whole on paper, each checked against the printable width. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const bad: string[] = [];
    const boxes = document.querySelectorAll<HTMLElement | SVGElement>(
      '.card, .kpi, .print-header, svg.bar-list-svg, svg.recharts-surface, svg.province-map-svg, table',
    );
    for (const element of boxes) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -1 || box.right > width + 1) {
        const name = element.getAttribute('data-card') ?? element.getAttribute('class') ?? element.tagName;
        bad.push(`${name}: ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
    }
    if (document.documentElement.scrollWidth > width + 1) bad.push(`page: ${document.documentElement.scrollWidth}`);
    return bad;
  }, PRINT_WIDTH);
}

for (const lang of ['fa', 'en'] as const) {
  for (const target of PAGES) {
    test(`${target.name} (${lang}) prints the same on A4 from 1366 px and 800 px windows`, async ({ page }) => {
      test.setTimeout(90_000);
      mkdirSync(OUT, { recursive: true });
      const pageCounts: number[] = [];
      for (const width of [1366, 800]) {
        await page.setViewportSize({ width, height: 900 });
        await open(page, target.path, lang, target.ready);
        const name = `${target.name}-${lang}-${width}`;

        // The browser lays out for paper; charts hear it (matchMedia / beforeprint) and redraw.
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('svg.bar-list-svg').first()).toHaveAttribute('width', String(PRINT_WIDTH));
        await expect(page.locator('svg.recharts-surface').first()).toHaveAttribute('width', String(PRINT_WIDTH));
        const pdf = await page.pdf({ path: `${OUT}/${name}.pdf`, format: 'A4', preferCSSPageSize: true });
        expect(pdf.byteLength).toBeGreaterThan(10_000);
        pdfToPngs(`${OUT}/${name}.pdf`, `${OUT}/${name}`);

        // On paper the page is PRINT_WIDTH wide: every card, chart and table fits inside it.
        await page.setViewportSize({ width: PRINT_WIDTH, height: 900 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
        expect(await overflowing(page), name).toEqual([]);

        // And in the PDF itself no word lies outside the printable area of its A4 page.
        const { pages, words } = pdfWords(`${OUT}/${name}.pdf`);
        expect(pages.length).toBeGreaterThan(0);
        for (const p of pages) {
          expect(Math.round(p.width)).toBe(595);
          expect(Math.round(p.height)).toBe(842);
        }
        const outside = words.filter((w) => w.xMin < MARGIN_PT - 2 || w.xMax > 595 - MARGIN_PT + 2);
        expect(
          outside.map((w) => `${w.text}@${Math.round(w.xMin)}`),
          name,
        ).toEqual([]);
        expect(words.length).toBeGreaterThan(100);
        pageCounts.push(pages.length);
        await page.emulateMedia({ media: 'screen' });
      }
      // The same document from either window.
      expect(pageCounts[0]).toBe(pageCounts[1]);
    });
  }
}
