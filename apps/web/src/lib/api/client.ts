// The typed client: route types come from the API's AppType, so no response is typed by hand.
import type { AppType } from '@hamgen/api';
import { type ClientResponse, hc } from 'hono/client';
import { i18n } from './i18n.ts';

export const api = hc<AppType>('/');

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The request's answer, or our own message when none came: the browser's «Failed to fetch» (or
 * Firefox's «NetworkError…») is English and says nothing a reader can act on.
 */
export async function reach<R>(request: Promise<R>): Promise<R> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'network', i18n.t('states.network'));
  }
}

/**
 * URL-ready query text for a typed query object: values as strings, absent values left out (and
 * empty ones too with `dropEmpty`, for filters where '' means «any»).
 */
export function toQuery(query: object, { dropEmpty = false } = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).flatMap(([key, value]) =>
      value === undefined || (dropEmpty && value === '') ? [] : [[key, String(value)]],
    ),
  );
}

/** What to say for an error answer without our JSON body (a proxy's HTML page). */
export const httpErrorMessage = (status: number) => i18n.t('states.httpError', { status });

/** Resolves to the typed body of a 2xx answer; any other answer throws its Persian message. */
export async function unwrap<T>(request: Promise<ClientResponse<T>>): Promise<T> {
  const res = await reach(request);
  if (res.ok) return res.json() as Promise<T>;
  let code = 'http_error';
  let message = httpErrorMessage(res.status);
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
  } catch {
    // A non-JSON error (a proxy's HTML page): keep the status text.
  }
  throw new ApiRequestError(res.status, code, message);
}
