// Kills the server with SIGKILL at random moments while it imports 5,000 rows. After every kill
// the database must pass integrity_check, its foreign keys must hold, and the import must be
// wholly present or wholly absent (it runs in one transaction). HAMGEN_CRASH_RUNS sets the
// number of kills (3 in `npm test`, more in `npm run test:stress`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_ROWS, inspectImport, prepareImportDatabase, startImport } from './import-fixture.ts';
import { startServer } from './server-process.ts';

const RUNS = Number(process.env.HAMGEN_CRASH_RUNS ?? 3);
const LOGIN = { username: 'crash-editor', password: 'crash-test-password-1' };
const dir = mkdtempSync(join(tmpdir(), 'hamgen-crash-'));
const databasePath = join(dir, 'crash.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it(`survives ${RUNS} SIGKILLs during ${IMPORT_ROWS}-row imports`, { timeout: RUNS * 30_000 }, async () => {
    await prepareImportDatabase(databasePath, LOGIN.username, LOGIN.password);
    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const server = await startServer(databasePath);
      const file = `crash-${run}.csv`;
      const { answer: request } = await startImport(server, LOGIN, file);
      // Somewhere between the upload and the commit; different each run.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(Math.random() * 900)));
      await server.stop('SIGKILL');
      const answer = await request;
      const state = inspectImport(databasePath, file);
      expect(state.integrity, `run ${run}`).toBe('ok');
      expect(state.foreignKeys, `run ${run}`).toBe(0);
      expect([0, IMPORT_ROWS], `run ${run}: ${state.imported} rows`).toContain(state.imported);
      // An acknowledged import must have survived the kill.
      if (answer === 200) expect(state.imported, `run ${run}`).toBe(IMPORT_ROWS);
      outcomes.push(`${answer}/${state.imported}`);
    }
    console.log(`crash runs (answer/rows imported): ${outcomes.join(' ')}`);
  });
});
