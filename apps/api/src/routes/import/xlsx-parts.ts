// The zip exceljs is given: rebuilt from the parts zip-check.ts inflated, holding only what an
// import reads (workbook, sheets, shared strings, styles), never the uploaded bytes. Worksheets
// lose `<mergeCells>` (exceljs expands a merge cell by cell: A3:XFD1048576 is 17 billion cells)
// and `<dimension>` (a claim about the sheet's size, which nothing here needs to believe). The
// value of a merged range lives in its first cell, so stripping a title merge loses nothing;
// a merge reaching past any sheet an import could take is an attack or an accident, and the
// file is refused with the reason.
import { crc32 } from 'node:zlib';
import { toPersianDigits } from '@hamgen/shared';
import { ImportRefusal, MAX_COLUMNS, MAX_READ_ROWS } from './import-report.ts';

const KEPT = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/worksheets\/[^/]+\.xml$/,
];

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

const MAX_MERGES = 1000;

/** Column letters to a number: A → 1, XFD → 16384. */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function mergeFits(ref: string): boolean {
  const match = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(ref.toUpperCase());
  if (!match) return false;
  const lastColumn = columnNumber(match[3] ?? match[1] ?? '');
  const lastRow = Number(match[4] ?? match[2]);
  return lastColumn <= MAX_COLUMNS && lastRow <= MAX_READ_ROWS + 1;
}

/** A worksheet's XML without merge cells or a dimension; refused when a merge is absurd. */
export function stripWorksheet(xml: string): string {
  const refs = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]*)"/g)].map((m) => m[1] ?? '');
  const absurd =
    refs.length > MAX_MERGES ? `${toPersianDigits(refs.length)} خانه ادغام‌شده` : refs.find((r) => !mergeFits(r));
  if (absurd !== undefined) {
    throw new ImportRefusal(
      422,
      'merged_cells',
      `کاربرگ خانه‌های ادغام‌شده‌ای دارد که از محدوده هر فایل درون‌ریزی بیرون می‌زند (${absurd})؛ ادغام خانه‌ها را بردارید و دوباره ذخیره کنید`,
    );
  }
  return xml
    .replace(/<(\w+:)?mergeCells\b[^>]*\/>/g, '')
    .replace(/<(\w+:)?mergeCells\b[^>]*>[\s\S]*?<\/(\w+:)?mergeCells>/g, '')
    .replace(/<(\w+:)?dimension\b[^>]*\/?>/g, '');
}

export interface ZipPart {
  name: string;
  /** The bytes as written into the archive (deflated when `method` is 8). */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  /** The inflated size the archive declares. */
  size: number;
}

/** A stored (uncompressed) part: the simplest entry every reader agrees on. */
export const storedPart = (name: string, data: Buffer): ZipPart => ({
  name,
  data,
  method: 0,
  crc: crc32(data),
  size: data.length,
});

/** A zip of the given parts, one disk, its directory right before the end record. */
export function writeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // names are UTF-8
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(part.method, 10);
    record.writeUInt32LE(part.crc, 16);
    record.writeUInt32LE(part.data.length, 20);
    record.writeUInt32LE(part.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    central.push(record, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const EMPTY_SHEET = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
);

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The part name of the workbook's first sheet (the one an import reads), if it can be told. */
export function firstSheetPart(parts: Map<string, Buffer>): string | undefined {
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const firstSheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const id = /\b(?:\w+:)?id="([^"]*)"/.exec(firstSheet.replace(/\bsheetId="[^"]*"/, ''))?.[1];
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    if (id === undefined || attribute(tag, 'Id') !== id) continue;
    const target = attribute(tag, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return undefined;
}

/**
 * The clean archive for exceljs, from the inflated parts of a checked zip. Other worksheets than
 * the first become empty ones: the workbook stays whole, and only the first sheet is parsed.
 */
export function cleanXlsx(parts: Map<string, Buffer>): Buffer {
  const first = firstSheetPart(parts);
  const kept: ZipPart[] = [];
  for (const [name, data] of parts) {
    if (!KEPT.some((pattern) => pattern.test(name))) continue;
    if (!WORKSHEET.test(name)) kept.push(storedPart(name, data));
    else if (first !== undefined && name !== first) kept.push(storedPart(name, EMPTY_SHEET));
    else kept.push(storedPart(name, Buffer.from(stripWorksheet(data.toString('utf8')))));
  }
  return writeZip(kept);
}
