import { localName } from '../../lib/localized-name.ts';
// Pure shaping for ranking charts and tables (provinces, sectors): names in the UI language, a
// stable order, and the summary figures.

export interface CountRow {
  key: string;
  nameFa: string;
  nameEn: string;
  count: number;
  /** How many of `count` are demo rows. */
  demo: number;
}

export interface RankedRow extends CountRow {
  rank: number;
  name: string;
}

/** Highest first; ties keep a fixed order by name so the chart does not reshuffle. */
export function rankRows(rows: readonly CountRow[], lang: string): RankedRow[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'fa');
  return rows
    .map((r) => ({ ...r, name: localName(r, lang === 'en') }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

export function summarizeRows(rows: readonly CountRow[]) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const covered = rows.filter((r) => r.count > 0).length;
  return { total, covered, without: rows.length - covered };
}

/**
 * Associations in the period that no province ranking can hold (national associations have no
 * province): the overview's "formed" figure counts them, the ranking cannot, and the card says so.
 */
export function withoutProvince(formedInPeriod: number, rankedTotal: number): number {
  return Math.max(0, formedInPeriod - rankedTotal);
}

export function provinceCountRows(rows: readonly (Omit<CountRow, 'key'> & { province: string })[]): CountRow[] {
  return rows.map(({ province, ...r }) => ({ key: province, ...r }));
}

export function sectorCountRows(rows: readonly (Omit<CountRow, 'key'> & { sector: string })[]): CountRow[] {
  return rows.map(({ sector, ...r }) => ({ key: sector, ...r }));
}
