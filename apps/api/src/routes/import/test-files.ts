// Builders for the import tests: CSV text, real XLSX files (exceljs), hand-made zips (for zip
// bombs and lying sizes), and the upload request itself.
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { TEST_ORIGIN, type TestApp, type TestSession } from '../../test/test-db.ts';
import { storedPart, writeZip } from './xlsx-parts.ts';
import { readZip } from './zip-check.ts';

export const HEADER_FA = ['نام', 'نوع', 'استان', 'بخش', 'تاریخ تشکیل', 'وضعیت', 'تعداد اعضا'];
export const HEADER_EN = ['name_fa', 'kind', 'province', 'sector', 'established_on', 'status', 'members'];

export type Row = (string | number | { formula: string })[];

export function csv(rows: Row[], options: { header?: string[]; bom?: boolean } = {}): string {
  const quote = (v: Row[number]) => {
    const text = typeof v === 'object' ? `=${v.formula}` : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [options.header ?? HEADER_FA, ...rows].map((r) => r.map(quote).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

export async function xlsx(rows: Row[], header = HEADER_FA): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('تشکل‌ها');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r.map((v) => (typeof v === 'object' ? { formula: v.formula, result: 1 } : v)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip written by hand; `declaredSize` lets an entry lie about its inflated size. */
export function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  return writeZip(
    entries.map((e) => ({
      name: e.name,
      data: deflateRawSync(e.data),
      method: 8,
      crc: crc32(e.data),
      size: e.declaredSize ?? e.data.length,
    })),
  );
}

export function upload(
  app: TestApp,
  session: TestSession,
  content: string | Uint8Array,
  name: string,
  dryRun: boolean,
) {
  const form = new FormData();
  form.set('file', new File([content], name));
  form.set('dryRun', String(dryRun));
  return app.request('/api/import/organizations', {
    method: 'POST',
    headers: { ...session.headers, origin: TEST_ORIGIN },
    body: form,
  });
}

export interface ImportAnswer {
  error?: { code: string; message: string };
  report: {
    dryRun: boolean;
    committed: boolean;
    source: string;
    format: string | null;
    totals: { rows: number; add: number; update: number; unchanged: number; errors: number };
    rows: {
      row: number;
      action: string;
      id: number | null;
      nameFa: string;
      provinceCode: string | null;
      changes: string[];
    }[];
    errors: { row: number | null; column: string | null; message: string }[];
  };
}

/** A real XLSX with its first sheet's XML edited (merge cells, dimensions, far cells…). */
export function editSheet(xlsxBytes: Buffer, edit: (xml: string) => string): Buffer {
  const parts = readZip(xlsxBytes, { maxUncompressedBytes: 1e9, maxEntries: 1000 });
  if (typeof parts === 'string') throw new Error(parts);
  const sheet = 'xl/worksheets/sheet1.xml';
  parts.set(sheet, Buffer.from(edit((parts.get(sheet) ?? Buffer.alloc(0)).toString('utf8'))));
  return writeZip([...parts].map(([name, data]) => storedPart(name, data)));
}

export const MERGE_BOMB = '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>';
export const withMerge = (xml: string, merge = MERGE_BOMB) => xml.replace('</sheetData>', `</sheetData>${merge}`);

/** The zip with one more central record than its end record counts (the record JSZip still reads). */
export function hideLastEntry(zipBytes: Buffer): Buffer {
  const copy = Buffer.from(zipBytes);
  const eocd = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  copy.writeUInt16LE(copy.readUInt16LE(eocd + 8) - 1, eocd + 8);
  copy.writeUInt16LE(copy.readUInt16LE(eocd + 10) - 1, eocd + 10);
  return copy;
}
