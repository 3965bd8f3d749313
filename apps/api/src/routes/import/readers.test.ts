import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from './read-csv.ts';
import { csv, xlsx, zip } from './test-files.ts';
import { checkZip } from './zip-check.ts';

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
