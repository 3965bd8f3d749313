// The one reader of the API's answers, reads and writes alike, on hono's parseResponse: a 2xx
// resolves to its typed body; anything else throws an ApiRequestError with our Persian message.
import { type ClientResponse, DetailedError, type InferResponseType, parseResponse } from 'hono/client';
import { i18n } from '../i18n.ts';
import type { api } from './client.ts';

/**
 * The API's one error shape (`{ error: { code, message, issues? } }`, apps/api/src/lib/errors.ts),
 * read off a route whose type carries it: the web app may import no API code, only AppType.
 */
export type ErrorBody = Extract<InferResponseType<typeof api.api.health.$get>, { error: unknown }>;
export type FieldIssue = NonNullable<ErrorBody['error']['issues']>[number];

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field problems of a refused write, for the form to show beside its fields. */
    readonly issues: readonly FieldIssue[] = [],
    /** The whole error answer, for routes that send more than the error (the import's report). */
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

/** What to say for an error answer without our JSON body (a proxy's HTML page). */
export const httpErrorMessage = (status: number) => i18n.t('states.httpError', { status });

/** Our message when no answer came: the browser's «Failed to fetch» is English and says nothing a reader can act on. */
const networkError = () => new ApiRequestError(0, 'network', i18n.t('states.network'));

const isErrorBody = (data: unknown): data is ErrorBody =>
  typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'object';

/** The request's answer, or a network ApiRequestError when none came (an abort stays an abort). */
export async function reach<R>(request: Promise<R>): Promise<R> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

/** Resolves to the typed body of a 2xx answer; any other answer throws its ApiRequestError. */
export async function readAnswer<T extends ClientResponse<unknown>>(request: Promise<T>) {
  try {
    return await parseResponse(reach(request));
  } catch (error) {
    if (!(error instanceof DetailedError)) throw error;
    const status: number = error.statusCode;
    const data: unknown = error.detail?.data;
    if (!isErrorBody(data)) throw new ApiRequestError(status, 'http_error', httpErrorMessage(status), [], data);
    const { code, message, issues = [] } = data.error;
    throw new ApiRequestError(status, code, message, issues, data);
  }
}

/** A stale version (409 'conflict'); other 409s (in use, last admin) are refusals with a reason. */
export const isConflict = (error: unknown) =>
  error instanceof ApiRequestError && error.status === 409 && error.code === 'conflict';
