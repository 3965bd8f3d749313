// The typed client: route types come from the API's AppType, so no response is typed by hand.
import type { AppType } from '@hamgen/api';
import { type ClientResponse, hc } from 'hono/client';

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

/** Resolves to the typed body of a 2xx answer; any other answer throws its Persian message. */
export async function unwrap<T>(request: Promise<ClientResponse<T>>): Promise<T> {
  const res = await request;
  if (res.ok) return res.json() as Promise<T>;
  let code = 'http_error';
  let message = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
  } catch {
    // A non-JSON error (a proxy's HTML page): keep the status text.
  }
  throw new ApiRequestError(res.status, code, message);
}
