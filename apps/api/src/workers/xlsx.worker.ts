// Reads one uploaded XLSX into rows, away from the server's event loop and heap: the parent
// (routes/import/parse-xlsx.ts) caps this thread's memory and time and terminates it on breach.
import { parentPort } from 'node:worker_threads';
import { ImportRefusal } from '../routes/import/import-report.ts';
import type { XlsxAnswer } from '../routes/import/parse-xlsx.ts';
import { readXlsx } from '../routes/import/read-xlsx.ts';

parentPort?.once('message', async (bytes: ArrayBuffer) => {
  let answer: XlsxAnswer;
  try {
    answer = { ok: true, rows: (await readXlsx(Buffer.from(bytes))).rows };
  } catch (err) {
    if (!(err instanceof ImportRefusal)) throw err;
    answer = { ok: false, status: err.status, code: err.code, message: err.message, issues: err.issues };
  }
  parentPort?.postMessage(answer);
});
