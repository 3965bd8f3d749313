import { type StatsFilter, statsFilterToQuery } from '@hamgen/shared';
import type { RankedRow } from '../charts/ranking-data.ts';
import type { ExportSpec } from './export-spec.ts';

/** The export of a ranking (provinces or sectors): code, name, count and demo count per row. */
export function rankingExport(
  rows: readonly RankedRow[],
  options: {
    fileDataset: string;
    dataset: 'by-province' | 'by-sector';
    filter: StatsFilter;
    sources: Record<string, number>;
    headers: { code: string; name: string; count: string; demo: string };
    legend?: ExportSpec['legend'];
  },
): ExportSpec {
  const { headers } = options;
  return {
    fileDataset: options.fileDataset,
    filter: options.filter,
    dataset: options.dataset,
    serverQuery: statsFilterToQuery(options.filter),
    columns: [
      { header: headers.code, type: 'text' },
      { header: headers.name, type: 'text' },
      { header: headers.count, type: 'number' },
      { header: headers.demo, type: 'number' },
    ],
    rows: rows.map((r) => [r.key, r.name, r.count, r.demo]),
    legend: options.legend,
    sources: options.sources,
  };
}
