import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { csv, editSheet, hideLastEntry, withMerge, xlsx, zip } from './test-files.ts';
import { cleanXlsx, firstSheetPart, stripWorksheet } from './xlsx-parts.ts';
import { checkZip, readZip } from './zip-check.ts';

const LIMITS = { maxUncompressedBytes: 1024 * 1024, maxEntries: 30 };

describe('parseCsv', () => {
  it('reads RFC 4180 quoting, CRLF and LF, and numbers rows as a spreadsheet does', () => {
    const rows = parseCsv('a,b\r\n"x, ""y""","line one\nline two"\nlast,\n');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, "y"', 'line one\nline two'] },
      { row: 3, cells: ['last', ''] },
    ]);
  });

  it('detects semicolon and tab separators from the header line', () => {
    expect(parseCsv('a;b\n1;2')[1]?.cells).toEqual(['1', '2']);
    expect(parseCsv('a\tb\n1\t2')[1]?.cells).toEqual(['1', '2']);
    expect(parseCsv('"a;b",c\n1,2')[0]?.cells).toEqual(['a;b', 'c']);
  });

  it('keeps a formula-like cell as text', () => {
    expect(parseCsv('=1+1,@SUM(A1)')[0]?.cells).toEqual(['=1+1', '@SUM(A1)']);
  });
});

describe('decodeCsv', () => {
  it('strips a UTF-8 BOM and keeps Persian text', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFنام,نوع'))).toBe('نام,نوع');
  });

  it.each([
    ['UTF-16LE BOM', Buffer.from([0xff, 0xfe, 0x46, 0x06])],
    ['UTF-16BE BOM', Buffer.from([0xfe, 0xff, 0x06, 0x46])],
    ['Windows-1256', Buffer.from([0xe4, 0xc7, 0xe3])],
    ['NUL bytes', Buffer.from('n\0a\0m\0', 'latin1')],
  ])('refuses %s', (_, bytes) => {
    expect(() => decodeCsv(bytes)).toThrow(/[\u0600-\u06FF]/);
  });
});

describe('checkZip', () => {
  it('passes a real XLSX', async () => {
    expect(checkZip(await xlsx([['a']]), LIMITS)).toBeNull();
  });

  it('names each problem', async () => {
    const good = await xlsx([['a']]);
    expect(checkZip(Buffer.from(csv([])), LIMITS)).toBe('not_zip');
    expect(checkZip(good.subarray(0, good.length - 30), LIMITS)).toBe('truncated');
    expect(checkZip(zip([{ name: 'a', data: Buffer.alloc(2 * 1024 * 1024) }]), LIMITS)).toBe('too_large');
    expect(checkZip(zip([{ name: 'a', data: Buffer.alloc(64 * 1024), declaredSize: 10 }]), LIMITS)).toBe(
      'inconsistent',
    );
    expect(checkZip(zip([{ name: 'a', data: Buffer.alloc(10), declaredSize: 20 }]), LIMITS)).toBe('inconsistent');
    const many = zip(Array.from({ length: 31 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') })));
    expect(checkZip(many, LIMITS)).toBe('unsupported');
  });
});

describe('only a canonical zip is read (JSZip reads what the end record does not count)', () => {
  it('refuses a directory with one more record than the end record counts', async () => {
    const good = await xlsx([['a']]);
    expect(checkZip(hideLastEntry(good), LIMITS)).toBe('inconsistent');
    // The hidden entry could have been anything; here a megabyte the count never mentioned.
    const hidden = zip([
      { name: 'a', data: Buffer.from('x') },
      { name: 'b', data: Buffer.alloc(900 * 1024) },
    ]);
    expect(checkZip(hideLastEntry(hidden), LIMITS)).toBe('inconsistent');
  });

  it('refuses unequal counts, bytes between entries, a ZIP64 locator and a wrong CRC', () => {
    const good = zip([
      { name: 'a', data: Buffer.from('aaaa') },
      { name: 'b', data: Buffer.from('bbbb') },
    ]);
    expect(checkZip(good, LIMITS)).toBeNull();
    const eocd = good.length - 22;
    const onDisk = Buffer.from(good);
    onDisk.writeUInt16LE(1, eocd + 8);
    expect(checkZip(onDisk, LIMITS)).toBe('unsupported');
    // Four stray bytes after the first entry: a reader scanning local headers would see more.
    const first = 30 + 1 + (good.readUInt32LE(18) as number);
    const gap = zip([{ name: 'a', data: Buffer.from('aaaa') }]);
    const padded = Buffer.concat([gap.subarray(0, first), Buffer.from('junk'), gap.subarray(first)]);
    padded.writeUInt32LE(padded.readUInt32LE(padded.length - 6) + 4, padded.length - 6);
    expect(checkZip(padded, LIMITS)).toBe('inconsistent');
    const zip64 = Buffer.from(good);
    zip64.writeUInt32LE(0x07064b50, eocd - 20);
    expect(checkZip(zip64, LIMITS)).not.toBeNull();
    const badCrc = Buffer.from(good);
    badCrc.writeUInt32LE(0x12345678, 14);
    expect(checkZip(badCrc, LIMITS)).toBe('inconsistent');
  });
});

describe('the worksheet exceljs sees', () => {
  it('loses a title merge and its dimension, and refuses a merge past any import', () => {
    const xml =
      '<worksheet><dimension ref="A1:XFD1048576"/><sheetData/><mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells></worksheet>';
    expect(stripWorksheet(xml)).toBe('<worksheet><sheetData/></worksheet>');
    expect(() => stripWorksheet(withMerge('<sheetData></sheetData>'))).toThrow(/ادغام/);
    expect(() => stripWorksheet(withMerge('<sheetData></sheetData>', '<mergeCell ref="A1:A1048576"/>'))).toThrow(
      /A1:A1048576/,
    );
  });

  it('reads a merged title row as its first cell', async () => {
    const file = editSheet(await xlsx([['x', 'y']]), (xml) =>
      withMerge(xml, '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'),
    );
    const sheet = await readXlsx(file);
    expect(sheet.rows[1]?.cells.slice(0, 2)).toEqual(['x', 'y']);
  });

  it('refuses a value in column XFD without walking 16,384 cells', async () => {
    const far = editSheet(await xlsx([['x']]), (xml) =>
      xml.replace('</sheetData>', '<row r="9"><c r="XFD9" t="inlineStr"><is><t>far</t></is></c></row></sheetData>'),
    );
    const started = performance.now();
    await expect(readXlsx(far)).rejects.toMatchObject({ code: 'too_many_columns' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('only the first sheet is parsed', () => {
  it('empties every other worksheet before exceljs sees the workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('اول').addRow(['first']);
    const second = workbook.addWorksheet('دوم');
    for (let i = 0; i < 50; i++) second.addRow(['second', i]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const parts = readZip(bytes, LIMITS);
    if (typeof parts === 'string') throw new Error(parts);
    expect(firstSheetPart(parts)).toBe('xl/worksheets/sheet1.xml');
    const cleaned = readZip(cleanXlsx(parts), LIMITS);
    if (typeof cleaned === 'string') throw new Error(cleaned);
    expect(cleaned.get('xl/worksheets/sheet2.xml')?.toString()).not.toContain('<row');
    expect((await readXlsx(bytes)).rows).toEqual([{ row: 1, cells: ['first'] }]);
  });
});
