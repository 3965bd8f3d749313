import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

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
