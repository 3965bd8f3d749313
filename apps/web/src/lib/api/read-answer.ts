// Writes answer errors as `{ error: { code, message, issues? } }`; unlike reads, a form needs the
// per-field `issues`, so this keeps them on the thrown error.
import type { ClientResponse } from 'hono/client';
import { ApiRequestError, httpErrorMessage, reach } from '../../lib/api-client.ts';

export interface FieldIssue {
  path: string;
  message: string;
}

export class WriteError extends ApiRequestError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(status, code, message);
  }
}

/** Resolves to the typed body of a 2xx answer; otherwise throws a WriteError with its issues. */
export async function sendWrite<T>(request: Promise<ClientResponse<T>>): Promise<T> {
  const res = await reach(request);
  if (res.ok) return res.json() as Promise<T>;
  let code = 'http_error';
  let message = httpErrorMessage(res.status);
  let issues: FieldIssue[] = [];
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; issues?: FieldIssue[] } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
    issues = body.error?.issues ?? [];
  } catch {
    // Not JSON (a proxy's page): the status is all there is.
  }
  throw new WriteError(res.status, code, message, issues);
}

/** A stale version (409 'conflict'); other 409s (in use, last admin) are refusals with a reason. */
export const isConflict = (error: unknown) =>
  error instanceof ApiRequestError && error.status === 409 && error.code === 'conflict';
