// The import template: the Persian headers in the order the import reads them and one example
// row, as CSV (UTF-8 with a BOM, so Excel shows Persian) and as a right-to-left XLSX with a
// second sheet listing the accepted values.
import { KIND_LABELS_FA, PROVINCES, SECTORS, STATUS_LABELS_FA, toCsv } from '@hamgen/shared';
import { loadExcelJS } from '../../lib/exceljs.ts';
import { COLUMN_KEYS, COLUMNS } from './columns.ts';

const EXAMPLE = [
  'انجمن صنایع همگن فرآورده‌های لبنی استان تهران',
  KIND_LABELS_FA.provincial_association,
  'تهران',
  'صنایع غذایی',
  '1403/05/12',
  STATUS_LABELS_FA.active,
  25,
];

export function templateCsv(): string {
  const columns = COLUMN_KEYS.map(
    (k) => ({ header: COLUMNS[k].fa, type: k === 'members' ? 'number' : 'text' }) as const,
  );
  return toCsv(columns, [EXAMPLE]);
}

export async function templateXlsx(): Promise<Buffer> {
  const Excel = await loadExcelJS();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Hamgen';
  const sheet = workbook.addWorksheet('تشکل‌ها', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMN_KEYS.map((k) => ({ header: COLUMNS[k].fa, width: k === 'nameFa' ? 48 : 22 }));
  sheet.getRow(1).font = { bold: true };
  // Dates stay text: Excel would otherwise read 1403/05/12 as something else.
  sheet.getColumn(COLUMN_KEYS.indexOf('establishedOn') + 1).numFmt = '@';
  sheet.addRow(EXAMPLE);

  const guide = workbook.addWorksheet('مقادیر مجاز', { views: [{ rightToLeft: true }] });
  guide.columns = [
    { header: 'نوع', width: 34 },
    { header: 'وضعیت', width: 18 },
    { header: 'بخش', width: 26 },
    { header: 'استان', width: 22 },
    { header: 'کد استان', width: 12 },
  ];
  guide.getRow(1).font = { bold: true };
  const kinds = Object.values(KIND_LABELS_FA);
  const statuses = Object.values(STATUS_LABELS_FA);
  for (let i = 0; i < PROVINCES.length; i++) {
    const p = PROVINCES[i];
    guide.addRow([
      kinds[i] ?? null,
      statuses[i] ?? null,
      SECTORS[i]?.nameFa ?? null,
      p?.nameFa ?? null,
      p?.code ?? null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
