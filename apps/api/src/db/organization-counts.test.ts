import { describe, expect, it } from 'vitest';
import { createTestDb } from '../test/test-db.ts';

// organization_counts is what the overview counts from: it must always equal a GROUP BY of
// organizations itself, whatever wrote to them (migration 0007's triggers).
const db = createTestDb({ seed: true });
const sqlite = db.$client;

const KEY = 'kind, source, jalali_year, province_code, sector_code, status';
const counted = () =>
  sqlite.prepare(`SELECT ${KEY}, n FROM organization_counts ORDER BY ${KEY}`).all() as Record<string, unknown>[];
const grouped = () =>
  sqlite
    .prepare(
      `SELECT kind, source, jalali_year, ifnull(province_code, '') AS province_code, sector_code, status, count(*) AS n
       FROM organizations GROUP BY ${KEY} ORDER BY ${KEY}`,
    )
    .all() as Record<string, unknown>[];

const insert = sqlite.prepare(
  `INSERT INTO organizations (name_fa, kind, province_code, sector_code, established_on, jalali_year, status, members, source)
   VALUES (?, ?, ?, 'food', '2021-04-01', 1400, 'active', 5, 'manual')`,
);

describe('organization_counts', () => {
  it('holds the seeded associations, one row per combination', () => {
    const rows = counted();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(grouped());
    expect(rows.every((row) => Number(row.n) > 0)).toBe(true);
  });

  it('follows inserts, edits of every counted column and deletes', () => {
    const first = insert.run('انجمن آزمایشی یک', 'provincial_association', 'IR-23').lastInsertRowid;
    const second = insert.run('انجمن آزمایشی دو', 'provincial_association', 'IR-23').lastInsertRowid;
    const national = insert.run('انجمن ملی آزمایشی', 'national_association', null).lastInsertRowid;
    expect(counted()).toEqual(grouped());

    const edit = (set: string, id: number | bigint) =>
      sqlite.prepare(`UPDATE organizations SET ${set} WHERE id = ?`).run(id);
    edit(`kind = 'provincial_house'`, first);
    edit(`province_code = 'IR-01', jalali_year = 1401`, second);
    edit(`status = 'dissolved', sector_code = 'chemicals'`, national);
    edit(`source = 'import:test.xlsx'`, first);
    // An edit of a column that is not counted leaves the counts alone.
    edit(`members = 9, name_fa = 'انجمن آزمایشی سه'`, second);
    expect(counted()).toEqual(grouped());

    for (const id of [first, second, national]) sqlite.prepare('DELETE FROM organizations WHERE id = ?').run(id);
    expect(counted()).toEqual(grouped());
    // A combination no association has any more is gone, not left at zero.
    expect(sqlite.prepare('SELECT count(*) FROM organization_counts WHERE n <= 0').pluck().get()).toBe(0);
  });

  it('rolls back with the writer: a failed transaction leaves no count behind', () => {
    const before = counted();
    expect(() =>
      sqlite.transaction(() => {
        insert.run('انجمن نیمه‌کاره', 'provincial_association', 'IR-05');
        throw new Error('import failed halfway');
      })(),
    ).toThrow('import failed halfway');
    expect(counted()).toEqual(before);
  });
});
