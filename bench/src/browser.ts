// Time until the overview's map and KPIs are on screen, in Debian's Chromium (never a downloaded
// browser) with the e2e suite's launch flags: a few cold loads per profile, median reported.
import { chromiumLaunchOptions } from '@hamgen/e2e/chromium';
import { chromium } from '@playwright/test';
import { ensureChromium } from '../../scripts/shell.mjs';
import { loadOverview, type PageLoad, type Profile } from './page-load.ts';
import { median } from './stats.ts';

export const PROFILES: Profile[] = [
  { name: 'unthrottled' },
  {
    name: 'slow 4G + 4x CPU',
    throttle: { latencyMs: 150, downBitsPerSec: 1_600_000, upBitsPerSec: 750_000, cpuSlowdown: 4 },
  },
];

export interface ProfileResult {
  profile: string;
  throttled: boolean;
  runs: PageLoad[];
  medianVisibleMs: number;
  medianFirstContentfulPaintMs: number | null;
  medianBytesUntilVisible: number;
  medianBytesTotal: number;
}

/** A clone that never ran `npm test` has no browser yet: Debian's Chromium, installed when missing. */
export function ensureBenchChromium(): void {
  if (!ensureChromium('for the page loads')) throw new Error('Chromium is needed for the page loads');
}

export async function measureBrowser(
  baseUrl: string,
  runsPerProfile: number,
  profiles: Profile[] = PROFILES,
): Promise<ProfileResult[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const results: ProfileResult[] = [];
    for (const profile of profiles) {
      const runs: PageLoad[] = [];
      for (let i = 0; i < runsPerProfile; i++) runs.push(await loadOverview(browser, `${baseUrl}/`, profile));
      const fcps = runs.flatMap((r) => (r.firstContentfulPaintMs === null ? [] : [r.firstContentfulPaintMs]));
      results.push({
        profile: profile.name,
        throttled: profile.throttle !== undefined,
        runs,
        medianVisibleMs: median(runs.map((r) => r.visibleMs)),
        medianFirstContentfulPaintMs: fcps.length ? median(fcps) : null,
        medianBytesUntilVisible: median(runs.map((r) => r.bytesUntilVisible)),
        medianBytesTotal: median(runs.map((r) => r.bytesTotal)),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
