import { spreadsheetSafe } from '@hamgen/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiClient } from '../../test/api-client.ts';
import { createTestApiAs } from '../../test/test-db.ts';
import { csv, HEADER_EN, type ImportAnswer, upload, xlsx } from './test-files.ts';

const { app, db, scalar, session: editor } = await createTestApiAs('editor');
const stats = apiClient(app).api.stats;

const total = async () => (await (await stats.overview.$get({ query: {} })).json()).kpis.total;
const inProvince = async (code: string) =>
  (await (await stats['by-province'].$get({ query: { province: code } })).json()).total;
const send = async (content: string | Uint8Array, name: string, dryRun: boolean) => {
  const res = await upload(app, editor, content, name, dryRun);
  return { status: res.status, body: (await res.json()) as ImportAnswer };
};

// Letter variants, ZWNJ and digits in every script; provinces by code and by name.
const VARIANTS = [
  [
    'انجمن صنايع همگن لبنيات استان كرمان',
    'انجمن صنایع همگن استانی',
    'كرمان',
    'صنایع غذایی',
    '١٤٠١/٠٢/٠١',
    'فعال',
    '۱٬۲۰۰',
  ],
  [
    'انجمن صنایع همگن چرم آذربایجان شرقی',
    'provincial_association',
    'آذربايجان‌شرقي',
    'leather',
    '۱۴۰۲/۳/۵',
    'در حال تشکیل',
    '۳۵',
  ],
  ['انجمن ملی صنایع همگن کاغذ', 'انجمن ملی', '', 'wood-paper', '1399/12/30', 'منحل‌شده', ''],
  [
    'خانه صنعت، معدن و تجارت استان تهران',
    'خانه صنعت، معدن و تجارت استان',
    'ir-23',
    'چندبخشی',
    '1403-05-12',
    'تعليق‌شده',
    80,
  ],
];

describe('a good CSV', () => {
  it('is reported row by row in a dry run, and nothing is written', async () => {
    const before = scalar('SELECT count(*) FROM organizations');
    const { status, body } = await send(csv(VARIANTS), 'دبیرخانه-۱۴۰۳.csv', true);
    expect(status).toBe(200);
    expect(body.error).toBeUndefined();
    expect(body.report).toMatchObject({
      dryRun: true,
      committed: false,
      format: 'csv',
      source: 'import:دبیرخانه-۱۴۰۳.csv',
    });
    expect(body.report.totals).toEqual({ rows: 4, add: 4, update: 0, unchanged: 0, errors: 0 });
    expect(body.report.rows.map((r) => [r.row, r.action, r.provinceCode])).toEqual([
      [2, 'add', 'IR-08'],
      [3, 'add', 'IR-03'],
      [4, 'add', null],
      [5, 'add', 'IR-23'],
    ]);
    expect(scalar('SELECT count(*) FROM organizations')).toBe(before);
  });

  it('imports completely when confirmed: counts, stats, source and audit change', async () => {
    const [before, kerman] = [await total(), await inProvince('IR-08')];
    const { status, body } = await send(csv(VARIANTS), 'دبیرخانه-۱۴۰۳.csv', false);
    expect(status).toBe(200);
    expect(body.report.committed).toBe(true);
    expect(await total()).toBe(before + 4);
    expect(await inProvince('IR-08')).toBe(kerman + 1);
    const rows = db.$client
      .prepare("SELECT * FROM organizations WHERE source = 'import:دبیرخانه-۱۴۰۳.csv' ORDER BY id")
      .all() as Record<string, unknown>[];
    expect(rows.map((r) => [r.established_on, r.jalali_year, r.members, r.status, r.sector_code])).toEqual([
      ['2022-04-21', 1401, 1200, 'active', 'food'],
      ['2023-05-26', 1402, 35, 'forming', 'leather'],
      ['2021-03-20', 1399, 0, 'dissolved', 'wood-paper'],
      ['2024-08-02', 1403, 80, 'suspended', 'multi'],
    ]);
    expect(rows.map((r) => r.id)).toEqual(body.report.rows.map((r) => r.id));
    // Text is stored as typed; the search column is normalized.
    expect(rows[0]?.name_fa).toBe(VARIANTS[0]?.[0]);
    expect(rows[0]?.search_text).toBe('انجمنصنایعهمگنلبنیاتاستانکرمان');
    const audit = db.$client
      .prepare("SELECT * FROM audit_events WHERE action = 'import' ORDER BY id DESC")
      .get() as Record<string, string>;
    expect(audit).toMatchObject({ entity: 'import', username: editor.user.username, note: 'import:دبیرخانه-۱۴۰۳.csv' });
    expect(JSON.parse(audit.after as string)).toMatchObject({ add: 4, addedIds: rows.map((r) => r.id) });
  });

  it('finds the same rows again on a second import: unchanged, nothing written', async () => {
    const version = scalar("SELECT sum(version) FROM organizations WHERE source LIKE 'import:%'");
    const { status, body } = await send(csv(VARIANTS, { bom: false }), 'again.csv', false);
    expect(status).toBe(200);
    expect(body.report.totals).toMatchObject({ add: 0, update: 0, unchanged: 4 });
    expect(scalar("SELECT sum(version) FROM organizations WHERE source LIKE 'import:%'")).toBe(version);
  });

  it('reads English headers and semicolon-separated files', async () => {
    const text = csv([['انجمن آزمایشی سمنان', 'استانی', 'سمنان', 'food', '1403/01/01', 'active', 3]], {
      header: HEADER_EN,
    });
    const { status, body } = await send(text.replace(/,/g, ';'), 'semicolon.csv', true);
    expect(status).toBe(200);
    expect(body.report.rows[0]).toMatchObject({ action: 'add', provinceCode: 'IR-20' });
  });
});

describe('a good XLSX', () => {
  it('updates a matching association, adds the rest, and keeps formula-like text as data', async () => {
    const existing = db.$client
      .prepare(
        "SELECT id, name_fa, province_code, members, version FROM organizations WHERE source = 'demo' AND province_code = 'IR-08' LIMIT 1",
      )
      .get() as { id: number; name_fa: string; province_code: string; members: number; version: number };
    const arabic = existing.name_fa.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    const file = await xlsx([
      [arabic, 'انجمن صنایع همگن استانی', 'IR-08', 'food', '1398/01/15', 'فعال', existing.members + 7],
      ['=HYPERLINK("http://evil.example","کلیک")', 'ملی', '', 'chemicals', '1400/06/31', 'فعال', 12],
      ['+98 انجمن تلفن', 'ملی', '', 'electrical', '1400/07/01', 'فعال', 5],
    ]);
    const before = await total();
    const dry = await send(file, 'registry.xlsx', true);
    expect(dry.status).toBe(200);
    expect(dry.body.report.rows.map((r) => [r.action, r.id])).toEqual([
      ['update', existing.id],
      ['add', null],
      ['add', null],
    ]);
    expect(dry.body.report.rows[0]?.changes).toContain('members');

    const real = await send(file, 'registry.xlsx', false);
    expect(real.status).toBe(200);
    expect(await total()).toBe(before + 2);
    const updated = db.$client.prepare('SELECT * FROM organizations WHERE id = ?').get(existing.id) as Record<
      string,
      unknown
    >;
    expect(updated).toMatchObject({
      members: existing.members + 7,
      version: existing.version + 1,
      source: 'import:registry.xlsx',
      name_fa: arabic,
    });
    const stored = scalar(
      "SELECT name_fa FROM organizations WHERE source = 'import:registry.xlsx' AND kind = 'national_association' AND sector_code = 'chemicals'",
    ) as unknown as string;
    expect(stored).toBe('=HYPERLINK("http://evil.example","کلیک")');
    expect(spreadsheetSafe(stored)).toBe(`'${stored}`);
    const audit = db.$client
      .prepare("SELECT before, after, note FROM audit_events WHERE action = 'update' AND entity_id = ?")
      .get(String(existing.id)) as Record<string, string>;
    expect(JSON.parse(audit.before as string).members).toBe(existing.members);
    expect(JSON.parse(audit.after as string).members).toBe(existing.members + 7);
    expect(audit.note).toBe('import:registry.xlsx');
  });
});

describe('templates', () => {
  it('the CSV template has a BOM and the Persian headers, and imports cleanly', async () => {
    const res = await app.request('/api/import/organizations/template.csv', { headers: { cookie: editor.cookie } });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('نام,نوع,استان,بخش,تاریخ تشکیل,وضعیت,تعداد اعضا');
    const { status, body } = await send(bytes, 'template.csv', true);
    expect(status).toBe(200);
    expect(body.report.rows).toHaveLength(1);
  });

  it('the XLSX template is right-to-left and imports cleanly', async () => {
    const res = await app.request('/api/import/organizations/template.xlsx', { headers: { cookie: editor.cookie } });
    expect(res.headers.get('content-disposition')).toContain('template.xlsx');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]?.rightToLeft).toBe(true);
    expect(sheet?.getRow(1).getCell(1).value).toBe('نام');
    const { status, body } = await send(bytes, 'template.xlsx', true);
    expect(status).toBe(200);
    expect(body.report.totals.rows).toBe(1);
  });
});
