// The zip exceljs is given: rebuilt from the parts zip-check.ts inflated, holding only what an
// import reads (workbook, sheets, shared strings, styles), never the uploaded bytes. Worksheets
// lose `<mergeCells>` (exceljs expands a merge cell by cell: A3:XFD1048576 is 17 billion cells)
// and `<dimension>` (a claim about the sheet's size, which nothing here needs to believe). The
// value of a merged range lives in its first cell, so nothing an import reads is lost.
import { crc32 } from 'node:zlib';

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

/** A worksheet's XML without merge cells or a dimension. */
export function stripWorksheet(xml: string): string {
  return xml
    .replace(/<(\w+:)?mergeCells\b[^>]*\/>/g, '')
    .replace(/<(\w+:)?mergeCells\b[^>]*>[\s\S]*?<\/(\w+:)?mergeCells>/g, '')
    .replace(/<(\w+:)?dimension\b[^>]*\/?>/g, '');
}

/** A stored (uncompressed) zip of the given parts: the simplest archive every reader agrees on. */
export function writeStoredZip(parts: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // names are UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(record, nameBytes);
    offset += 30 + nameBytes.length + data.length;
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

/** The clean archive for exceljs, from the inflated parts of a checked zip. */
export function cleanXlsx(parts: Map<string, Buffer>): Buffer {
  const kept: [string, Buffer][] = [];
  for (const [name, data] of parts) {
    if (!KEPT.some((pattern) => pattern.test(name))) continue;
    kept.push([name, WORKSHEET.test(name) ? Buffer.from(stripWorksheet(data.toString('utf8'))) : data]);
  }
  return writeStoredZip(kept);
}
