import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, toCsv } from './csv.ts';

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+98 21', "'+98 21"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['انجمن صنایع همگن', 'انجمن صنایع همگن'],
    ['1399', '1399'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(spreadsheetSafe(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  const columns = [
    { header: 'استان', type: 'text' as const },
    { header: 'تعداد', type: 'number' as const },
  ];

  it('writes a BOM, CRLF lines, RFC 4180 quoting and ASCII numbers', () => {
    const rows = [
      ['تهران، مرکز', 12],
      ['Qom, "A"', -3],
      [null, 0],
    ];
    expect(toCsv(columns, rows)).toBe('\uFEFFاستان,تعداد\r\nتهران، مرکز,12\r\n"Qom, ""A""",-3\r\n,0\r\n');
  });

  it('guards text that looks like a formula but leaves negative numbers alone', () => {
    expect(toCsv(columns, [['=1+1', -5]])).toBe("\uFEFFاستان,تعداد\r\n'=1+1,-5\r\n");
  });
});
