import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';

describe('request metrics kept as plain numbers', () => {
  it('expose cumulative buckets, the sum and the count per series, and the cache lookups', async () => {
    const metrics = createMetrics({ databasePath: '/nonexistent' });
    metrics.observeRequest('GET', '/api/stats/overview', 200, 0.0005);
    metrics.observeRequest('GET', '/api/stats/overview', 200, 0.003);
    metrics.observeRequest('GET', '/api/stats/overview', 200, 20);
    metrics.observeRequest('GET', '/api/organizations/:id', 404, 0.002);
    metrics.cacheLookup(true);
    metrics.cacheLookup(true);
    metrics.cacheLookup(false);
    const text = await metrics.text();
    const series = 'method="GET",route="/api/stats/overview",status="200"';
    const value = (line: string) =>
      Number(
        text
          .split('\n')
          .find((l) => l.startsWith(`${line} `))
          ?.split(' ')[1],
      );
    expect(value(`hamgen_http_requests_total{${series}}`)).toBe(3);
    expect(value(`hamgen_http_request_duration_seconds_bucket{le="0.001",${series}}`)).toBe(1);
    expect(value(`hamgen_http_request_duration_seconds_bucket{le="0.005",${series}}`)).toBe(2);
    expect(value(`hamgen_http_request_duration_seconds_bucket{le="10",${series}}`)).toBe(2);
    expect(value(`hamgen_http_request_duration_seconds_bucket{le="+Inf",${series}}`)).toBe(3);
    expect(value(`hamgen_http_request_duration_seconds_count{${series}}`)).toBe(3);
    expect(value(`hamgen_http_request_duration_seconds_sum{${series}}`)).toBeCloseTo(20.0035, 6);
    expect(value('hamgen_http_requests_total{method="GET",route="/api/organizations/:id",status="404"}')).toBe(1);
    expect(value('hamgen_cache_lookups_total{result="hit"}')).toBe(2);
    expect(value('hamgen_cache_lookups_total{result="miss"}')).toBe(1);
    // A second scrape counts nothing twice.
    metrics.cacheLookup(true);
    const again = await metrics.text();
    expect(again).toContain('hamgen_cache_lookups_total{result="hit"} 3');
    expect(again).toContain(`hamgen_http_requests_total{${series}} 3`);
  });

  it('escapes a label value as the exposition format asks', async () => {
    const metrics = createMetrics({ databasePath: '/nonexistent' });
    metrics.observeRequest('GET', 'a"b\\c', 200, 0.1);
    expect(await metrics.text()).toContain('route="a\\"b\\\\c"');
  });
});
