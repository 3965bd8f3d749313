// CSV that opens correctly in Excel, written the same way by the server (full datasets) and the
// browser (the current view): UTF-8 with a BOM (else Excel guesses the ANSI code page and
// Persian turns to mojibake), CRLF line ends, RFC 4180 quoting, ASCII digits in numbers, and
// text cells guarded against formula injection.

// Cells a spreadsheet would run as formulas (= + - @, and tab/CR that some apps strip first) get
// a leading apostrophe (OWASP CSV injection). Numbers stay numbers: only text goes through here.
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | null | undefined;
export type CsvType = 'text' | 'number';

function field(value: CsvValue, type: CsvType): string {
  if (value === null || value === undefined) return '';
  const text = type === 'number' && typeof value === 'number' ? String(value) : spreadsheetSafe(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly { header: string; type: CsvType }[], rows: readonly CsvValue[][]): string {
  const lines = [columns.map((c) => field(c.header, 'text')).join(',')];
  for (const row of rows) lines.push(row.map((value, i) => field(value, columns[i]?.type ?? 'text')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
