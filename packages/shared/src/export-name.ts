// One way to name an exported file, on the server (Content-Disposition) and in the browser alike:
// `hamgen-by-province-1399-textiles-view.csv`. ASCII only, so every mail client and file system
// keeps it; a different filter or variant always gives a different name, so downloads of the
// same chart under other filters do not overwrite each other.
import { periodSlug } from './describe-filter.ts';

type NameValue = string | number | boolean | undefined | null;

export interface ExportNameParts {
  /** What the file holds: `by-province`, `map`, `timeline`, `decisions`… */
  dataset: string;
  /** Filters and view options; `from`/`to` become the period, the rest follow in a fixed order. */
  filter?: Record<string, NameValue>;
  /** `view` (the chart's numbers as shown) or `all` (every filtered row from the server). */
  variant?: string;
  format: string;
}

// Codes (sector, province, status…) are written as they are; free text (a search, a topic) is
// not ASCII, so it is written as a short hash that still tells two searches apart.
const CODE_KEYS = ['province', 'provinces', 'sector', 'kind', 'status', 'stack', 'measure'] as const;
const FLAG_KEYS = ['overdue'] as const;
const TEXT_KEYS = ['topic', 'q'] as const;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** FNV-1a, 32 bits, as 8 hex digits: stable across Node and browsers, no crypto API needed. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text.normalize('NFC')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const year = (value: NameValue) => {
  const n = Number(value);
  return value === undefined || value === null || value === '' || !Number.isInteger(n) ? undefined : n;
};

export function exportFileName({ dataset, filter = {}, variant, format }: ExportNameParts): string {
  const parts = ['hamgen', slug(dataset), periodSlug({ from: year(filter.from), to: year(filter.to) })];
  for (const key of CODE_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== null && value !== '') parts.push(slug(String(value)));
  }
  for (const key of FLAG_KEYS) if (filter[key] === true || filter[key] === 'true') parts.push(key);
  for (const key of TEXT_KEYS) {
    const value = filter[key];
    if (typeof value === 'string' && value.trim()) parts.push(`${key}-${shortHash(value.trim())}`);
  }
  if (variant) parts.push(slug(variant));
  return `${parts.filter(Boolean).join('-')}.${slug(format)}`;
}
