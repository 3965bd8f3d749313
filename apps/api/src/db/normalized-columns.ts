// Every stored column computed by the shared normalizer, and the one recipe for each: which
// fields of the row it is the compactFa of. Seed, article facts, import and writes all call these
// recipes, and so does the recompute at start (when normalizeFa changes, NORMALIZER_VERSION), so
// search can never disagree with how a row was written. Attendees are the exception: migration
// 0002's triggers compute theirs in SQL (compact_fa, db/client.ts). A test checks that a recompute
// of a fresh database changes nothing.
import { compactFa, NORMALIZER_VERSION } from '@hamgen/shared';
import { eq, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.ts';
import { appMeta, decisions, meetings, organizations } from './schema.ts';

/** `search_text` of a table: its fields joined by a space, then compacted. */
function searchTextRecipe<K extends string>(
  table: SQLiteTable & { searchText: SQLiteColumn } & Record<K, SQLiteColumn>,
  fields: readonly K[],
) {
  return {
    table,
    fields,
    of: (row: Record<K, string | null>) => compactFa(fields.map((f) => row[f] ?? '').join(' ')),
  };
}

const RECIPES = {
  organizations: searchTextRecipe(organizations, ['nameFa']),
  meetings: searchTextRecipe(meetings, ['title', 'summary', 'agenda']),
  decisions: searchTextRecipe(decisions, ['text', 'topic', 'responsible']),
};

/** What the recompute needs of any recipe (a method, so each recipe's narrower row fits). */
interface AnyRecipe {
  table: SQLiteTable & { searchText: SQLiteColumn };
  fields: readonly string[];
  of(row: Record<string, string | null>): string;
}

export const organizationSearchText = RECIPES.organizations.of;
export const meetingSearchText = RECIPES.meetings.of;
export const decisionSearchText = RECIPES.decisions.of;

const KEY = 'normalizer_version';

export function storedNormalizerVersion(db: Db): number | undefined {
  const row = db.select().from(appMeta).where(eq(appMeta.key, KEY)).get();
  return row ? Number(row.value) : undefined;
}

/** Recomputes every normalized column; returns the rows whose stored text changed. */
export function recomputeNormalized(db: Db): number {
  let changed = 0;
  db.$client.transaction(() => {
    const recipes: AnyRecipe[] = Object.values(RECIPES);
    for (const { table, fields, of } of recipes) {
      // Raw prepared statements: at start this may rewrite every row of a large registry.
      const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
      const name = getTableName(table);
      const column = table.searchText.name;
      const selected = fields.map((f) => `${columns[f]?.name} AS "${f}"`).join(', ');
      const rows = db.$client.prepare(`SELECT id, ${column} AS stored, ${selected} FROM ${name}`).all() as Record<
        string,
        string | null
      >[];
      const update = db.$client.prepare(`UPDATE ${name} SET ${column} = ? WHERE id = ?`);
      for (const row of rows) {
        const next = of(row);
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
