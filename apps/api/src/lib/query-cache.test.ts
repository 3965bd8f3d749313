import { gunzipSync } from 'node:zlib';
import { compactFa } from '@hamgen/shared';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { apiClient, queryOf } from '../test/api-client.ts';
import { createTestApi } from '../test/test-db.ts';

const { app, db } = createTestApi();
const client = apiClient(app);
const INSERT = `INSERT INTO organizations (name_fa, kind, province_code, sector_code, established_on, jalali_year, status, members, source)
  VALUES ('انجمن آزمون حافظه', 'provincial_association', 'IR-29', 'food', '1999-06-30', 1378, 'active', 1, 'manual')`;
const total = async () =>
  (await (await client.api.stats['by-province'].$get({ query: queryOf('from=1378&to=1378&province=IR-29') })).json())
    .total;

describe('the stats cache', () => {
  it('answers a repeated request from the cache until another connection commits', async () => {
    const first = await total();
    // Written on the server's own connection without invalidating: the cached text is served.
    db.$client.prepare(INSERT).run();
    expect(await total()).toBe(first);
    // A commit from another connection changes data_version, and the next answer is fresh.
    const other = new Database(db.$client.name);
    other.prepare(INSERT).run();
    other.close();
    expect(await total()).toBe(first + 2);
  });

  it('keys entries by the validated filter: Persian and ASCII digits share one', async () => {
    const ascii = '/api/stats/overview?from=1378&to=1378&province=IR-29';
    const persian = '/api/stats/overview?from=۱۳۷۸&to=۱۳۷۸&province=IR-29';
    const before = await (await app.request(ascii)).text();
    // A write on the server's own connection that skips invalidate(): only a hit keeps `before`.
    db.$client.prepare(INSERT).run();
    expect(await (await app.request(persian)).text()).toBe(before);
  });

  it('serves search answers from the same cache, fresh after another connection commits', async () => {
    const search = async () =>
      (await (await client.api.search.$get({ query: { q: 'آزمون حافظه' } })).json()).totals.organizations;
    const before = await search();
    const other = new Database(db.$client.name);
    other
      .prepare(
        `INSERT INTO organizations (name_fa, search_text, kind, province_code, sector_code, established_on, jalali_year, status, members, source)
        VALUES ('انجمن آزمون حافظه دوم', ?, 'provincial_association', 'IR-29', 'food', '1999-06-30', 1378, 'active', 1, 'manual')`,
      )
      .run(compactFa('انجمن آزمون حافظه دوم'));
    other.close();
    expect(await search()).toBe(before + 1);
  });

  it('never caches a refusal', async () => {
    const bad = '/api/stats/by-province?from=abc';
    expect((await app.request(bad)).status).toBe(400);
    expect((await app.request(bad)).status).toBe(400);
  });
});

describe('compressed cached answers', () => {
  const timeline = '/api/stats/timeline';
  const overview = '/api/stats/overview?province=IR-29';

  it('sends a large answer gzipped to a client that accepts it: the same JSON, and Vary', async () => {
    const plain = await app.request(timeline);
    const zipped = await app.request(timeline, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get('content-length'))).toBe(bytes.byteLength);
    const text = await plain.text();
    expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(text) / 2);
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
  });

  it('sends identity when gzip is refused (q=0) or not offered', async () => {
    for (const header of ['gzip;q=0, br', 'br', 'identity']) {
      const res = await app.request(timeline, { headers: { 'Accept-Encoding': header } });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(JSON.parse(await res.text())).toHaveProperty('rows');
    }
  });

  it('leaves small answers uncompressed', async () => {
    const res = await app.request(overview, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
  });
});
