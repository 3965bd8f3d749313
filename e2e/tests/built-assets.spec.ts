// The built web app names no other origin it could load from: CSS has no remote url(), the HTML
// no remote src/href, and the only absolute URLs in the scripts are namespaces and links inside
// libraries' error messages, which are never requested. A new host here must be looked at.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '../support/test.ts';

const dist = resolve(import.meta.dirname, '../../apps/web/dist');
const NEVER_FETCHED = new Set([
  'http://www.w3.org', // SVG/XHTML namespaces
  'https://react.dev', // React's production error links
  'https://react.i18next.com', // i18next warnings
  'https://redux.js.org', // Recharts' store, error text
  'https://redux-toolkit.js.org',
  'https://bit.ly', // an immer error hint
  'https://json-schema.org', // zod's JSON-schema identifiers
  'http://json-schema.org',
]);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

test('built assets load nothing from another origin', () => {
  // dist/.ssr is the server's first-frame renderer: never sent to a browser (next test).
  const assets = files(dist).filter((f) => /\.(js|css|html)$/.test(f) && !f.includes('/.ssr/'));
  expect(assets.length).toBeGreaterThan(3);
  const hosts = new Set<string>();
  for (const file of assets) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.css')) expect(text, file).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    if (file.endsWith('.html')) expect(text, file).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//);
    for (const match of text.matchAll(/https?:\/\/[a-zA-Z0-9.-]+/g)) hosts.add(match[0]);
  }
  expect([...hosts].filter((host) => !NEVER_FETCHED.has(host))).toEqual([]);
});

test('the server-side renderer in dist/.ssr is never served', async ({ request }) => {
  const res = await request.get('/.ssr/first-frame.js');
  expect(res.headers()['content-type']).not.toContain('javascript');
  expect(await res.text()).not.toContain('renderToString');
});
