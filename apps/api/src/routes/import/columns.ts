// The import's columns: Persian headers (what the template writes) and English keys, matched
// after Persian normalization so «تاريخ تشكيل» or «تاریخ‌تشکیل» still find their column. An
// unknown header is refused rather than ignored: a misspelt optional column must not silently
// drop its data.
import { compactFa, toPersianDigits } from '@hamgen/shared';
import { type ImportIssue, ImportRefusal } from './import-report.ts';
import { type Cell, cellText } from './sheet.ts';

export const COLUMN_KEYS = ['nameFa', 'kind', 'province', 'sector', 'establishedOn', 'status', 'members'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const COLUMNS: Record<ColumnKey, { fa: string; en: string; aliases: string[]; required: boolean }> = {
  nameFa: { fa: 'نام', en: 'name_fa', aliases: ['نام تشکل'], required: true },
  kind: { fa: 'نوع', en: 'kind', aliases: ['نوع تشکل'], required: true },
  province: { fa: 'استان', en: 'province', aliases: ['province_code', 'کد استان'], required: true },
  sector: { fa: 'بخش', en: 'sector', aliases: ['sector_code', 'بخش صنعتی'], required: true },
  establishedOn: { fa: 'تاریخ تشکیل', en: 'established_on', aliases: [], required: true },
  status: { fa: 'وضعیت', en: 'status', aliases: ['وضعیت تشکل'], required: true },
  members: { fa: 'تعداد اعضا', en: 'members', aliases: ['اعضا'], required: false },
};

const headerKey = (text: string) => compactFa(text);
const KEY_OF_HEADER = new Map<string, ColumnKey>(
  COLUMN_KEYS.flatMap((key) =>
    [COLUMNS[key].fa, COLUMNS[key].en, ...COLUMNS[key].aliases].map((h) => [headerKey(h), key] as const),
  ),
);

export interface HeaderMap {
  /** Column index of each key found. */
  index: Partial<Record<ColumnKey, number>>;
  /** The header as written, for messages. */
  label: Record<ColumnKey, string>;
}

const ACCEPTED = COLUMN_KEYS.map((k) => `«${COLUMNS[k].fa}» (${COLUMNS[k].en})`).join('، ');

export function mapHeader(header: { row: number; cells: Cell[] }): HeaderMap {
  const index: HeaderMap['index'] = {};
  const label = Object.fromEntries(COLUMN_KEYS.map((k) => [k, COLUMNS[k].fa])) as HeaderMap['label'];
  const issues: ImportIssue[] = [];
  header.cells.forEach((cell, i) => {
    const text = cellText(cell).trim();
    if (text === '') return;
    const key = KEY_OF_HEADER.get(headerKey(text));
    const column = text;
    if (!key) {
      issues.push({ row: header.row, column, message: `ستون «${text}» شناخته نمی‌شود؛ ستون‌های پذیرفته: ${ACCEPTED}` });
    } else if (index[key] !== undefined) {
      const first = toPersianDigits((index[key] as number) + 1);
      issues.push({
        row: header.row,
        column,
        message: `ستون «${text}» دو بار آمده است (ستون ${first} و ${toPersianDigits(i + 1)})`,
      });
    } else {
      index[key] = i;
      label[key] = text;
    }
  });
  for (const key of COLUMN_KEYS) {
    if (COLUMNS[key].required && index[key] === undefined) {
      const message = `ستون «${COLUMNS[key].fa}» (${COLUMNS[key].en}) در سطر سرستون نیست`;
      issues.push({ row: header.row, column: COLUMNS[key].fa, message });
    }
  }
  if (issues.length > 0) {
    throw new ImportRefusal(422, 'bad_header', `سرستون‌های فایل درست نیست: ${issues[0]?.message}`, issues);
  }
  return { index, label };
}
