// Spreadsheets built to take the server down (issue 13), small enough for `npm test`; the
// full-size ones run against a server process in `npm run test:stress` (attacks.stress.ts).
// Each is refused with a Persian 4xx, quickly, and writes nothing.
import { describe, expect, it } from 'vitest';
import { runWorker, WorkerLimit } from '../../lib/run-worker.ts';
import { createTestApi, scalarOf, signIn } from '../../test/test-db.ts';
import { MAX_CSV_RECORD_CHARS, MAX_UPLOAD_BYTES } from './import-report.ts';
import { decodeCsv, parseCsv } from './read-csv.ts';
import { templateXlsx } from './template.ts';
import { editSheet, HEADER_EN, hideLastEntry, type ImportAnswer, upload, withMerge, xlsx, zip } from './test-files.ts';

const api = createTestApi();
const { app, db } = api;
const scalar = scalarOf(db);
const rows = () => scalar('SELECT count(*) FROM organizations');

async function refusedQuickly(bytes: Uint8Array, name: string, status: number, code: string) {
  const editor = await signIn(api, 'editor');
  const before = rows();
  const started = performance.now();
  const res = await upload(app, editor, bytes, name, false);
  const body = (await res.json()) as ImportAnswer;
  expect(res.status, JSON.stringify(body.error)).toBe(status);
  expect(body.error?.code).toBe(code);
  expect(body.error?.message).toMatch(/[\u0600-\u06FF]/);
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(rows()).toBe(before);
  expect((await app.request('/api/health')).status).toBe(200);
}

describe('spreadsheet attacks', () => {
  it('the import template with one merge cell A3:XFD1048576 is refused, not expanded', async () => {
    const bomb = editSheet(Buffer.from(await templateXlsx()), (xml) => withMerge(xml));
    expect(bomb.length).toBeLessThan(64 * 1024);
    await refusedQuickly(bomb, 'merge.xlsx', 422, 'merged_cells');
  });

  it('a zip whose end record counts one entry less than its directory holds is refused', async () => {
    await refusedQuickly(hideLastEntry(await xlsx([['x']])), 'count.xlsx', 422, 'broken_xlsx');
    // What the uncounted record hid: an entry that inflates far past what was declared in total.
    const hidden = hideLastEntry(
      zip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20) },
      ]),
    );
    await refusedQuickly(hidden, 'hidden.xlsx', 422, 'broken_xlsx');
  });

  it('a value in column XFD is refused without walking to it', async () => {
    const far = editSheet(await xlsx([['x']]), (xml) =>
      xml.replace('</sheetData>', '<row r="3"><c r="XFD3" t="inlineStr"><is><t>far</t></is></c></row></sheetData>'),
    );
    await refusedQuickly(far, 'far.xlsx', 422, 'too_many_columns');
  });
});

describe('CSV attacks', () => {
  it('5 MB of blank lines is refused in under a second: reading stops at the row cap', async () => {
    const blank = Buffer.alloc(MAX_UPLOAD_BYTES - 1024, 0x0a);
    const started = performance.now();
    expect(() => parseCsv(decodeCsv(blank))).toThrow(/۲۰۰۰۰/);
    expect(performance.now() - started).toBeLessThan(1000);
    await refusedQuickly(blank, 'blank.csv', 422, 'too_many_rows');
  });

  it('a line of megabytes is refused at the line-length cap', async () => {
    const line = `${HEADER_EN.join(',')}\n"${'x'.repeat(MAX_CSV_RECORD_CHARS + 10)}",ملی\n`;
    await refusedQuickly(Buffer.from(line), 'long.csv', 422, 'bad_csv');
  });
});

describe('the spreadsheet worker', () => {
  it('is terminated at its wall-clock limit', async () => {
    const bytes = new Uint8Array(await xlsx([['x']])).buffer;
    const run = runWorker('xlsx', bytes, [bytes], { heapMb: 256, timeoutMs: 5 });
    await expect(run).rejects.toBeInstanceOf(WorkerLimit);
    await expect(run).rejects.toMatchObject({ breach: 'time' });
  });

  it('is terminated when its heap is full, and the server goes on', async () => {
    const rowsOfText = Array.from({ length: 3000 }, (_, i) => [`انجمن ${i}`, 'x'.repeat(200), i]);
    const bytes = new Uint8Array(await xlsx(rowsOfText)).buffer;
    const run = runWorker('xlsx', bytes, [bytes], { heapMb: 12, timeoutMs: 20_000 });
    await expect(run).rejects.toMatchObject({ breach: 'memory' });
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
