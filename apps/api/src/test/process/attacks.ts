// The attacks of issue 13 against a real server process, as an attacker would send them: each is
// answered with a Persian 4xx within its limit, /api/health answers 200 right after, the
// process's RSS stays under 400 MB and no row changes. `npm test` runs them with small payloads
// (attacks.test.ts); `npm run test:stress` with the full-size ones (attacks.stress.ts), and
// prints the Reliability table rows (attack, answer, time, RSS after).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { seedDatabase } from '../../db/seed/index.ts';
import { templateXlsx } from '../../routes/import/template.ts';
import { editSheet, hideLastEntry, withMerge, zip } from '../../routes/import/test-files.ts';
import { readZip } from '../../routes/import/zip-check.ts';
import { createAccount, SYSTEM_ACTOR } from '../../routes/users/accounts.ts';
import { httpLogin, rssMb, type ServerProcess, startServer } from './server-process.ts';

const PUBLIC_ORIGIN = 'https://hamgen.example.ir';
const PASSWORD = 'attack-test-password-1';
const MAX_RSS_MB = 400;

export interface AttackSizes {
  /** What the entry hidden from the end record's count inflates to. */
  hiddenBytes: number;
  /** Anonymous full exports sent at once. */
  parallelExports: number;
}

export const SMALL: AttackSizes = { hiddenBytes: 4 * 1024 * 1024, parallelExports: 4 };
export const FULL: AttackSizes = { hiddenBytes: 200 * 1024 * 1024, parallelExports: 8 };

/** The import template with parts of its own plus one entry the end record does not count. */
async function countMismatchZip(hiddenBytes: number): Promise<Buffer> {
  const parts = readZip(Buffer.from(await templateXlsx()), { maxUncompressedBytes: 1e9, maxEntries: 100 });
  if (typeof parts === 'string') throw new Error(parts);
  const entries = [...parts].map(([name, data]) => ({ name, data }));
  entries.push({ name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(hiddenBytes, 0x20) });
  return hideLastEntry(zip(entries));
}

export function describeAttacks(sizes: AttackSizes, report: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'hamgen-attacks-'));
  const databasePath = join(dir, 'attacks.db');
  let server: ServerProcess;
  let editor: Record<string, string>;
  const rows: string[] = [];

  const tables = () => {
    const db = new Database(databasePath, { readonly: true });
    try {
      return ['organizations', 'organization_events', 'meetings', 'decisions', 'users']
        .map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())
        .join('/');
    } finally {
      db.close();
    }
  };

  /** Runs one attack, checks the server after it, and keeps the table row. */
  async function attack(name: string, run: () => Promise<string>, limitMs: number) {
    const before = tables();
    const started = performance.now();
    const answer = await run();
    const ms = Math.round(performance.now() - started);
    const healthStarted = performance.now();
    const health = await fetch(`${server.url}/api/health`);
    const healthMs = Math.round(performance.now() - healthStarted);
    const rss = rssMb(server.child);
    rows.push(`| ${name} | ${answer} | ${ms} ms | ${rss} MB (health ${health.status} in ${healthMs} ms) |`);
    expect(health.status).toBe(200);
    expect(ms, name).toBeLessThan(limitMs);
    expect(rss, name).toBeLessThan(MAX_RSS_MB);
    expect(tables(), name).toBe(before);
  }

  const upload = async (bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.set('dryRun', 'false');
    form.set('file', new Blob([bytes]), name);
    const res = await fetch(`${server.url}/api/import/organizations`, {
      method: 'POST',
      headers: { ...editor, origin: PUBLIC_ORIGIN },
      body: form,
    });
    const body = (await res.json()) as { error?: { code: string; message: string } };
    expect(res.status, JSON.stringify(body.error)).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(body.error?.message).toMatch(/[\u0600-\u06FF]/);
    return `${res.status} ${body.error?.code}`;
  };

  const login = (username: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }).then((res) => res.status);

  describe(`attacks on a server process (${report ? 'full size' : 'small payloads'})`, () => {
    beforeAll(async () => {
      const db = openDatabase(databasePath);
      migrateDatabase(db);
      seedDatabase(db);
      await createAccount(db, { username: 'attack-editor', role: 'editor', password: PASSWORD }, SYSTEM_ACTOR);
      for (let i = 0; i < 30; i++) {
        await createAccount(db, { username: `sprayed-${i}`, role: 'viewer', password: PASSWORD }, SYSTEM_ACTOR);
      }
      db.$client.close();
      server = await startServer(databasePath, { HAMGEN_PUBLIC_ORIGIN: PUBLIC_ORIGIN });
      editor = await httpLogin(server.url, 'attack-editor', PASSWORD);
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
      if (report)
        console.log(['| attack | answer | time | RSS after |', '| --- | --- | --- | --- |', ...rows].join('\n'));
    });

    it('the import template with a merge cell A3:XFD1048576', { timeout: 30_000 }, async () => {
      const bomb = editSheet(Buffer.from(await templateXlsx()), (xml) => withMerge(xml));
      await attack(`merge-cell XLSX (${Math.round(bomb.length / 1024)} KB)`, () => upload(bomb, 'merge.xlsx'), 20_000);
    });

    it('a zip whose end record counts one entry less than it has', { timeout: 30_000 }, async () => {
      const liar = await countMismatchZip(sizes.hiddenBytes);
      const label = `count-mismatch zip (${Math.round(liar.length / 1024)} KB, hides ${sizes.hiddenBytes / 1024 / 1024} MB)`;
      await attack(label, () => upload(liar, 'count.xlsx'), 20_000);
    });

    it('a value in column XFD', { timeout: 30_000 }, async () => {
      const far = editSheet(Buffer.from(await templateXlsx()), (xml) =>
        xml.replace('</sheetData>', '<row r="5"><c r="XFD5" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
      );
      await attack('cell in column XFD', () => upload(far, 'far.xlsx'), 20_000);
    });

    it('5 MB of blank lines as CSV', { timeout: 30_000 }, async () => {
      await attack(
        '5 MB CSV of blank lines',
        () => upload(Buffer.alloc(5 * 1024 * 1024 - 1024, 0x0a), 'blank.csv'),
        1000,
      );
    });

    it('40 parallel wrong passwords for one account', { timeout: 30_000 }, async () => {
      await attack(
        '40 parallel wrong passwords, one account',
        async () => {
          const statuses = await Promise.all(
            Array.from({ length: 40 }, (_, i) => login('attack-editor', `wrong-${i}`)),
          );
          const unauthorized = statuses.filter((s) => s === 401).length;
          expect(unauthorized).toBeLessThanOrEqual(5);
          expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
          return `${unauthorized} × 401, ${statuses.filter((s) => s === 429).length} × 429`;
        },
        20_000,
      );
    });

    it('30 accounts × 1 guess from one address', { timeout: 30_000 }, async () => {
      await attack(
        '30 accounts × 1 guess, one address',
        async () => {
          const statuses: number[] = [];
          for (let i = 0; i < 30; i++) statuses.push(await login(`sprayed-${i}`, 'spray-guess'));
          const first = statuses.indexOf(429);
          expect(first).toBeGreaterThanOrEqual(0);
          expect(first).toBeLessThan(29);
          return `429 from guess ${first + 1}`;
        },
        20_000,
      );
    });

    it('a request for another Host', async () => {
      await attack(
        'Host: anything.example (origin set)',
        async () => {
          // fetch() will not send a Host of its own choosing; a raw request will.
          const { request } = await import('node:http');
          const status = await new Promise<number>((done, fail) => {
            const port = new URL(server.url).port;
            const req = request({
              host: '127.0.0.1',
              port,
              path: '/api/health',
              headers: { host: 'anything.example' },
            });
            req.on('response', (res) => {
              res.resume();
              done(res.statusCode ?? 0);
            });
            req.on('error', fail);
            req.end();
          });
          expect(status).toBe(421);
          return '421';
        },
        1000,
      );
    });

    it(`${sizes.parallelExports} parallel anonymous full exports`, { timeout: 60_000 }, async () => {
      await attack(
        `${sizes.parallelExports} parallel anonymous XLSX exports`,
        async () => {
          const exports = Array.from({ length: sizes.parallelExports }, () =>
            fetch(`${server.url}/api/export/organizations.xlsx`).then(async (res) => {
              await res.arrayBuffer();
              return res.status;
            }),
          );
          // The rest of the server stays responsive while they run.
          await new Promise((r) => setTimeout(r, 50));
          const started = performance.now();
          expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
          const healthMs = Math.round(performance.now() - started);
          const statuses = await Promise.all(exports);
          expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
          expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
          return `${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 429).length} × 429; health ${healthMs} ms during`;
        },
        30_000,
      );
    });
  });
}
