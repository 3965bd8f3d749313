// From an uploaded file to a sheet: the extension says what the file claims to be, the first
// bytes say what it is, and the two must agree — a PDF renamed .csv or a text file renamed .xlsx
// is refused with a reason, never half-parsed.
import { ImportRefusal, MAX_UPLOAD_BYTES, MB } from './import-report.ts';
import { parseXlsx } from './parse-xlsx.ts';
import { decodeCsv, parseCsv } from './read-csv.ts';
import { zipRefusal } from './read-xlsx.ts';
import type { Sheet } from './sheet.ts';

export type UploadFormat = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'binary' | 'text' {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  if (
    startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || // %PDF
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || // PNG
    startsWith(bytes, 0xff, 0xd8, 0xff) || // JPEG
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38) || // GIF
    startsWith(bytes, 0x1f, 0x8b) // gzip
  ) {
    return 'binary';
  }
  return 'text';
}

/**
 * The name stored in `source` (import:<name>) or kept with an attachment: no path, no control or
 * bidi-override characters, not too long. ZWNJ and ZWJ stay: Persian words need them («صورت‌جلسه»).
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  return (
    base
      .replace(/(?![\u200c\u200d])[\p{Cc}\p{Cf}]/gu, '')
      .trim()
      .slice(0, 120) || 'file'
  );
}

export function formatOf(fileName: string): UploadFormat {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'xlsx') return ext;
  if (ext === 'xls')
    throw new ImportRefusal(
      415,
      'xls_not_supported',
      'قالب قدیمی XLS پشتیبانی نمی‌شود؛ فایل را در اکسل با قالب XLSX ذخیره کنید',
    );
  throw new ImportRefusal(415, 'unsupported_type', 'فقط فایل CSV یا XLSX پذیرفته می‌شود');
}

export async function readUpload(file: File, format: UploadFormat): Promise<Sheet> {
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new ImportRefusal(413, 'file_too_large', `حجم فایل بیش از ${MB(MAX_UPLOAD_BYTES)} مگابایت است`);
  }
  if (file.size === 0) throw new ImportRefusal(422, 'empty_file', 'فایل خالی است');
  const bytes = Buffer.from(await file.arrayBuffer());
  const kind = sniff(bytes);
  if (kind === 'ole') {
    throw new ImportRefusal(
      422,
      'xls_not_supported',
      'این فایل در واقع XLS قدیمی است؛ آن را در اکسل با قالب XLSX ذخیره کنید',
    );
  }
  if (kind === 'binary') {
    throw new ImportRefusal(422, 'not_a_spreadsheet', 'این فایل صفحه‌گسترده نیست (پسوند آن با محتوایش نمی‌خواند)');
  }
  if (format === 'xlsx') {
    // No worker is started for what is plainly not a zip.
    if (kind !== 'zip') throw zipRefusal('not_zip');
    return parseXlsx(bytes);
  }
  if (kind === 'zip') {
    throw new ImportRefusal(422, 'not_csv', 'این فایل CSV نیست (محتوای آن XLSX یا فشرده است)؛ با پسوند .xlsx بفرستید');
  }
  return { rows: parseCsv(decodeCsv(bytes)) };
}
