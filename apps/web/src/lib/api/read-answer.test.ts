import type { ClientResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { ApiRequestError, isConflict, readAnswer } from './read-answer.ts';

/** A fetch answer as the typed client hands it over (the tests need only the Response part). */
const answer = (body: string, status: number, type = 'application/json') =>
  Promise.resolve(new Response(body, { status, headers: { 'content-type': type } }) as ClientResponse<unknown>);

const failure = (request: Promise<ClientResponse<unknown>>) =>
  readAnswer(request).then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );

describe('readAnswer', () => {
  it('resolves to the body of a 2xx answer', async () => {
    await expect(readAnswer(answer('{"ok":1}', 200))).resolves.toEqual({ ok: 1 });
  });

  it('throws the API message and code, and keeps the per-field issues of a refused write', async () => {
    const issues = [{ path: 'nameFa', message: 'نام لازم است' }];
    const error = await failure(
      answer(JSON.stringify({ error: { code: 'invalid', message: 'نام لازم است', issues } }), 400),
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 400, code: 'invalid', message: 'نام لازم است', issues });
  });

  it('tells a stale version (409 conflict) from other 409 refusals', async () => {
    const conflict = await failure(answer('{"error":{"code":"conflict","message":"تغییر کرده است"}}', 409));
    const inUse = await failure(answer('{"error":{"code":"in_use","message":"در حال استفاده"}}', 409));
    expect(isConflict(conflict)).toBe(true);
    expect(isConflict(inUse)).toBe(false);
  });

  it('says the status for an error page without our JSON body', async () => {
    const error = await failure(answer('<html>Bad gateway</html>', 502, 'text/html'));
    expect(error).toMatchObject({ status: 502, code: 'http_error', issues: [] });
    expect((error as Error).message).not.toContain('html');
  });

  it('turns a request that got no answer into our network error, and leaves an abort alone', async () => {
    await expect(failure(Promise.reject(new TypeError('Failed to fetch')))).resolves.toMatchObject({
      status: 0,
      code: 'network',
    });
    const abort = new DOMException('aborted', 'AbortError');
    await expect(failure(Promise.reject(abort))).resolves.toBe(abort);
  });
});
