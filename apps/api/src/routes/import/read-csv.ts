// CSV as the secretariat's spreadsheets save it: UTF-8 with or without a BOM, RFC 4180 quoting,
// comma (or semicolon/tab, as some Excel locales write) between cells. Anything not UTF-8 is
// refused with a message that says how to save it properly — guessing an encoding would store
// mojibake. Cells are text exactly as typed: nothing is ever evaluated.
import { toPersianDigits } from '@hamgen/shared';
import { parse } from 'csv-parse/sync';
import { ImportRefusal, MAX_CSV_RECORD_CHARS, MAX_READ_ROWS, tooManyRows } from './import-report.ts';
import type { Sheet } from './sheet.ts';

const SAVE_AS_UTF8 = 'در اکسل «ذخیره به شکل ← CSV UTF-8» را انتخاب کنید یا فایل XLSX بفرستید';

export function decodeCsv(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportRefusal(422, 'wrong_encoding', `کدگذاری فایل UTF-16 است، نه UTF-8؛ ${SAVE_AS_UTF8}`);
  }
  // No text file holds NUL bytes; UTF-16 without a BOM (or a binary file) is full of them.
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new ImportRefusal(422, 'not_text', `این فایل متنی نیست یا کدگذاری آن UTF-16 است؛ ${SAVE_AS_UTF8}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefusal(
      422,
      'wrong_encoding',
      `کدگذاری فایل UTF-8 نیست (احتمالاً Windows-1256 یا ANSI)؛ ${SAVE_AS_UTF8}`,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator used most on the header line, outside quotes. */
function detectDelimiter(text: string): string {
  const head = text.slice(0, MAX_CSV_RECORD_CHARS);
  const firstLine = head.slice(0, Math.max(0, head.search(/\r?\n/)) || head.length).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

const csvProblem = (row: number, text: string) => {
  const message = text.replace('{row}', toPersianDigits(row));
  return new ImportRefusal(422, 'bad_csv', message, [{ row, column: null, message }]);
};

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'نقل‌قولی (") که در ردیف {row} باز شده بسته نشده است',
  CSV_INVALID_CLOSING_QUOTE: 'در ردیف {row} پس از نقل‌قول بسته (") نویسه‌ای آمده است؛ خانه را درست در نقل‌قول بگذارید',
  CSV_MAX_RECORD_SIZE: `ردیف {row} بیش از ${toPersianDigits(MAX_CSV_RECORD_CHARS)} نویسه دارد؛ فایل CSV درست ذخیره نشده است`,
};

/**
 * Rows of cells, numbered as a spreadsheet shows them (a quoted line break stays in its row), by
 * csv-parse (docs/decisions/014): it stops at the row cap and at an over-long record while
 * reading, so a file of millions of blank lines is refused after MAX_READ_ROWS, not built first.
 */
export function parseCsv(text: string): Sheet['rows'] {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // A quote inside an unquoted cell (5" pipe) is text, as Excel reads it.
      relax_quotes: true,
      max_record_size: MAX_CSV_RECORD_CHARS,
      to: MAX_READ_ROWS + 1,
    });
  } catch (err) {
    const { code, records: done = 0 } = err as { code?: string; records?: number };
    const known = code ? CSV_ERRORS[code] : undefined;
    throw csvProblem(done + 1, known ?? 'فایل CSV در ردیف {row} خوانده نشد؛ آن را دوباره با قالب CSV UTF-8 ذخیره کنید');
  }
  if (records.length > MAX_READ_ROWS) throw tooManyRows();
  return records.map((cells, i) => ({ row: i + 1, cells }));
}
