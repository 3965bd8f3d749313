import { compactFa } from '@hamgen/shared';

/**
 * A LIKE pattern that finds `text` anywhere inside a `search_text` column (compact normalized
 * form). The user's own % _ and \ are escaped, so they match literally; use with ESCAPE '\'.
 */
export function containsPattern(text: string): string {
  return `%${compactFa(text).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
