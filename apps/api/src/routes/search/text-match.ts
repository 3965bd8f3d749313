import { compactFa, normalizeFa } from '@hamgen/shared';
import { and, getTableName, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * A query as search uses it: its words, each in compact normalized form, and the whole query in
 * that form. A row matches when it holds every word («لبنيات كرمان» finds «لبنیات استان کرمان»);
 * ZWNJ, space or nothing between the parts of one word all meet in the compact form.
 */
export interface SearchNeedle {
  words: string[];
  compact: string;
}

/** Control characters (a NUL from a fuzzer or a pasted file) separate words; FTS5 refuses them. */
const CONTROL = /\p{Cc}/gu;

export function searchNeedle(q: string): SearchNeedle {
  const words = normalizeFa(q.replace(CONTROL, ' ')).split(' ').map(compactFa).filter(Boolean);
  return { words, compact: words.join('') };
}

/** A LIKE pattern that finds `word` anywhere; the user's % _ and \ match literally. */
export function containsPattern(word: string): string {
  return `%${compactFa(word).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** A table with a compact `search_text` column and its FTS5 trigram index `<table>_fts` (migration 0002). */
export type SearchableTable = SQLiteTable & { id: SQLiteColumn; searchText: SQLiteColumn };

/**
 * The trigram index answers words of 3 or more letters; shorter ones are tested on the row. A
 * NUL, which FTS5's query parser would end a string at, never reaches here: `searchNeedle` splits
 * words at control characters.
 */
const MIN_INDEXED_LETTERS = 3;
const isIndexable = (word: string) => [...word].length >= MIN_INDEXED_LETTERS;

/** An FTS5 query where every word must occur as a substring: quoted strings, `"` doubled. */
export function ftsQuery(words: string[]): string {
  return words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * SQL: the row's compact `search_text` holds every word of the needle. Words of 3+ letters are
 * looked up in the trigram index (a substring match, like `LIKE '%word%'` but without a scan);
 * shorter words filter the indexed rows with LIKE, or scan when no word is long enough.
 */
export function matchesWords(table: SearchableTable, needle: SearchNeedle): SQL | undefined {
  const indexed = needle.words.filter(isIndexable);
  const index = sql.identifier(`${getTableName(table)}_fts`);
  return and(
    indexed.length > 0
      ? sql`${table.id} IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ${ftsQuery(indexed)})`
      : undefined,
    ...needle.words
      .filter((word) => !isIndexable(word))
      .map((word) => sql`${table.searchText} LIKE ${containsPattern(word)} ESCAPE '\\'`),
  );
}
