// Reading one cell of each column. Codes and Persian names are both accepted (IR-03 or «آذربایجان
// شرقی», food or «صنایع غذایی»), compared after normalization so Arabic letters, ZWNJ and digits
// in any script all match; a value that matches nothing gets a reason naming what would.
import {
  checkJalaliText,
  compactFa,
  jalaliDateMessage,
  KIND_LABELS_FA,
  type OrganizationKind,
  type OrganizationStatus,
  PROVINCES,
  SECTORS,
  STATUS_LABELS_FA,
  toAsciiDigits,
  toPersianDigits,
} from '@hamgen/shared';

export type Parsed<T> = { value: T } | { error: string };

/** Normalized and without punctuation: «خانه صنعت، معدن و تجارت» = «خانه صنعت معدن و تجارت». */
const key = (text: string) => compactFa(text).replace(/\p{P}/gu, '');

function vocabulary<T extends string>(entries: [T, string[]][]): Map<string, T> {
  return new Map(entries.flatMap(([code, words]) => [code, ...words].map((w) => [key(w), code] as const)));
}

const KIND_WORDS: Record<OrganizationKind, string[]> = {
  provincial_association: [KIND_LABELS_FA.provincial_association, 'انجمن استانی', 'استانی', 'انجمن صنایع همگن'],
  national_association: [KIND_LABELS_FA.national_association, 'ملی', 'انجمن ملی صنایع همگن', 'national'],
  provincial_house: [KIND_LABELS_FA.provincial_house, 'خانه صنعت', 'خانه صنعت معدن و تجارت'],
  other: [KIND_LABELS_FA.other, 'سایر', 'دیگر'],
};
const STATUS_WORDS: Record<OrganizationStatus, string[]> = {
  forming: [STATUS_LABELS_FA.forming, 'تشکیل'],
  active: [STATUS_LABELS_FA.active],
  suspended: [STATUS_LABELS_FA.suspended, 'تعلیق', 'معلق'],
  dissolved: [STATUS_LABELS_FA.dissolved, 'منحل', 'انحلال'],
};
const KINDS = vocabulary(Object.entries(KIND_WORDS) as [OrganizationKind, string[]][]);
const STATUSES = vocabulary(Object.entries(STATUS_WORDS) as [OrganizationStatus, string[]][]);
const PROVINCE_NAMES = vocabulary(PROVINCES.map((p) => [p.code, [p.nameFa, `استان ${p.nameFa}`, p.nameEn]]));
const SECTOR_NAMES = vocabulary(SECTORS.map((s) => [s.code, [s.nameFa, s.nameEn]]));

const listOf = (labels: string[]) => labels.map((l) => `«${l}»`).join('، ');

export function parseKind(text: string): Parsed<OrganizationKind> {
  const value = KINDS.get(key(text));
  if (value) return { value };
  return { error: `نوع «${text}» شناخته نشد؛ یکی از ${listOf(Object.values(KIND_LABELS_FA))}` };
}

export function parseStatus(text: string): Parsed<OrganizationStatus> {
  const value = STATUSES.get(key(text));
  if (value) return { value };
  return { error: `وضعیت «${text}» شناخته نشد؛ یکی از ${listOf(Object.values(STATUS_LABELS_FA))}` };
}

/** A current ISO code (IR-00..IR-30, any digits) or a province's name; empty is null. */
export function parseProvince(text: string): Parsed<string | null> {
  if (text.trim() === '') return { value: null };
  const code = /^IR-?(\d{2})$/i.exec(toAsciiDigits(text.trim()));
  const byCode = code ? PROVINCES.find((p) => p.code === `IR-${code[1]}`) : undefined;
  const value = byCode?.code ?? PROVINCE_NAMES.get(key(text));
  if (value) return { value };
  return { error: `استان «${text}» شناخته نشد؛ نام استان (مانند «آذربایجان شرقی») یا کد آن (مانند IR-03) را بنویسید` };
}

export function parseSector(text: string): Parsed<string> {
  const value = SECTORS.find((s) => s.code === text.trim().toLowerCase())?.code ?? SECTOR_NAMES.get(key(text));
  if (value) return { value };
  return { error: `بخش «${text}» شناخته نشد؛ یکی از ${listOf(SECTORS.map((s) => s.nameFa))}` };
}

export function parseJalaliCell(text: string, label: string): Parsed<{ iso: string; year: number }> {
  const check = checkJalaliText(text);
  return check.ok
    ? { value: { iso: check.iso, year: check.year } }
    : { error: jalaliDateMessage(label, text, check.reason) };
}

const MAX_MEMBERS = 10_000_000;

/** Empty is 0; digits in any script, thousands separators allowed; nothing else. */
export function parseMembers(text: string, label: string): Parsed<number> {
  const digits = toAsciiDigits(text.trim()).replace(/[,٬،\s]/g, '');
  if (digits === '') return { value: 0 };
  const value = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (Number.isInteger(value) && value <= MAX_MEMBERS) return { value };
  return { error: `${label} «${text}» عدد صحیح نامنفی (حداکثر ${toPersianDigits(MAX_MEMBERS)}) نیست` };
}
