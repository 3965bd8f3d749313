// exceljs, loaded on first use: it is the largest module the server has (about 1 s of a 2-core
// machine's start when busy), and most processes never build or read a spreadsheet, so a
// restart after a crash serves sooner without it.
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

export function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
