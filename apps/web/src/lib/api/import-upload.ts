// The import call: a report comes back on 200 (clean) and on 4xx (what is wrong), so both are
// read as a report; only a refusal without one (no session, CSRF) is thrown.
import { WriteError } from '../../../components/forms/send-write.ts';
import { api, httpErrorMessage, reach } from '../../../lib/api-client.ts';
import { writeInit } from '../../../lib/auth.ts';

export async function uploadImport(file: File, dryRun: boolean, csrfToken: string | null) {
  const res = await reach(
    api.api.import.organizations.$post({ form: { file, dryRun: dryRun ? 'true' : 'false' } }, writeInit(csrfToken)),
  );
  if (res.ok) return { ok: true, message: null, report: (await res.json()).report };
  // The route's refusals (422, 400, 413) are answered with a computed status, which AppType does
  // not carry; their body is `{ error, report }`, a guard's refusal only `{ error }`.
  const body = (await res.json()) as Partial<Awaited<ReturnType<typeof res.json>>> & {
    error?: { code?: string; message?: string };
  };
  const message = body.error?.message ?? httpErrorMessage(res.status);
  if (body.report) return { ok: false, message, report: body.report };
  throw new WriteError(res.status, body.error?.code ?? 'http_error', message);
}

export type ImportResult = Awaited<ReturnType<typeof uploadImport>>;
export type ImportReport = ImportResult['report'];
