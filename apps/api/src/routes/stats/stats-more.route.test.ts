import { describe, expect, it } from 'vitest';
import { createTestApi } from '../../test/test-db.ts';

const { app, db } = createTestApi();
const scalar = (sql: string) => db.$client.prepare(sql).pluck().get() as number;

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}

interface Overview {
  kpis: Record<string, number>;
  previous: Record<string, number> | null;
  reported: { jalaliYear: number; value: number; provinceCodes: string[]; source: string }[];
  sources: Record<string, number>;
}

describe('GET /api/stats/overview', () => {
  it('counts KPIs like direct SQL', async () => {
    const { status, body } = await get<Overview>('/api/stats/overview?from=1390&to=1395');
    expect(status).toBe(200);
    expect(body.kpis.total).toBe(scalar('SELECT count(*) FROM organizations WHERE jalali_year <= 1395'));
    expect(body.kpis.formed).toBe(scalar('SELECT count(*) FROM organizations WHERE jalali_year BETWEEN 1390 AND 1395'));
    expect(body.kpis.provincesCovered).toBe(
      scalar('SELECT count(DISTINCT province_code) FROM organizations WHERE jalali_year BETWEEN 1390 AND 1395'),
    );
    expect(body.kpis.national).toBe(
      scalar("SELECT count(*) FROM organizations WHERE kind = 'national_association' AND jalali_year <= 1395"),
    );
    expect(body.kpis.meetings).toBe(scalar('SELECT count(*) FROM meetings WHERE jalali_year BETWEEN 1390 AND 1395'));
    expect(body.kpis.openDecisions).toBe(
      scalar(
        "SELECT count(*) FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.status != 'done' AND m.jalali_year BETWEEN 1390 AND 1395",
      ),
    );
    expect(body.previous).toBeNull();
    expect(body.sources.demo).toBeGreaterThan(0);
  });

  it('gives the year before for one selected year, and the article figure for 1399', async () => {
    const { body } = await get<Overview>('/api/stats/overview?from=1399&to=1399');
    expect(body.kpis.formed).toBe(15);
    expect(body.kpis.provincesCovered).toBe(6);
    expect(body.previous?.formed).toBe(scalar('SELECT count(*) FROM organizations WHERE jalali_year = 1398'));
    expect(body.reported).toEqual([expect.objectContaining({ jalaliYear: 1399, value: 15, source: 'article' })]);
    expect(body.reported[0]?.provinceCodes).toHaveLength(6);
  });

  it('shows no reported figure for a sector the figure does not break down', async () => {
    const { body } = await get<Overview>('/api/stats/overview?from=1399&to=1399&sector=food');
    expect(body.reported).toEqual([]);
  });

  it('counts all open decisions when no years are chosen', async () => {
    const { body } = await get<Overview>('/api/stats/overview');
    expect(body.kpis.openDecisions).toBe(scalar("SELECT count(*) FROM decisions WHERE status != 'done'"));
    expect(body.kpis.overdueDecisions).toBeGreaterThan(0);
    expect(body.kpis.overdueDecisions).toBeLessThanOrEqual(body.kpis.openDecisions ?? 0);
  });
});

describe('GET /api/stats/timeline', () => {
  interface Timeline {
    rows: { year: number; count: number; demo: number; groups: Record<string, number> }[];
    keys: string[];
    total: number;
  }

  it('returns every year of the range with zero-filled counts', async () => {
    const { body } = await get<Timeline>('/api/stats/timeline?from=1396&to=1400&province=IR-08');
    expect(body.rows.map((r) => r.year)).toEqual([1396, 1397, 1398, 1399, 1400]);
    for (const row of body.rows) {
      expect(row.count, String(row.year)).toBe(
        scalar(`SELECT count(*) FROM organizations WHERE province_code = 'IR-08' AND jalali_year = ${row.year}`),
      );
    }
  });

  it('defaults to 1378 through the last year with data', async () => {
    const { body } = await get<Timeline>('/api/stats/timeline');
    expect(body.rows[0]?.year).toBe(1378);
    expect(body.rows.at(-1)?.year).toBe(1404);
    expect(body.total).toBe(scalar('SELECT count(*) FROM organizations'));
  });

  it('stacks by kind so that groups add up to each year', async () => {
    const { body } = await get<Timeline>('/api/stats/timeline?stack=kind');
    expect(body.keys).toContain('national_association');
    for (const row of body.rows) {
      expect(Object.values(row.groups).reduce((a, b) => a + b, 0)).toBe(row.count);
    }
  });

  it('refuses an unknown stack', async () => {
    expect((await get('/api/stats/timeline?stack=colour')).status).toBe(400);
  });
});

describe('GET /api/stats/by-sector', () => {
  it('returns every sector, counts matching SQL', async () => {
    const { body } = await get<{ rows: { sector: string; count: number }[]; total: number }>(
      '/api/stats/by-sector?from=1380&to=1390',
    );
    expect(body.rows.length).toBeGreaterThanOrEqual(12);
    for (const row of body.rows) {
      expect(row.count, row.sector).toBe(
        scalar(
          `SELECT count(*) FROM organizations WHERE sector_code = '${row.sector}' AND jalali_year BETWEEN 1380 AND 1390`,
        ),
      );
    }
    expect(body.total).toBe(scalar('SELECT count(*) FROM organizations WHERE jalali_year BETWEEN 1380 AND 1390'));
  });
});

describe('bad filters on every stats endpoint', () => {
  it.each(['overview', 'by-province', 'by-sector', 'timeline'])('%s answers 400 in Persian', async (name) => {
    for (const query of ['from=abc', 'to=99999', 'from=1401&to=1399', 'province=IR-99', 'sector=none']) {
      const { status, body } = await get<{ error: { message: string } }>(`/api/stats/${name}?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
