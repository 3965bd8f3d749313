import { toCsv as writeCsv } from '@hamgen/shared';
import type { ExportTable } from './export-tables.ts';

export function toCsv(table: ExportTable): string {
  return writeCsv(table.columns, table.rows);
}
