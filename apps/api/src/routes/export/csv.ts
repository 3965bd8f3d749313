// CSV that opens correctly in Excel: UTF-8 with a BOM (else Excel guesses the ANSI code page and
// Persian turns to mojibake), CRLF line ends, RFC 4180 quoting, ASCII digits in numbers, and
// text cells guarded against formula injection.
import { spreadsheetSafe } from '../../lib/spreadsheet-safe.ts';
import type { ExportTable } from './export-tables.ts';

const BOM = '\uFEFF';

function field(value: string | number | null, type: 'text' | 'number'): string {
  if (value === null) return '';
  const text = type === 'number' ? String(value) : spreadsheetSafe(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => field(c.header, 'text')).join(',')];
  for (const row of table.rows) {
    lines.push(row.map((value, i) => field(value, table.columns[i]?.type ?? 'text')).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
