// Kills the server with SIGKILL at random moments while it imports 5,000 rows. After every kill
// the database must pass integrity_check, its foreign keys must hold, and the import must be
// wholly present or wholly absent (it runs in one transaction). HAMGEN_CRASH_RUNS sets the
// number of kills (3 in `npm test`, more in `npm run test:stress`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { seedDatabase } from '../../db/seed/index.ts';
import { createAccount, SYSTEM_ACTOR } from '../../routes/users/accounts.ts';
import { httpLogin, startServer } from './server-process.ts';

const RUNS = Number(process.env.HAMGEN_CRASH_RUNS ?? 3);
const ROWS = 5000;
const PASSWORD = 'crash-test-password-1';
const dir = mkdtempSync(join(tmpdir(), 'hamgen-crash-'));
const databasePath = join(dir, 'crash.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importCsv(run: number): string {
  const lines = ['نام,نوع,استان,بخش,تاریخ تشکیل,وضعیت,تعداد اعضا'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `انجمن آزمون سقوط ${run}-${i},provincial_association,IR-${String(i % 31).padStart(2, '0')},food,1402/03/15,active,${i % 90}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function inspect(run: number) {
  const db = new Database(databasePath, { readonly: true });
  try {
    return {
      integrity: db.prepare('PRAGMA integrity_check').pluck().get(),
      foreignKeys: db.prepare('PRAGMA foreign_key_check').all().length,
      imported: db
        .prepare('SELECT count(*) FROM organizations WHERE source = ?')
        .pluck()
        .get(`import:crash-${run}.csv`),
    };
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`survives ${RUNS} SIGKILLs during ${ROWS}-row imports`, { timeout: RUNS * 30_000 }, async () => {
    const db = openDatabase(databasePath);
    migrateDatabase(db);
    seedDatabase(db, { demo: false });
    await createAccount(db, { username: 'crash-editor', role: 'editor', password: PASSWORD }, SYSTEM_ACTOR);
    db.$client.close();

    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const server = await startServer(databasePath);
      const headers = await httpLogin(server.url, 'crash-editor', PASSWORD);
      const form = new FormData();
      form.set('dryRun', 'false');
      form.set('file', new Blob([importCsv(run)], { type: 'text/csv' }), `crash-${run}.csv`);
      const request = fetch(`${server.url}/api/import/organizations`, { method: 'POST', headers, body: form }).then(
        (res) => res.status,
        () => 'killed',
      );
      // Somewhere between the upload and the commit; different each run.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(Math.random() * 900)));
      await server.stop('SIGKILL');
      const answer = await request;
      const state = inspect(run);
      expect(state.integrity, `run ${run}`).toBe('ok');
      expect(state.foreignKeys, `run ${run}`).toBe(0);
      expect([0, ROWS], `run ${run}: ${state.imported} rows`).toContain(state.imported);
      // An acknowledged import must have survived the kill.
      if (answer === 200) expect(state.imported, `run ${run}`).toBe(ROWS);
      outcomes.push(`${answer}/${state.imported}`);
    }
    console.log(`crash runs (answer/rows imported): ${outcomes.join(' ')}`);
  });
});
