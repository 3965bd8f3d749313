// CSV as the secretariat's spreadsheets save it: UTF-8 with or without a BOM, RFC 4180 quoting,
// comma (or semicolon/tab, as some Excel locales write) between cells. Anything not UTF-8 is
// refused with a message that says how to save it properly — guessing an encoding would store
// mojibake. Cells are text exactly as typed: nothing is ever evaluated.
import { toPersianDigits } from '@hamgen/shared';
import { ImportRefusal } from './import-report.ts';
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
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** Rows of cells, numbered as a spreadsheet shows them (a quoted line break stays in its row). */
export function parseCsv(text: string): Sheet['rows'] {
  const delimiter = detectDelimiter(text);
  // Plain cells are sliced between separators rather than built a character at a time.
  const plainEnd = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\r\n]`, 'g');
  const rows: Sheet['rows'] = [];
  let cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: string;
    if (text[i] === '"') {
      cell = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          const message = `نقل‌قولی (") که در ردیف ${toPersianDigits(rows.length + 1)} باز شده بسته نشده است`;
          throw new ImportRefusal(422, 'bad_csv', message, [{ row: rows.length + 1, column: null, message }]);
        }
        cell += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        cell += '"';
        from = quote + 2;
      }
      // Anything between the closing quote and the separator belongs to the cell, as Excel reads it.
      plainEnd.lastIndex = i;
      const end = plainEnd.exec(text)?.index ?? text.length;
      cell += text.slice(i, end);
      i = end;
    } else {
      plainEnd.lastIndex = i;
      const end = plainEnd.exec(text)?.index ?? text.length;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      if (i === text.length) cells.push('');
    } else {
      // A line break (CRLF, LF or CR) or the end of the text closes the row.
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : ch === undefined ? 0 : 1;
      rows.push({ row: rows.length + 1, cells });
      cells = [];
    }
  }
  if (cells.length > 0) rows.push({ row: rows.length + 1, cells });
  return rows;
}
