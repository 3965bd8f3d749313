import { PROVINCE_CODES } from '@hamgen/shared';
import { describe, expect, it } from 'vitest';
import { apiClient, errorBody, queryOf } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';

const { app, db } = createTestApi();
const client = apiClient(app).api;

async function compare(provinces: string, query = '') {
  const res = await client.stats.compare.$get({ query: { ...queryOf(query), provinces } });
  return { res, body: await res.json() };
}

const countOf = (province: string, year: number) =>
  db.$client
    .prepare('SELECT count(*) FROM organizations WHERE province_code = ? AND jalali_year = ?')
    .pluck()
    .get(province, year) as number;

describe('GET /api/stats/compare', () => {
  it('answers a series per province in the order asked, counts matching SQL', async () => {
    const { res, body } = await compare('IR-23,IR-03', 'from=1395&to=1400');
    expect(res.status).toBe(200);
    expect(body.provinces.map((p) => p.province)).toEqual(['IR-23', 'IR-03']);
    for (const p of body.provinces) {
      expect(p.series.map((s) => s.year)).toEqual([1395, 1396, 1397, 1398, 1399, 1400]);
      for (const s of p.series) expect(s.count, `${p.province} ${s.year}`).toBe(countOf(p.province, s.year));
      expect(p.total).toBe(p.series.reduce((sum, s) => sum + s.count, 0));
    }
    expect(body.provinces.reduce((s, p) => s + p.total, 0)).toBeGreaterThan(0);
    // Tehran is not one of the article's six provinces: it has nothing in 1399.
    expect(body.provinces[0]?.series.find((s) => s.year === 1399)?.count).toBe(0);
  });

  it('gives population and per-million figures from the census', async () => {
    const { body } = await compare('IR-03,IR-16');
    const [east, ilam] = body.provinces;
    expect(east?.population).toBe(3_909_652);
    expect(ilam?.population).toBe(580_158);
    expect(ilam?.perMillion).toBeCloseTo(((ilam?.total ?? 0) * 1e6) / 580_158, 2);
    expect(body.census.source).toBe('census');
    expect(body.census.labelFa).toContain('مرکز آمار ایران');
  });

  it('draws the national median of every year over all 31 provinces, zeros included', async () => {
    const { body } = await compare('IR-03,IR-23', 'from=1398&to=1400');
    for (const { year, count } of body.median) {
      const counts = PROVINCE_CODES.map((code) => countOf(code, year)).sort((a, b) => a - b);
      expect(count, String(year)).toBe(counts[15]);
    }
    // Only six provinces formed associations in 1399, so the typical province formed none.
    expect(body.median.find((m) => m.year === 1399)?.count).toBe(0);
  });

  it('applies the usual filters', async () => {
    const { body } = await compare('IR-10,IR-07', 'kind=provincial_house');
    const expected = db.$client
      .prepare("SELECT count(*) FROM organizations WHERE province_code = 'IR-10' AND kind = 'provincial_house'")
      .pluck()
      .get();
    expect(body.provinces[0]?.total).toBe(expected);
  });

  it.each([
    ['', 'provinces'],
    ['provinces=IR-03', 'استان'],
    ['provinces=IR-03,IR-23,IR-10,IR-07,IR-09', 'استان'],
    ['provinces=IR-03,IR-99', 'IR-99'],
    ['provinces=IR-03,Tehran', 'TEHRAN'],
    ['provinces=IR-03,IR-03', 'دو بار'],
    ['provinces=IR-03,IR-23&from=1401&to=1399', 'سال'],
    ['provinces=IR-03&provinces=IR-23', ''],
  ])('refuses %s with a Persian 400', async (query, words) => {
    // As typed, repeated keys included: a query object would merge them.
    const res = await app.request(`/api/stats/compare?${query}`);
    expect(res.status).toBe(400);
    const { error } = await errorBody(res);
    expect(error.code).toBe('invalid_query');
    expect(error.message).toMatch(/[\u0600-\u06FF]/);
    expect(error.message).toContain(words);
  });
});

describe('GET /api/stats/by-province population', () => {
  it('carries population and perMillion for all 31 provinces, populations summing to the census total', async () => {
    const res = await client.stats['by-province'].$get({ query: {} });
    const body = await res.json();
    expect(body.rows).toHaveLength(31);
    expect(body.rows.reduce((s, r) => s + r.population, 0)).toBe(79_926_270);
    expect(body.census).toMatchObject({ source: 'census', total: 79_926_270 });
    for (const r of body.rows) {
      expect(r.population, r.province).toBeGreaterThan(500_000);
      expect(r.perMillion, r.province).toBe(Math.round((r.count * 1e8) / r.population) / 100);
    }
    const tehran = body.rows.find((r) => r.province === 'IR-23');
    expect(tehran?.population).toBe(13_267_637);
  });
});

describe('GET /api/provinces/:code per million', () => {
  it('ranks the fact sheet per million inhabitants too', async () => {
    const res = await client.provinces[':code'].$get({ param: { code: 'IR-16' }, query: {} });
    const body = await res.json();
    expect(body.population).toBe(580_158);
    expect(body.metricsPerMillion.total.value).toBe(Math.round((body.metrics.total.value * 1e8) / 580_158) / 100);
    const tehran = (await (await app.request('/api/provinces/IR-23')).json()) as typeof body;
    // Tehran leads by count but not per inhabitant.
    expect(tehran.metrics.total.rank).toBe(1);
    expect(tehran.metricsPerMillion.total.rank).toBeGreaterThan(5);
  });
});
