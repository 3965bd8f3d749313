// Malformed files: each is refused with a 4xx and a Persian reason, and NOTHING is written —
// every case is sent as a real import (dryRun=false) and the tables are counted before and after.
import { describe, expect, it } from 'vitest';
import { createTestApiAs } from '../../test/test-db.ts';
import { MAX_ROWS, MAX_UPLOAD_BYTES, MAX_XLSX_UNCOMPRESSED_BYTES } from './import-report.ts';
import { csv, HEADER_EN, HEADER_FA, type ImportAnswer, upload, xlsx, zip } from './test-files.ts';

const { app, scalar, session: editor } = await createTestApiAs('editor');

const GOOD = [
  'انجمن صنایع همگن نمونه استان قم',
  'انجمن صنایع همگن استانی',
  'قم',
  'صنایع غذایی',
  '1402/03/15',
  'فعال',
  20,
];
const tables = () =>
  ['organizations', 'organization_events', 'audit_events'].map((t) => scalar(`SELECT count(*) FROM ${t}`)).join('/');

async function refused(content: string | Uint8Array, name: string, status: number, code: string) {
  const before = tables();
  const res = await upload(app, editor, content, name, false);
  const body = (await res.json()) as ImportAnswer;
  expect(res.status, JSON.stringify(body.error)).toBe(status);
  expect(body.error?.code).toBe(code);
  expect(body.error?.message).toMatch(/[\u0600-\u06FF]/);
  expect(body.report.committed).toBe(false);
  expect(body.report.errors.length).toBeGreaterThan(0);
  for (const e of body.report.errors) expect(e.message).toMatch(/[\u0600-\u06FF]/);
  expect(tables()).toBe(before);
  return body.report;
}

describe('files refused as a whole', () => {
  it('1. UTF-16 (with a BOM)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv([GOOD], { bom: false }), 'utf16le')]);
    const report = await refused(bytes, 'utf16.csv', 422, 'wrong_encoding');
    expect(report.errors[0]?.message).toMatch(/UTF-16/);
  });

  it('2. Windows-1256 bytes', async () => {
    // «نام» in Windows-1256, then ASCII: not valid UTF-8.
    const bytes = Buffer.concat([Buffer.from([0xe4, 0xc7, 0xe3]), Buffer.from(',kind,province\r\n')]);
    const report = await refused(bytes, 'ansi.csv', 422, 'wrong_encoding');
    expect(report.errors[0]?.message).toMatch(/Windows-1256/);
  });

  it('3. UTF-16 without a BOM', async () => {
    await refused(Buffer.from(csv([GOOD], { bom: false }), 'utf16le'), 'nobom.csv', 422, 'not_text');
  });

  it('4. a missing required header', async () => {
    const header = HEADER_FA.filter((h) => h !== 'استان');
    const report = await refused(
      csv([GOOD.filter((_, i) => i !== 2)], { header }),
      'no-province.csv',
      422,
      'bad_header',
    );
    expect(report.errors).toContainEqual({ row: 1, column: 'استان', message: expect.stringMatching(/استان.*نیست/) });
  });

  it('5. a duplicate header and an unknown one', async () => {
    const header = [...HEADER_FA, 'نام', 'رنگ'];
    const report = await refused(csv([[...GOOD, 'x', 'y']], { header }), 'dup.csv', 422, 'bad_header');
    expect(report.errors.map((e) => e.column)).toEqual(['نام', 'رنگ']);
    expect(report.errors[0]?.message).toMatch(/دو بار/);
    expect(report.errors[1]?.message).toMatch(/شناخته نمی‌شود/);
  });

  it('6. an empty file, and one with only a header', async () => {
    await refused('', 'empty.csv', 422, 'empty_file');
    await refused('\uFEFF\r\n\r\n', 'blank.csv', 422, 'empty_file');
    await refused(csv([]), 'header-only.csv', 422, 'no_rows');
  });

  it('7. a truncated XLSX', async () => {
    const good = await xlsx([GOOD]);
    const report = await refused(good.subarray(0, Math.floor(good.length * 0.6)), 'cut.xlsx', 422, 'broken_xlsx');
    expect(report.format).toBe('xlsx');
  });

  it('8. an oversized file: 413 from the body limit, before it is read', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 128 * 1024, 0x41);
    const before = tables();
    const res = await upload(app, editor, big, 'big.csv', false);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ImportAnswer).error?.message).toMatch(/مگابایت/);
    expect(tables()).toBe(before);
  });

  it('9. a 50,000-row file', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`انجمن ${i}`, 'ملی', '', 'food', '1403/01/01', 'فعال', i]);
    const content = csv(rows, { header: HEADER_EN });
    expect(content.length).toBeLessThan(MAX_UPLOAD_BYTES);
    const report = await refused(content, 'fifty-thousand.csv', 422, 'too_many_rows');
    // Reading stops at the cap, so the message names the cap rather than a count never made.
    expect(report.errors[0]?.message).toContain('۲۰۰۰۰');
    expect(MAX_ROWS).toBe(20_000);
  });

  it('10. a zip bomb: declared sizes past the cap are refused before anything is inflated', async () => {
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_XLSX_UNCOMPRESSED_BYTES + 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    await refused(bomb, 'bomb.xlsx', 413, 'xlsx_too_large');
  });

  it('11. a zip whose declared sizes lie: inflation stops at the declared size', async () => {
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 1000 }]);
    await refused(liar, 'liar.xlsx', 422, 'broken_xlsx');
  });

  it('12. files disguised by their extension', async () => {
    await refused(Buffer.from('%PDF-1.7\n%âãÏÓ binary'), 'report.csv', 422, 'not_a_spreadsheet');
    await refused(csv([GOOD]), 'text.xlsx', 422, 'not_xlsx');
    await refused(await xlsx([GOOD]), 'really-xlsx.csv', 422, 'not_csv');
    await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xlsx', 422, 'xls_not_supported');
    await refused(zip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]), 'letter.xlsx', 422, 'no_sheet');
    await refused(csv([GOOD]), 'notes.txt', 415, 'unsupported_type');
  });

  it('a post without a file, or with a broken multipart body, is a Persian 400', async () => {
    const form = new FormData();
    form.set('dryRun', 'true');
    const none = await app.request('/api/import/organizations', {
      method: 'POST',
      headers: editor.headers,
      body: form,
    });
    expect(none.status).toBe(400);
    expect(((await none.json()) as ImportAnswer).error?.message).toMatch(/فایلی فرستاده نشده/);
    const broken = await app.request('/api/import/organizations', {
      method: 'POST',
      headers: { ...editor.headers, 'content-type': 'multipart/form-data; boundary=zzz' },
      body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nname',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ImportAnswer).error?.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('13. an unclosed quote', async () => {
    await refused(`${HEADER_FA.join(',')}\n"انجمن بی‌پایان,ملی,,food,1403/01/01,فعال,1\n`, 'quote.csv', 422, 'bad_csv');
  });
});

describe('rows with problems: the whole file is refused, every problem reported', () => {
  const rowErrors = async (
    rows: (string | number | { formula: string })[][],
    name = 'rows.csv',
    content?: Uint8Array,
  ) => {
    const report = await refused(content ?? csv(rows), name, 422, 'import_invalid');
    return report.errors.map((e) => [e.row, e.column, e.message] as const);
  };

  it('14. an impossible Jalali date, named with its row and column', async () => {
    const errors = await rowErrors([
      GOOD,
      [...GOOD.slice(0, 4), '1400/12/30', 'فعال', 1].map((v, i) => (i === 0 ? 'انجمن دوم' : v)),
    ]);
    expect(errors).toEqual([[3, 'تاریخ تشکیل', expect.stringMatching(/۱۴۰۰\/۱۲\/۳۰.*وجود ندارد/)]]);
  });

  it('15. an unknown province', async () => {
    const errors = await rowErrors([['انجمن', 'استانی', 'آتلانتیس', 'food', '1403/01/01', 'فعال', 1]]);
    expect(errors).toEqual([[2, 'استان', expect.stringMatching(/آتلانتیس.*شناخته نشد/)]]);
  });

  it('16. formula injection cells are data, and fail the columns that need a code or number', async () => {
    const errors = await rowErrors([
      ['=HYPERLINK("http://evil","x")', 'ملی', '', 'food', '1403/01/01', '+cmd|calc', '=1+1'],
    ]);
    expect(errors.map((e) => e[1])).toEqual(['وضعیت', 'تعداد اعضا']);
    const fromXlsx = await rowErrors(
      [],
      'formula.xlsx',
      await xlsx([['انجمن', 'ملی', '', 'food', '1403/01/01', 'فعال', { formula: 'SUM(1,2)' }]]),
    );
    expect(fromXlsx).toEqual([[2, 'تعداد اعضا', expect.stringMatching(/فرمول/)]]);
  });

  it('17. bad numbers', async () => {
    const errors = await rowErrors(
      ['دوازده', '-5', '12.5', '99999999999'].map((m, i) => [`انجمن ${i}`, 'ملی', '', 'food', '1403/01/01', 'فعال', m]),
    );
    expect(errors.map((e) => e[0])).toEqual([2, 3, 4, 5]);
    expect(errors.every((e) => e[1] === 'تعداد اعضا')).toBe(true);
  });

  it('18. duplicate rows within the file, however their letters are typed', async () => {
    const errors = await rowErrors([
      GOOD,
      ['انجمن صنايع همگن نمونه استان قم', 'استانی', 'IR-25', 'food', '1403/01/01', 'فعال', 2],
    ]);
    expect(errors).toEqual([[3, 'نام', expect.stringMatching(/تکراری.*ردیف ۲/)]]);
  });

  it('19. an unknown kind, a missing name, an unknown sector, a national association with a province', async () => {
    const errors = await rowErrors([
      ['انجمن', 'باشگاه', 'قم', 'food', '1403/01/01', 'فعال', 1],
      ['', 'ملی', '', 'food', '1403/01/01', 'فعال', 1],
      ['انجمن ب', 'ملی', '', 'فضانوردی', '1403/01/01', 'فعال', 1],
      ['انجمن پ', 'ملی', 'قم', 'food', '1403/01/01', 'فعال', 1],
    ]);
    expect(errors.map((e) => [e[0], e[1]])).toEqual([
      [2, 'نوع'],
      [3, 'نام'],
      [4, 'بخش'],
      [5, 'استان'],
    ]);
  });

  it('20. a dry run of a bad file reports the same problems with 422', async () => {
    const res = await upload(app, editor, csv([[...GOOD.slice(0, 4), '1403/13/01', 'فعال', 1]]), 'dry.csv', true);
    expect(res.status).toBe(422);
    const body = (await res.json()) as ImportAnswer;
    expect(body.report.dryRun).toBe(true);
    expect(body.report.errors[0]).toMatchObject({ row: 2, column: 'تاریخ تشکیل' });
  });
});
