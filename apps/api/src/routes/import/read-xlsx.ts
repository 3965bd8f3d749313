// XLSX through exceljs, after the zip has been checked (zip-check.ts). The first worksheet is
// read; each cell becomes its text as typed. Formulas are never evaluated and their cached
// results never trusted: a formula cell is reported so the user types the value instead.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../lib/exceljs.ts';
import { ImportRefusal, MAX_XLSX_UNCOMPRESSED_BYTES, MB } from './import-report.ts';
import type { Cell, Sheet } from './sheet.ts';
import { checkZip, type ZipProblem } from './zip-check.ts';

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

export async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const Excel = await loadExcelJS();
  const problem = checkZip(bytes, { maxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES, maxEntries: 2000 });
  if (problem) {
    const [status, code, message] = ZIP_MESSAGES[problem];
    throw new ImportRefusal(status as 413 | 422, code, message);
  }
  const workbook = new Excel.Workbook();
  try {
    // exceljs's own type wants its Buffer; Node's is the same thing at runtime.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportRefusal(422, 'broken_xlsx', BROKEN);
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new ImportRefusal(422, 'no_sheet', 'فایل XLSX هیچ کاربرگی ندارد');
  const rows: Sheet['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(toCell(row.getCell(col).value));
    rows.push({ row: rowNumber, cells });
  });
  return { rows };
}
