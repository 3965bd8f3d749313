import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadImport } from './import-upload.ts';
import { ApiRequestError } from './read-answer.ts';

const report = { dryRun: true, committed: false, fileName: 'a.csv', totals: { rows: 1, errors: 1 } };

const answer = (body: unknown, status: number) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );

describe('uploadImport', () => {
  afterEach(() => vi.unstubAllGlobals());
  const file = new File(['nameFa\n'], 'a.csv', { type: 'text/csv' });

  it('reads a clean run as a report', async () => {
    answer({ report }, 200);
    await expect(uploadImport(file, true, 'tok')).resolves.toEqual({ ok: true, message: null, report });
  });

  it('reads a refusal that carries a report as a report with its message', async () => {
    answer({ error: { code: 'import_invalid', message: 'فایل ۱ ایراد دارد' }, report }, 422);
    await expect(uploadImport(file, true, 'tok')).resolves.toEqual({ ok: false, message: 'فایل ۱ ایراد دارد', report });
  });

  it('throws a refusal without a report (no session, CSRF)', async () => {
    answer({ error: { code: 'csrf', message: 'نشانه نامعتبر است' } }, 403);
    const error = await uploadImport(file, true, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 403, code: 'csrf', message: 'نشانه نامعتبر است' });
  });
});
