// One cold load of the overview in a fresh context (empty HTTP cache): navigate, wait for the
// probe's stamp, let the network go idle, then read the page's own Resource Timing (the same
// clock as the stamp, bytes per response). The slow profile throttles through DevTools.
import type { Browser, Page } from '@playwright/test';

export interface Profile {
  name: string;
  /** Lighthouse's "slow 4G" figures: 150 ms RTT, 1.6 Mbps down, 750 kbps up; CPU 4x slower. */
  throttle?: { latencyMs: number; downBitsPerSec: number; upBitsPerSec: number; cpuSlowdown: number };
}

export interface PageLoad {
  visibleMs: number;
  firstContentfulPaintMs: number | null;
  /** Bytes on the wire (headers included) of responses complete when the map and KPIs showed. */
  bytesUntilVisible: number;
  /** …and once the network went idle (the charts below the fold included). */
  bytesTotal: number;
  jsRequestedBeforeVisible: string[];
  jsContentEncodings: Record<string, number>;
  /** Requests to any origin but the app's own (the product allows none). */
  foreignRequests: string[];
  /** Every request in start order, ms from navigation start: shows chunk → chunk → data chains. */
  waterfall: { path: string; startMs: number; endMs: number; bytes: number }[];
}

type ProbeWindow = Window & { __hamgenVisibleAt?: number | null };

/**
 * Runs in the page before its scripts and stamps the frame in which both the map and the KPIs
 * are in the DOM. Plain source, not a function: tsx would wrap a function's inner helpers in
 * `__name()`, which does not exist in the page.
 */
const VISIBILITY_PROBE = `(() => {
  const ready = () =>
    document.querySelectorAll('[data-card="map"] [data-province]').length === 31 &&
    (document.querySelector('[data-kpi="total"] .kpi-value')?.textContent ?? '').trim() !== '';
  const observer = new MutationObserver(() => {
    if (window.__hamgenVisibleAt !== undefined || !ready()) return;
    window.__hamgenVisibleAt = null;
    observer.disconnect();
    requestAnimationFrame(() => { window.__hamgenVisibleAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export async function throttleFor(page: Page, profile: Profile): Promise<void> {
  if (!profile.throttle) return;
  const { latencyMs, downBitsPerSec, upBitsPerSec, cpuSlowdown } = profile.throttle;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: downBitsPerSec / 8,
    uploadThroughput: upBitsPerSec / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

interface ResourceEntry {
  name: string;
  startTime: number;
  responseEnd: number;
  transferSize: number;
}

export async function loadOverview(browser: Browser, url: string, profile: Profile): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'fa-IR', timezoneId: 'Asia/Tehran' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: VISIBILITY_PROBE });
    await throttleFor(page, profile);
    const encodings: Record<string, number> = {};
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.endsWith('.js')) return;
      const encoding = response.headers()['content-encoding'] ?? 'identity';
      encodings[encoding] = (encodings[encoding] ?? 0) + 1;
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const stamp = await page.waitForFunction(() => (window as ProbeWindow).__hamgenVisibleAt ?? false, undefined, {
      polling: 100,
      timeout: 60_000,
    });
    const visibleMs = Number(await stamp.jsonValue());
    // Bounded: a page that never goes idle still yields its figures.
    await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
    const { entries, fcp } = await page.evaluate(() => ({
      entries: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
        const timing = e as PerformanceResourceTiming;
        return {
          name: e.name,
          startTime: e.startTime,
          responseEnd: timing.responseEnd,
          transferSize: timing.transferSize,
        };
      }),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    return summarize(entries, url, visibleMs, fcp, encodings);
  } finally {
    await context.close();
  }
}

function summarize(
  entries: ResourceEntry[],
  url: string,
  visibleMs: number,
  fcp: number | null,
  encodings: Record<string, number>,
): PageLoad {
  const origin = new URL(url).origin;
  const sum = (list: ResourceEntry[]) => list.reduce((total, e) => total + e.transferSize, 0);
  return {
    visibleMs,
    firstContentfulPaintMs: fcp,
    bytesUntilVisible: sum(entries.filter((e) => e.responseEnd <= visibleMs)),
    bytesTotal: sum(entries),
    jsRequestedBeforeVisible: entries
      .filter((e) => e.startTime <= visibleMs && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => e.name),
    jsContentEncodings: encodings,
    foreignRequests: entries.filter((e) => !e.name.startsWith(origin)).map((e) => e.name),
    waterfall: [...entries]
      .sort((a, b) => a.startTime - b.startTime)
      .map((e) => {
        const at = new URL(e.name);
        return { path: at.pathname + at.search, startMs: e.startTime, endMs: e.responseEnd, bytes: e.transferSize };
      }),
  };
}
