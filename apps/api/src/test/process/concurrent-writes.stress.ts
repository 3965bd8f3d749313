// 50 writers and 200 readers on loopback against the real server for HAMGEN_STRESS_SECONDS
// (30 by default). Every acknowledged write must exist afterwards, exactly once; no answer may be
// a 5xx; the readers' p99 is reported. Run by `npm run test:stress`, not by `npm test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { seedDatabase } from '../../db/seed/index.ts';
import { createAccount, SYSTEM_ACTOR } from '../../routes/users/accounts.ts';
import { httpLogin, startServer } from './server-process.ts';

const SECONDS = Number(process.env.HAMGEN_STRESS_SECONDS ?? 30);
const WRITERS = 50;
const READERS = 200;
const PASSWORD = 'stress-test-password-1';
const dir = mkdtempSync(join(tmpdir(), 'hamgen-stress-'));
const databasePath = join(dir, 'stress.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

describe('concurrent writes', () => {
  it(`${WRITERS} writers and ${READERS} readers for ${SECONDS} s`, { timeout: (SECONDS + 60) * 1000 }, async () => {
    const db = openDatabase(databasePath);
    migrateDatabase(db);
    seedDatabase(db);
    await createAccount(db, { username: 'stress-editor', role: 'editor', password: PASSWORD }, SYSTEM_ACTOR);
    db.$client.close();

    const server = await startServer(databasePath);
    const headers = { ...(await httpLogin(server.url, 'stress-editor', PASSWORD)), 'content-type': 'application/json' };
    const deadline = Date.now() + SECONDS * 1000;
    const acknowledged = new Map<string, number>();
    const fiveHundreds: string[] = [];
    const readLatencies: number[] = [];
    let refusedWrites = 0;

    const writer = async (w: number) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const nameFa = `انجمن آزمون بار ${w}-${i}`;
        const res = await fetch(`${server.url}/api/organizations`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            nameFa,
            kind: 'provincial_association',
            provinceCode: `IR-${String(w % 31).padStart(2, '0')}`,
            sectorCode: 'food',
            establishedOn: '1403/02/10',
            status: 'active',
            members: i,
          }),
        });
        if (res.status >= 500) fiveHundreds.push(`POST ${res.status}`);
        if (res.status === 201) {
          const { organization } = (await res.json()) as { organization: { id: number } };
          acknowledged.set(nameFa, organization.id);
        } else {
          refusedWrites++;
          await res.arrayBuffer();
        }
      }
    };
    const paths = [
      '/api/stats/by-province?from=1395&to=1404',
      '/api/stats/overview',
      '/api/organizations?q=آزمون',
      '/api/search?q=تشکل',
    ];
    const reader = async (r: number) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const started = performance.now();
        const res = await fetch(`${server.url}${paths[(r + i) % paths.length]}`);
        await res.arrayBuffer();
        readLatencies.push(performance.now() - started);
        if (res.status >= 500) fiveHundreds.push(`GET ${res.status}`);
      }
    };
    await Promise.all([
      ...Array.from({ length: WRITERS }, (_, w) => writer(w)),
      ...Array.from({ length: READERS }, (_, r) => reader(r)),
    ]);
    await server.stop();

    const check = new Database(databasePath, { readonly: true });
    const rows = check
      .prepare("SELECT id, name_fa AS name FROM organizations WHERE name_fa LIKE 'انجمن آزمون بار %'")
      .all() as { id: number; name: string }[];
    check.close();
    const byName = new Map(rows.map((r) => [r.name, r.id]));
    const missing = [...acknowledged].filter(([name, id]) => byName.get(name) !== id);
    const sorted = [...readLatencies].sort((a, b) => a - b);
    console.log(
      `stress: ${acknowledged.size} writes acknowledged (${refusedWrites} refused), ${readLatencies.length} reads, read p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, 5xx ${fiveHundreds.length}`,
    );
    expect(fiveHundreds).toEqual([]);
    expect(missing).toEqual([]);
    expect(rows.length).toBe(byName.size);
    expect(rows.length).toBe(acknowledged.size);
    expect(acknowledged.size).toBeGreaterThan(0);
  });
});
