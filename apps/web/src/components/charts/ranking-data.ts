// Pure shaping of the by-province answer for the chart and table: names in the UI language,
// a stable ranking, and the summary line's figures.

export interface ProvinceCountLike {
  province: string;
  nameFa: string;
  nameEn: string;
  count: number;
  demo: number;
}

export interface RankedProvince extends ProvinceCountLike {
  rank: number;
  name: string;
}

/** Highest first; ties keep a fixed order by name so the chart does not reshuffle. */
export function rankProvinces(rows: readonly ProvinceCountLike[], lang: string): RankedProvince[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'fa');
  return rows
    .map((r) => ({ ...r, name: lang === 'en' ? r.nameEn : r.nameFa }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

export function summarizeProvinces(rows: readonly ProvinceCountLike[]) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const covered = rows.filter((r) => r.count > 0).length;
  return { total, covered, without: rows.length - covered };
}
