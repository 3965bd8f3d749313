// The server's side of the spreadsheet worker: one XLSX at a time (a second waits, a crowd is
// turned away), in a worker with 256 MB of heap and 20 s; a breach is a Persian 413/422.
import { toPersianDigits } from '@hamgen/shared';
import { Busy, createLimiter } from '../../lib/concurrency.ts';
import { runWorker, WorkerLimit } from '../../lib/run-worker.ts';
import { type ImportIssue, ImportRefusal } from './import-report.ts';
import type { Sheet } from './sheet.ts';

export type XlsxAnswer =
  | { ok: true; rows: Sheet['rows'] }
  | { ok: false; status: ImportRefusal['status']; code: string; message: string; issues: ImportIssue[] };

export const XLSX_WORKER_LIMITS = { heapMb: 256, timeoutMs: 20_000 };
const parsing = createLimiter(1, 4);

const TOO_COMPLEX =
  'خواندن این فایل XLSX بیش از حد حافظه یا زمان می‌گرفت و متوقف شد؛ فایل را ساده‌تر کنید یا به چند بخش تقسیم کنید';

export async function parseXlsx(bytes: Buffer): Promise<Sheet> {
  let answer: XlsxAnswer;
  try {
    // A copy the worker owns: the request's buffer stays where it is.
    const copy = new Uint8Array(bytes).buffer;
    answer = await parsing.run(() => runWorker<XlsxAnswer>('xlsx', copy, [copy], XLSX_WORKER_LIMITS));
  } catch (err) {
    if (err instanceof Busy) {
      throw new ImportRefusal(429, 'import_busy', 'چند فایل دیگر در حال خواندن است؛ چند ثانیه بعد دوباره بفرستید');
    }
    if (!(err instanceof WorkerLimit)) throw err;
    if (err.breach === 'time') {
      const seconds = toPersianDigits(XLSX_WORKER_LIMITS.timeoutMs / 1000);
      throw new ImportRefusal(422, 'xlsx_too_slow', `خواندن فایل XLSX بیش از ${seconds} ثانیه طول کشید و متوقف شد`);
    }
    if (err.breach === 'memory') throw new ImportRefusal(413, 'xlsx_too_complex', TOO_COMPLEX);
    throw new ImportRefusal(422, 'broken_xlsx', TOO_COMPLEX);
  }
  if (answer.ok) return { rows: answer.rows };
  throw new ImportRefusal(answer.status, answer.code, answer.message, answer.issues);
}
