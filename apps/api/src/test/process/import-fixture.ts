// What the crash-safety and graceful-shutdown tests share: a database with an editor, a large
// CSV import sent to the real server, and the state of the file afterwards.
import Database from 'better-sqlite3';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { seedDatabase } from '../../db/seed/index.ts';
import { createAccount, SYSTEM_ACTOR } from '../../routes/users/accounts.ts';
import { httpLogin, type ServerProcess } from './server-process.ts';

export const IMPORT_ROWS = 5000;

/** A new database (article data only) with one editor. */
export async function prepareImportDatabase(databasePath: string, username: string, password: string) {
  const db = openDatabase(databasePath);
  migrateDatabase(db);
  seedDatabase(db, { demo: false });
  await createAccount(db, { username, role: 'editor', password }, SYSTEM_ACTOR);
  db.$client.close();
}

function importCsv(label: string): string {
  const lines = ['نام,نوع,استان,بخش,تاریخ تشکیل,وضعیت,تعداد اعضا'];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    lines.push(
      `انجمن آزمون ${label}-${i},provincial_association,IR-${String(i % 31).padStart(2, '0')},food,1402/03/15,active,${i % 90}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Signs in, then sends a real (not dry-run) import of IMPORT_ROWS rows without waiting for it:
 * `answer` resolves with the status, or 'cut' when the connection ended without one.
 */
export async function startImport(server: ServerProcess, login: { username: string; password: string }, file: string) {
  const headers = await httpLogin(server.url, login.username, login.password);
  const form = new FormData();
  form.set('dryRun', 'false');
  form.set('file', new Blob([importCsv(file)], { type: 'text/csv' }), file);
  const answer = fetch(`${server.url}/api/import/organizations`, { method: 'POST', headers, body: form }).then(
    (res) => res.status,
    () => 'cut' as const,
  );
  return { answer };
}

/** integrity_check, foreign-key violations and the rows the import of `file` left. */
export function inspectImport(databasePath: string, file: string) {
  const db = new Database(databasePath, { readonly: true });
  try {
    return {
      integrity: db.prepare('PRAGMA integrity_check').pluck().get(),
      foreignKeys: db.prepare('PRAGMA foreign_key_check').all().length,
      imported: db.prepare('SELECT count(*) FROM organizations WHERE source = ?').pluck().get(`import:${file}`),
    };
  } finally {
    db.close();
  }
}
