// Every stored column computed by the shared normalizer, with the text it is computed from, so
// that when normalizeFa changes (NORMALIZER_VERSION) an existing database is brought in step at
// start instead of silently missing matches. Seed, import and writes compute the same texts;
// a test checks that a recompute of a fresh database changes nothing.
import { compactFa, NORMALIZER_VERSION } from '@hamgen/shared';
import { eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { appMeta } from './schema.ts';

interface NormalizedColumn {
  table: string;
  column: string;
  /** Source columns, joined by a space before compactFa. */
  from: readonly string[];
}

export const NORMALIZED_COLUMNS: readonly NormalizedColumn[] = [
  { table: 'organizations', column: 'search_text', from: ['name_fa'] },
  { table: 'meetings', column: 'search_text', from: ['title', 'summary', 'agenda'] },
  { table: 'decisions', column: 'search_text', from: ['text', 'topic', 'responsible'] },
];

const KEY = 'normalizer_version';

export function storedNormalizerVersion(db: Db): number | undefined {
  const row = db.select().from(appMeta).where(eq(appMeta.key, KEY)).get();
  return row ? Number(row.value) : undefined;
}

/** Recomputes every normalized column; returns the rows whose stored text changed. */
export function recomputeNormalized(db: Db): number {
  let changed = 0;
  db.$client.transaction(() => {
    for (const { table, column, from } of NORMALIZED_COLUMNS) {
      const rows = db.$client
        .prepare(`SELECT id, ${column} AS stored, ${from.join(', ')} FROM ${table}`)
        .all() as Record<string, string | number | null>[];
      const update = db.$client.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
      for (const row of rows) {
        const next = compactFa(from.map((c) => row[c] ?? '').join(' '));
        if (next === row.stored) continue;
        update.run(next, row.id);
        changed += 1;
      }
    }
    db.insert(appMeta)
      .values({ key: KEY, value: String(NORMALIZER_VERSION) })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: String(NORMALIZER_VERSION) } })
      .run();
  })();
  return changed;
}

/** At start: a database whose normalized text came from another normalizer version is redone. */
export function ensureNormalized(db: Db): number {
  return storedNormalizerVersion(db) === NORMALIZER_VERSION ? 0 : recomputeNormalized(db);
}
