// XLSX through exceljs, inside the spreadsheet worker (workers/xlsx.worker.ts): the zip is
// checked and inflated first (zip-check.ts), and exceljs reads a clean archive rebuilt from it
// (xlsx-parts.ts). The first worksheet is read, up to the row cap; each cell becomes its text as
// typed. Formulas are never evaluated and their cached results never trusted: a formula cell is
// reported so the user types the value instead.
import { toPersianDigits } from '@hamgen/shared';
import ExcelJS from 'exceljs';
import {
  ImportRefusal,
  MAX_COLUMNS,
  MAX_READ_ROWS,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  MB,
  tooManyRows,
} from './import-report.ts';
import type { Cell, Sheet } from './sheet.ts';
import { cleanXlsx } from './xlsx-parts.ts';
import { readZip, type ZipProblem } from './zip-check.ts';

const BROKEN = 'فایل XLSX خراب یا ناقص است (شاید کامل بارگذاری نشده)؛ آن را در اکسل باز و دوباره ذخیره کنید';

const ZIP_MESSAGES: Record<ZipProblem, [number, string, string]> = {
  not_zip: [
    422,
    'not_xlsx',
    'این فایل XLSX نیست (پسوند آن با محتوایش نمی‌خواند)؛ فایل را در اکسل با قالب XLSX ذخیره کنید',
  ],
  truncated: [422, 'broken_xlsx', BROKEN],
  too_large: [
    413,
    'xlsx_too_large',
    `حجم بازشده فایل XLSX بیش از ${MB(MAX_XLSX_UNCOMPRESSED_BYTES)} مگابایت است؛ فایل را به چند بخش تقسیم کنید`,
  ],
  unsupported: [
    422,
    'unsupported_xlsx',
    'این فایل XLSX ساختاری دارد که پشتیبانی نمی‌شود (رمزدار یا فشرده‌سازی ناشناخته)',
  ],
  inconsistent: [422, 'broken_xlsx', 'اندازه‌های درون فایل XLSX با محتوای آن نمی‌خواند؛ فایل پذیرفته نشد'],
};

export function zipRefusal(problem: ZipProblem): ImportRefusal {
  const [status, code, message] = ZIP_MESSAGES[problem];
  return new ImportRefusal(status as 413 | 422, code, message);
}

type CellValue = ExcelJS.CellValue;

function toCell(value: CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return { kind: 'date', text: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { kind: 'formula', text: `=${formula}` };
  }
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) {
    const text = value.text as string | { richText: { text: string }[] };
    return typeof text === 'string' ? text : text.richText.map((r) => r.text).join('');
  }
  return '';
}

const tooFarRight = (row: number) => {
  const message = `ردیف ${toPersianDigits(row)} در ستونی دورتر از ستون ${toPersianDigits(MAX_COLUMNS)} داده دارد؛ ستون‌های اضافه را پاک کنید`;
  return new ImportRefusal(422, 'too_many_columns', message, [{ row, column: null, message }]);
};

export async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const parts = readZip(bytes, { maxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES, maxEntries: 2000 });
  if (typeof parts === 'string') throw zipRefusal(parts);
  const clean = cleanXlsx(parts);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's own type wants its Buffer; Node's is the same thing at runtime.
    await workbook.xlsx.load(clean as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportRefusal(422, 'broken_xlsx', BROKEN);
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new ImportRefusal(422, 'no_sheet', 'فایل XLSX هیچ کاربرگی ندارد');
  const rows: Sheet['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length >= MAX_READ_ROWS) throw tooManyRows();
    // Only the cells that exist are visited: one value in column XFD is one cell, not 16,384.
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > MAX_COLUMNS) throw tooFarRight(rowNumber);
      cells[col - 1] = toCell(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return { rows };
}
