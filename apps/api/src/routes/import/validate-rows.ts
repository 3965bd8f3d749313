// From cells to association rows: every cell is read by its column's parser, and every problem
// is collected (not just the first) with its row, column and reason, so one dry run shows the
// user everything to fix. Duplicates within the file (same normalized name and province) are
// problems too: which of the two should win is the user's call.
import {
  type OrganizationKind,
  type OrganizationStatus,
  organizationProvinceIssue,
  toPersianDigits,
} from '@hamgen/shared';
import { organizationSearchText } from '../../db/normalized-columns.ts';
import type { OrganizationFields } from '../../db/schema.ts';
import {
  type Parsed,
  parseJalaliCell,
  parseKind,
  parseMembers,
  parseProvince,
  parseSector,
  parseStatus,
} from './cell-values.ts';
import { type ColumnKey, type HeaderMap, mapHeader } from './columns.ts';
import { type ImportIssue, ImportRefusal, MAX_ROWS } from './import-report.ts';
import { type Cell, isBlankRow, type Sheet } from './sheet.ts';

export interface ImportRow extends OrganizationFields {
  row: number;
  /** Normalized name + province: how rows are matched to each other and to the registry. */
  key: string;
  /** The name's search text, as stored for search (organizationSearchText). */
  searchText: string;
}

const CELL_PROBLEMS = {
  formula: (text: string) => `این خانه فرمول دارد (${text})؛ فرمول‌ها اجرا نمی‌شوند، مقدار را بنویسید`,
  date: () => 'این خانه تاریخ میلادی اکسل است؛ تاریخ خورشیدی را به شکل متن بنویسید، مانند ۱۴۰۳/۰۵/۱۲',
  error: (text: string) => `این خانه خطای اکسل دارد (${text})`,
};

/** A column holds few distinct values (31 provinces, 4 kinds…): each is read once per file. */
function memo<T>(parse: (text: string) => Parsed<T>): (text: string) => Parsed<T> {
  const seen = new Map<string, Parsed<T>>();
  return (text) => {
    let result = seen.get(text);
    if (!result) {
      result = parse(text);
      seen.set(text, result);
    }
    return result;
  };
}

type Parsers = ReturnType<typeof makeParsers>;
const makeParsers = () => ({
  kind: memo(parseKind),
  province: memo(parseProvince),
  sector: memo(parseSector),
  status: memo(parseStatus),
  date: memo((t) => parseJalaliCell(t, 'تاریخ تشکیل')),
});

/** Rows match when their compact names (compactFa) and provinces are equal. */
export function matchKey(searchText: string, provinceCode: string | null): string {
  return `${searchText}|${provinceCode ?? ''}`;
}

function readRow(
  row: { row: number; cells: Cell[] },
  header: HeaderMap,
  parsers: Parsers,
  issues: ImportIssue[],
): ImportRow | null {
  const before = issues.length;
  const text = (key: ColumnKey): string | null => {
    const i = header.index[key];
    const cell = i === undefined ? '' : (row.cells[i] ?? '');
    if (typeof cell === 'string') return cell.trim();
    issues.push({ row: row.row, column: header.label[key], message: CELL_PROBLEMS[cell.kind](cell.text) });
    return null;
  };
  const read = <T>(key: ColumnKey, parse: (t: string) => Parsed<T>): T | undefined => {
    const t = text(key);
    if (t === null) return undefined;
    const result = parse(t);
    if ('value' in result) return result.value;
    issues.push({ row: row.row, column: header.label[key], message: result.error });
    return undefined;
  };

  const nameFa = read('nameFa', (t) =>
    t === ''
      ? { error: 'نام تشکل خالی است' }
      : t.length > 300
        ? { error: 'نام تشکل بیش از ۳۰۰ نویسه است' }
        : { value: t },
  );
  const kind = read('kind', parsers.kind);
  const provinceCode = read('province', parsers.province);
  const sectorCode = read('sector', parsers.sector);
  const date = read('establishedOn', parsers.date);
  const status = read('status', parsers.status);
  const members = read('members', (t) => parseMembers(t, 'تعداد اعضا'));
  if (kind !== undefined && provinceCode !== undefined) {
    const problem = organizationProvinceIssue(kind, provinceCode);
    if (problem) issues.push({ row: row.row, column: header.label.province, message: problem });
  }
  if (issues.length > before) return null;
  const searchText = organizationSearchText({ nameFa: nameFa as string });
  return {
    row: row.row,
    searchText,
    key: matchKey(searchText, provinceCode as string | null),
    nameFa: nameFa as string,
    kind: kind as OrganizationKind,
    provinceCode: provinceCode as string | null,
    sectorCode: sectorCode as string,
    establishedOn: date?.iso as string,
    jalaliYear: date?.year as number,
    status: status as OrganizationStatus,
    members: members ?? 0,
  };
}

export function validateRows(sheet: Sheet): {
  rows: ImportRow[];
  issues: ImportIssue[];
  dataRows: number;
  header: HeaderMap;
} {
  const nonBlank = sheet.rows.filter((r) => !isBlankRow(r.cells));
  const [headerRow, ...data] = nonBlank;
  if (!headerRow) throw new ImportRefusal(422, 'empty_file', 'فایل خالی است؛ سطر سرستون و دست‌کم یک ردیف لازم است');
  const header = mapHeader(headerRow);
  if (data.length === 0) throw new ImportRefusal(422, 'no_rows', 'فایل جز سطر سرستون ردیفی ندارد');
  if (data.length > MAX_ROWS) {
    throw new ImportRefusal(
      422,
      'too_many_rows',
      `فایل ${toPersianDigits(data.length)} ردیف دارد؛ هر بار حداکثر ${toPersianDigits(MAX_ROWS)} ردیف درون‌ریزی می‌شود. فایل را به چند بخش تقسیم کنید`,
    );
  }
  const issues: ImportIssue[] = [];
  const rows: ImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  const parsers = makeParsers();
  for (const r of data) {
    const parsed = readRow(r, header, parsers, issues);
    if (!parsed) continue;
    const first = firstRowOf.get(parsed.key);
    if (first !== undefined) {
      const message = `ردیف تکراری: همین نام و استان در ردیف ${toPersianDigits(first)} هم آمده است`;
      issues.push({ row: r.row, column: header.label.nameFa, message });
      continue;
    }
    firstRowOf.set(parsed.key, r.row);
    rows.push(parsed);
  }
  return { rows, issues, dataRows: data.length, header };
}
