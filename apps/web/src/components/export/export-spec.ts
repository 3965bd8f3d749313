import type { CsvType, CsvValue, StatsFilter } from '@hamgen/shared';
import type { LegendItem } from './compose-svg.ts';

/** What a chart card needs to export itself; built by the card from the data it shows. */
export interface ExportSpec {
  /** What the file holds, first part of its name (`map`, `by-province`); filters follow it. */
  fileDataset: string;
  filter: StatsFilter;
  /** View options that change the chart's numbers (`{ stack: 'sector' }`), also in its file names. */
  view?: Record<string, string | undefined>;
  /** Server dataset for the full CSV/XLSX (`/api/export/<dataset>.<format>`), with its query. */
  dataset?: 'by-province' | 'timeline' | 'by-sector' | 'organizations' | 'decisions' | 'compare';
  serverQuery?: Record<string, string>;
  /** The current view's numbers, for the client CSV. */
  columns: { header: string; type: CsvType }[];
  rows: CsvValue[][];
  legend?: LegendItem[];
  sources: Record<string, number>;
}
