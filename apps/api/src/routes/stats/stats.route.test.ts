import { describe, expect, it } from 'vitest';
import { createTestApi } from '../../test/test-db.ts';

const { app, db } = createTestApi();

interface ByProvince {
  rows: { province: string; count: number; demo: number }[];
  total: number;
  sources: Record<string, number>;
}

async function byProvince(query: string) {
  const res = await app.request(`/api/stats/by-province?${query}`);
  return { res, body: (await res.json()) as ByProvince & { error?: { code: string; message: string } } };
}

const ARTICLE_PROVINCES = ['IR-03', 'IR-04', 'IR-06', 'IR-08', 'IR-09', 'IR-26'];

describe('GET /api/stats/by-province', () => {
  it('returns all 31 provinces, zeros included', async () => {
    const { res, body } = await byProvince('from=1379&to=1379&province=IR-23');
    expect(res.status).toBe(200);
    expect(body.rows).toHaveLength(31);
    expect(body.rows.filter((r) => r.count > 0).map((r) => r.province)).toEqual(['IR-23']);
  });

  it('shows the article: 15 associations in 1399, only in its six provinces', async () => {
    const { body } = await byProvince('from=1399&to=1399');
    expect(body.rows.reduce((s, r) => s + r.count, 0)).toBe(15);
    expect(body.total).toBe(15);
    expect(
      body.rows
        .filter((r) => r.count > 0)
        .map((r) => r.province)
        .sort(),
    ).toEqual(ARTICLE_PROVINCES);
    // The per-province split is synthetic and must say so.
    expect(body.sources).toEqual({ demo: 15 });
  });

  it('agrees with a direct count for every filter', async () => {
    const cases = [
      ['', ''],
      ['from=1390&to=1395', 'jalali_year BETWEEN 1390 AND 1395'],
      ['sector=food', "sector_code = 'food'"],
      ['kind=provincial_house', "kind = 'provincial_house'"],
      ['status=dissolved&from=1380', "status = 'dissolved' AND jalali_year >= 1380"],
      ['province=IR-10&to=1400', "province_code = 'IR-10' AND jalali_year <= 1400"],
    ];
    for (const [query, where] of cases) {
      const expected = db.$client
        .prepare(`SELECT count(*) n FROM organizations WHERE province_code IS NOT NULL ${where ? `AND ${where}` : ''}`)
        .pluck()
        .get();
      const { body } = await byProvince(query ?? '');
      expect(body.total, query).toBe(expected);
      expect(body.total, query).toBeGreaterThan(0);
    }
  });

  it('accepts Persian digits in years', async () => {
    const { res, body } = await byProvince(`from=${encodeURIComponent('۱۳۹۹')}&to=1399`);
    expect(res.status).toBe(200);
    expect(body.total).toBe(15);
  });

  it.each([
    ['from=abc', 'invalid_query'],
    ['to=99999', 'invalid_query'],
    ['from=1401&to=1399', 'invalid_query'],
    ['province=IR-99', 'invalid_query'],
    ['province=Tehran', 'invalid_query'],
    ['sector=x%27%3B%20DROP%20TABLE%20organizations', 'invalid_query'],
    ['kind=club', 'invalid_query'],
    ['status=asleep', 'invalid_query'],
  ])('refuses %s with a Persian 400', async (query, code) => {
    const { res, body } = await byProvince(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(body.error?.code).toBe(code);
    expect(body.error?.message).toMatch(/[\u0600-\u06FF]/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|Error:/);
  });

  it('sees a write made by another connection (cache follows data_version)', async () => {
    const before = (await byProvince('from=1378&to=1378&province=IR-29')).body.total;
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(db.$client.name);
    other
      .prepare(
        `INSERT INTO organizations (name_fa, kind, province_code, sector_code, established_on, jalali_year, status, members, source)
         VALUES ('انجمن آزمایشی', 'provincial_association', 'IR-29', 'food', '1999-06-30', 1378, 'active', 10, 'manual')`,
      )
      .run();
    other.close();
    const after = (await byProvince('from=1378&to=1378&province=IR-29')).body.total;
    expect(after).toBe(before + 1);
  });
});
