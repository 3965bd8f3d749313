import { describe, expect, it } from 'vitest';
import { isEmptyDatabase, migrateDatabase, openDatabase } from '../client.ts';
import { ARTICLE_1399_PROVINCES } from './article.ts';
import { buildDemoDataset, OTHERS_PER_YEAR } from './demo.ts';
import { removeDemoData, seedDatabase } from './index.ts';

const q = <T>(db: ReturnType<typeof openDatabase>, sql: string) => db.$client.prepare(sql).all() as T[];

describe('demo dataset', () => {
  it('is deterministic', () => {
    expect(buildDemoDataset()).toEqual(buildDemoDataset());
  });

  it('agrees with the article: 15 associations in 1399, all in its six provinces', () => {
    const in1399 = buildDemoDataset().organizations.filter((o) => o.jalaliYear === 1399);
    expect(in1399).toHaveLength(15);
    expect(new Set(in1399.map((o) => o.provinceCode))).toEqual(new Set(ARTICLE_1399_PROVINCES));
    expect(in1399.every((o) => o.kind === 'provincial_association')).toBe(true);
  });

  it("keeps provincial associations of every other year in the article's range, so 1399 is no outlier", () => {
    const perYear = new Map<number, number>();
    const othersPerYear = new Map<number, number>();
    for (const o of buildDemoDataset().organizations) {
      const map = o.kind === 'provincial_association' ? perYear : othersPerYear;
      map.set(o.jalaliYear, (map.get(o.jalaliYear) ?? 0) + 1);
    }
    expect(perYear.size).toBe(27);
    for (const [year, n] of perYear) {
      expect(n, String(year)).toBeGreaterThanOrEqual(5);
      expect(n, String(year)).toBeLessThanOrEqual(24);
    }
    for (const [year, n] of othersPerYear) expect(n, String(year)).toBeLessThanOrEqual(OTHERS_PER_YEAR[1]);
    expect(othersPerYear.has(1399)).toBe(false);
    const values = [...perYear.values()].sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)] ?? 0;
    expect(Math.abs(15 - median)).toBeLessThanOrEqual(5);
  });
});

describe('seedDatabase', () => {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  seedDatabase(db);

  it('fills every table the views need', () => {
    expect(isEmptyDatabase(db)).toBe(false);
    const [orgs] = q<{ n: number; provinces: number; sectors: number; minYear: number; maxYear: number }>(
      db,
      `SELECT count(*) n, count(DISTINCT province_code) provinces, count(DISTINCT sector_code) sectors,
              min(jalali_year) minYear, max(jalali_year) maxYear FROM organizations`,
    );
    expect(orgs?.n).toBeGreaterThan(300);
    expect(orgs?.provinces).toBe(31);
    expect(orgs?.sectors).toBeGreaterThanOrEqual(12);
    expect([orgs?.minYear, orgs?.maxYear]).toEqual([1378, 1404]);
    const [m] = q<{ n: number }>(db, 'SELECT count(*) n FROM meetings');
    expect(m?.n).toBeGreaterThanOrEqual(35);
    const statuses = q<{ status: string }>(db, 'SELECT DISTINCT status FROM decisions ORDER BY status');
    expect(statuses.map((s) => s.status)).toEqual(['done', 'in_progress', 'open']);
  });

  it('keeps the article facts as source = article', () => {
    const attendees = q<{ name: string; is_new_member: number }>(
      db,
      "SELECT name, is_new_member FROM attendees WHERE source = 'article' ORDER BY seq",
    );
    expect(attendees.map((a) => a.name)).toEqual(['سعید زرندی', 'رسولیان', 'سهل‌آبادی', 'احسانی']);
    expect(attendees.filter((a) => a.is_new_member).map((a) => a.name)).toEqual(['رسولیان']);
    const [figure] = q<{ value: number; province_codes: string }>(
      db,
      "SELECT * FROM reported_figures WHERE source = 'article'",
    );
    expect(figure?.value).toBe(15);
    expect(JSON.parse(figure?.province_codes ?? '[]')).toHaveLength(6);
  });

  it('removes every demo row and keeps the article', () => {
    const removed = removeDemoData(db);
    expect(removed.organizations).toBeGreaterThan(300);
    for (const table of ['organizations', 'meetings', 'decisions', 'attendees', 'organization_events']) {
      const [row] = q<{ n: number }>(db, `SELECT count(*) n FROM ${table} WHERE source = 'demo'`);
      expect(row?.n, table).toBe(0);
    }
    const [article] = q<{ n: number }>(db, "SELECT count(*) n FROM decisions WHERE source = 'article'");
    expect(article?.n).toBe(6);
    expect(q(db, 'PRAGMA foreign_key_check')).toEqual([]);
  });
});
