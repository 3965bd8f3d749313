import { compactFa, normalizeFa } from '@hamgen/shared';
import { and, type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * A query as search uses it: its words, each in compact normalized form, and the whole query in
 * that form. A row matches when it holds every word («لبنيات كرمان» finds «لبنیات استان کرمان»);
 * ZWNJ, space or nothing between the parts of one word all meet in the compact form.
 */
export interface SearchNeedle {
  words: string[];
  compact: string;
}

export function searchNeedle(q: string): SearchNeedle {
  const words = normalizeFa(q).split(' ').map(compactFa).filter(Boolean);
  return { words, compact: words.join('') };
}

/** A LIKE pattern that finds `word` anywhere; the user's % _ and \ match literally. */
export function containsPattern(word: string): string {
  return `%${compactFa(word).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** SQL: the compact `search_text` column holds every word of the needle. */
export function matchesWords(column: SQLWrapper, needle: SearchNeedle): SQL | undefined {
  return and(...needle.words.map((word) => sql`${column} LIKE ${containsPattern(word)} ESCAPE '\\'`));
}

/** The same test in JS, for text that has no normalized column. */
export function hasWords(text: string, needle: SearchNeedle): boolean {
  const compact = compactFa(text);
  return needle.words.every((word) => compact.includes(word));
}
