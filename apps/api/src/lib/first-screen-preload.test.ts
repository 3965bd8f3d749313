import { describe, expect, it } from 'vitest';
import { firstScreenPreloads, withFirstScreenPreloads } from './first-screen-preload.ts';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]?.replaceAll('&amp;', '&'));

describe('first-screen preloads in the HTML', () => {
  it('names the overview and by-province answers of the unfiltered overview', () => {
    expect(hrefs(firstScreenPreloads('/', ''))).toEqual(['/api/stats/overview', '/api/stats/by-province']);
  });

  it('uses the validated filter in the web app’s key order, whatever the link’s digits and order', () => {
    expect(hrefs(firstScreenPreloads('/', '?sector=food&to=۱۴۰۰&from=1395&lang=en'))).toEqual([
      '/api/stats/overview?from=1395&to=1400&sector=food',
      '/api/stats/by-province?from=1395&to=1400&sector=food',
    ]);
  });

  it('preloads nothing for other pages or a filter the API would refuse', () => {
    expect(firstScreenPreloads('/meetings', '')).toBe('');
    expect(firstScreenPreloads('/', '?from=abc')).toBe('');
    expect(firstScreenPreloads('/', '?from=1400&to=1390')).toBe('');
  });

  it('puts the links at the end of the head', () => {
    const html = withFirstScreenPreloads('<html><head><title>x</title></head><body></body></html>', '/', '');
    expect(html).toMatch(
      /<link rel="preload" href="\/api\/stats\/by-province" as="fetch" crossorigin="anonymous" \/><\/head>/,
    );
  });
});
