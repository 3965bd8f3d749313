// The import call: a report comes back on 200 (clean) and on 4xx (what is wrong), so both are
// read as a report; only a refusal without one (no session, CSRF) is thrown.
import type { InferResponseType } from 'hono/client';
import { api } from './client.ts';
import { writeInit } from './csrf-header.ts';
import { ApiRequestError, readAnswer } from './read-answer.ts';

/** The route's refusals (422, 400, 413) carry the report beside the error. */
type Refusal = InferResponseType<typeof api.api.import.organizations.$post, 422>;

const hasReport = (body: unknown): body is Refusal => typeof body === 'object' && body !== null && 'report' in body;

export async function uploadImport(file: File, dryRun: boolean, csrfToken: string | null) {
  try {
    const { report } = await readAnswer(
      api.api.import.organizations.$post({ form: { file, dryRun: dryRun ? 'true' : 'false' } }, writeInit(csrfToken)),
    );
    return { ok: true, message: null, report };
  } catch (error) {
    if (error instanceof ApiRequestError && hasReport(error.body)) {
      return { ok: false, message: error.message, report: error.body.report };
    }
    throw error;
  }
}

export type ImportResult = Awaited<ReturnType<typeof uploadImport>>;
export type ImportReport = ImportResult['report'];
