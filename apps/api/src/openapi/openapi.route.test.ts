import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../lib/security-headers.ts';
import { DATASETS } from '../routes/export/export-tables.ts';
import { createTestApi } from '../test/test-db.ts';
import { OPERATIONS } from './catalog.ts';
import { buildOpenApiDocument, openApiPath, publicGetRoutes } from './document.ts';

const { app } = createTestApi();

interface Doc {
  openapi: string;
  paths: Record<
    string,
    {
      get: {
        summary: string;
        description: string;
        'x-summary-en': string;
        parameters: { name: string; in: string; schema: { enum?: string[] } }[];
      };
    }
  >;
}

async function fetchDocument(): Promise<Doc> {
  const res = await app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  return (await res.json()) as Doc;
}

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 and documents every public GET route, exports one path per dataset and format', async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe('3.1.0');
    const expected = new Set<string>();
    for (const [, entries] of publicGetRoutes(app.routes)) {
      const path = entries[0]?.path ?? '';
      if (path === '/api/export/:file') {
        for (const d of DATASETS) for (const f of ['csv', 'xlsx']) expected.add(`/api/export/${d}.${f}`);
      } else expected.add(openApiPath(path));
    }
    expect(expected.has('/api/stats/compare')).toBe(true);
    expect(expected.has('/api/export/compare.csv')).toBe(true);
    expect(new Set(Object.keys(doc.paths))).toEqual(expected);
  });

  it('fails to build when a public GET has no words in the catalog', () => {
    const routes = [...app.routes, { method: 'GET', path: '/api/stats/new-thing', handler: () => null }];
    expect(() => buildOpenApiDocument(routes)).toThrow(/new-thing/);
  });

  it('names no route that does not exist (every catalog entry is a registered public GET)', () => {
    const registered = new Set(publicGetRoutes(app.routes).keys());
    for (const key of Object.keys(OPERATIONS)) expect(registered.has(key), key).toBe(true);
  });

  it('leaves out routes that need an editor or admin', async () => {
    const doc = await fetchDocument();
    expect(doc.paths['/api/users']).toBeUndefined();
    expect(doc.paths['/api/audit']).toBeUndefined();
    expect(doc.paths['/api/import/organizations/template.xlsx']).toBeUndefined();
  });

  it('takes parameters from the zod schemas the routes validate with', async () => {
    const doc = await fetchDocument();
    const byProvince = doc.paths['/api/stats/by-province']?.get;
    expect(byProvince?.parameters.map((p) => p.name).sort()).toEqual([
      'from',
      'kind',
      'province',
      'sector',
      'status',
      'to',
    ]);
    expect(byProvince?.parameters.find((p) => p.name === 'province')?.schema.enum).toHaveLength(31);
    const compare = doc.paths['/api/stats/compare']?.get;
    expect(compare?.parameters.find((p) => p.name === 'provinces')).toMatchObject({ in: 'query', required: true });
    expect(doc.paths['/api/provinces/{code}']?.get.parameters.find((p) => p.name === 'code')?.in).toBe('path');
    expect(doc.paths['/api/export/compare.xlsx']?.get.parameters.map((p) => p.name)).toContain('provinces');
  });

  it('describes every operation in Persian and in English', async () => {
    const doc = await fetchDocument();
    for (const [path, { get }] of Object.entries(doc.paths)) {
      expect(get.summary, path).toMatch(/[\u0600-\u06FF]/);
      expect(get['x-summary-en'], path).toMatch(/[A-Za-z]/);
      expect(get.description, path).toMatch(/[A-Za-z]/);
    }
  });

  it('has examples whose keys are those of the real answers', async () => {
    for (const [key, op] of Object.entries(OPERATIONS)) {
      if (!op.exampleRequest) continue;
      const real = (await (await app.request(op.exampleRequest)).json()) as Record<string, unknown>;
      const example = op.example as Record<string, unknown>;
      expect(Object.keys(example).sort(), key).toEqual(Object.keys(real).sort());
      const rows = (v: unknown) => (Array.isArray(v) ? (v[0] as Record<string, unknown> | undefined) : undefined);
      const realRow = rows(real.rows) ?? rows(real.provinces);
      const exampleRow = rows(example.rows) ?? rows(example.provinces);
      if (realRow && exampleRow) {
        for (const k of Object.keys(exampleRow)) expect(Object.keys(realRow), `${key} row`).toContain(k);
      }
    }
  });
});

describe('GET /api/docs', () => {
  it('serves the reference page and its own script and styles under the strict CSP', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('src="/api/docs/docs.js"');
    expect(html).not.toMatch(/<script>(?!<\/script>)|<style|https?:\/\/(?!www\.w3)/);
    const csp = SECURITY_HEADERS.find(([name]) => name === 'Content-Security-Policy')?.[1];
    expect(res.headers.get('content-security-policy')).toBe(csp);
    const js = await app.request('/api/docs/docs.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toContain('/api/openapi.json');
    expect((await app.request('/api/docs/docs.css')).headers.get('content-type')).toContain('text/css');
  });
});
