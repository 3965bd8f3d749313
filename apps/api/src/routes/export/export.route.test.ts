import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiClient, errorBody } from '../../test/api-client.ts';
import { createTestApi, insertRawOrganization } from '../../test/test-db.ts';

const { app, db } = createTestApi();
const stats = apiClient(app).api.stats;

/** A small RFC 4180 reader, enough to check what Excel will see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

describe('GET /api/export/<dataset>.csv', () => {
  it('starts with a BOM, has Persian headers and ASCII numbers equal to the API', async () => {
    const res = await app.request('/api/export/by-province.csv?from=1399&to=1399');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('filename="hamgen-by-province-1399-all.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'کد استان',
      'استان',
      'تعداد',
      'از آن داده نمونه',
      'جمعیت (سرشماری عمومی نفوس و مسکن ۱۳۹۵، مرکز آمار ایران)',
      'در هر میلیون نفر',
    ]);
    expect(rows).toHaveLength(32);
    const api = await (await stats['by-province'].$get({ query: { from: '1399', to: '1399' } })).json();
    for (const apiRow of api.rows) {
      const csvRow = rows.find((r) => r[0] === apiRow.province);
      expect(csvRow?.[2], apiRow.province).toBe(String(apiRow.count));
    }
  });

  it('never writes a formula: text starting with = + - @ gets an apostrophe', async () => {
    insertRawOrganization(db, {
      nameFa: '=HYPERLINK("http://evil")',
      provinceCode: 'IR-23',
      sectorCode: 'food',
      searchText: 'x',
    });
    const text = await (await app.request('/api/export/organizations.csv?from=1399&to=1399')).text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    db.$client.prepare("DELETE FROM organizations WHERE source = 'manual'").run();
  });

  it('exports a comparison: one row per year, the median, totals and the census figures', async () => {
    const res = await app.request('/api/export/compare.csv?provinces=IR-03,IR-23&from=1398&to=1400');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('hamgen-compare-1398-1400-ir-03-ir-23-all.csv');
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['سال (خورشیدی)', 'آذربایجان شرقی', 'تهران', 'میانه کشوری']);
    const api = await (
      await stats.compare.$get({ query: { provinces: 'IR-03,IR-23', from: '1398', to: '1400' } })
    ).json();
    expect(rows.slice(1, 4)).toEqual(
      api.median.map((m, i) => [
        String(m.year),
        ...api.provinces.map((p) => String(p.series[i]?.count)),
        String(m.count),
      ]),
    );
    const census = rows.find((r) => r[0]?.includes('مرکز آمار ایران'));
    expect(census?.slice(1, 3)).toEqual(['3909652', '13267637']);
  });

  it('adds meetings per year to the timeline export', async () => {
    const rows = parseCsv((await (await app.request('/api/export/timeline.csv?from=1399&to=1399')).text()).slice(1));
    expect(rows[0]?.[3]).toBe('جلسات کمیسیون');
    const meetings = db.$client.prepare('SELECT count(*) FROM meetings WHERE jalali_year = 1399').pluck().get();
    expect(rows[1]?.[3]).toBe(String(meetings));
  });

  it.each(['timeline', 'by-sector', 'organizations', 'decisions'])('exports %s', async (dataset) => {
    const res = await app.request(`/api/export/${dataset}.csv`);
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]?.[0]).toMatch(/[\u0600-\u06FF]/);
  });

  it.each([
    ['/api/export/unknown.csv', 400],
    ['/api/export/by-province.pdf', 400],
    ['/api/export/by-province.csv?from=abc', 400],
    ['/api/export/decisions.csv?status=bogus', 400],
    ['/api/export/organizations.xlsx?pageSize=0', 400],
    ['/api/export/compare.csv?provinces=IR-03', 400],
    ['/api/export/compare.xlsx?provinces=IR-03,IR-03', 400],
  ])('%s -> %i', async (path, status) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect((await errorBody(res)).error.message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('GET /api/export/<dataset>.xlsx', () => {
  it('is right-to-left with numeric cells and a metadata sheet', async () => {
    const res = await app.request('/api/export/by-province.xlsx?from=1399&to=1399');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('filename="hamgen-by-province-1399-all.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const [data, meta] = workbook.worksheets;
    expect(data?.views[0]?.rightToLeft).toBe(true);
    expect(data?.getRow(1).font?.bold).toBe(true);
    expect(data?.getCell('A1').value).toBe('کد استان');
    expect(data?.rowCount).toBe(32);
    let total = 0;
    data?.eachRow((row, n) => {
      if (n === 1) return;
      const count = row.getCell(3).value;
      expect(typeof count).toBe('number');
      total += count as number;
    });
    expect(total).toBe(15);
    expect(meta?.name).toBe('اطلاعات');
    const metaText = JSON.stringify(meta?.getSheetValues());
    expect(metaText).toContain('سال ۱۳۹۹');
    expect(metaText).toContain('داده نمونه');
    expect(metaText).toContain('مرکز آمار ایران');
  });

  it('writes the filter line in the language and calendar that asked for the file', async () => {
    const res = await app.request('/api/export/by-sector.xlsx?from=1399&to=1399&province=IR-03&lang=en&cal=gregorian');
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const [data, meta] = workbook.worksheets;
    const metaText = JSON.stringify(meta?.getSheetValues());
    expect(metaText).toContain('Year 2020–21 · Province: East Azerbaijan');
    expect(metaText).toMatch(/Exported on","[A-Z][a-z]+ \d{1,2}, 20\d\d"/);
    expect(data?.views[0]?.rightToLeft).toBe(false);
    expect(data?.getRow(1).values).toEqual([undefined, 'Sector code', 'Industrial sector', 'Count', 'Of which demo']);
    // Only the stored Persian names of associations and decisions stay Persian in English files.
    expect(JSON.stringify(data?.getSheetValues()) + metaText).not.toMatch(/[\u0600-\u06FF]/);
  });

  it('names files by dataset, filters and variant, so two filters never share a name', async () => {
    // One after another: exports are built one at a time per process (a third at once gets 429).
    const names: (string | null)[] = [];
    for (const query of ['from=1399&to=1399', 'from=1399&to=1399&sector=textiles', 'sector=food']) {
      const res = await app.request(`/api/export/by-province.csv?${query}`);
      names.push(res.headers.get('content-disposition'));
    }
    expect(names).toEqual([
      'attachment; filename="hamgen-by-province-1399-all.csv"',
      'attachment; filename="hamgen-by-province-1399-textiles-all.csv"',
      'attachment; filename="hamgen-by-province-all-years-food-all.csv"',
    ]);
  });
});
