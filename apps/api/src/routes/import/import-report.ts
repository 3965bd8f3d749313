// What an import answers, dry run or not: row by row what will be (or was) added or updated,
// and every problem with its spreadsheet row number (the header is row 1), column and a Persian
// reason. A file-level refusal (encoding, size, header…) has the same shape with row null.
import { toPersianDigits } from '@hamgen/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 20_000;
export const MAX_XLSX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Readers stop here (header and some blank lines beyond MAX_ROWS): the rest is never built. */
export const MAX_READ_ROWS = MAX_ROWS + 1000;
/** No import column lies this far right; a cell beyond it is refused, not walked to. */
export const MAX_COLUMNS = 100;
/** A CSV record longer than this (in characters) is refused while it is read. */
export const MAX_CSV_RECORD_CHARS = 64 * 1024;
/** A report lists at most this many problems (the count is always complete). */
export const MAX_LISTED_ISSUES = 1000;

export interface ImportIssue {
  /** Row number as the spreadsheet shows it (header = 1); null for the whole file. */
  row: number | null;
  /** The column's header as written in the file, or null. */
  column: string | null;
  message: string;
}

export interface ImportRowPlan {
  row: number;
  action: 'add' | 'update' | 'unchanged';
  /** The existing association (update, unchanged) or the new one once committed. */
  id: number | null;
  nameFa: string;
  provinceCode: string | null;
  /** Fields an update changes. */
  changes: string[];
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  fileName: string;
  format: 'csv' | 'xlsx' | null;
  /** The `source` the rows get: `import:<file name>`. */
  source: string;
  totals: { rows: number; add: number; update: number; unchanged: number; errors: number };
  rows: ImportRowPlan[];
  errors: ImportIssue[];
  /** True when more problems exist than `errors` lists. */
  errorsTruncated: boolean;
}

/** A refusal of the whole file, answered with its status and a report holding the reason. */
export class ImportRefusal extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues: ImportIssue[] = [{ row: null, column: null, message }],
  ) {
    super(message);
  }
}

export const MB = (bytes: number) => toPersianDigits(Math.round(bytes / (1024 * 1024)));

/** Refused while reading: more rows than an import takes, counted before the rest is built. */
export const tooManyRows = () =>
  new ImportRefusal(
    422,
    'too_many_rows',
    `فایل بیش از ${toPersianDigits(MAX_ROWS)} ردیف دارد؛ هر بار حداکثر ${toPersianDigits(MAX_ROWS)} ردیف درون‌ریزی می‌شود. فایل را به چند بخش تقسیم کنید`,
  );

export function buildReport(
  base: Pick<ImportReport, 'dryRun' | 'fileName' | 'format' | 'source'>,
  rows: ImportRowPlan[],
  issues: ImportIssue[],
  dataRows: number,
  committed = false,
): ImportReport {
  const count = (action: ImportRowPlan['action']) => rows.filter((r) => r.action === action).length;
  return {
    ...base,
    committed,
    totals: {
      rows: dataRows,
      add: count('add'),
      update: count('update'),
      unchanged: count('unchanged'),
      errors: issues.length,
    },
    rows,
    errors: issues.slice(0, MAX_LISTED_ISSUES),
    errorsTruncated: issues.length > MAX_LISTED_ISSUES,
  };
}
