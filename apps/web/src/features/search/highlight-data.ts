// Which parts of a stored title to highlight for a query. The API matches on the compact
// normalized form (compactFa), so «تشكل», «تشکل‌ها» and «تشکلها» find «تشکل‌های»; the highlight has
// to compare the same way and then map each match back onto the original characters.
import { compactFa, normalizeFa } from '@hamgen/shared';

export interface Segment {
  text: string;
  match: boolean;
}

/** Terms shorter than this (a lone «و» or «ی») would light up half of every title. */
export const MIN_TERM_LENGTH = 2;

type CharKind = 'letter' | 'mark' | 'space';

interface SourceChar {
  start: number;
  end: number;
  kind: CharKind;
}

/**
 * How normalizeFa treats one character: folded to letters, dropped (diacritics, tatweel, hamza
 * marks) or turned into a space (ZWNJ, NBSP, bidi marks, whitespace). Asked of normalizeFa
 * itself, so the highlight never disagrees with the search.
 */
function fold(ch: string): { kind: CharKind; folded: string } {
  const folded = normalizeFa(ch);
  if (folded !== '') return { kind: 'letter', folded };
  return { kind: normalizeFa(`a${ch}b`) === 'ab' ? 'mark' : 'space', folded: '' };
}

/** The patterns to look for: each term, and the whole query with its spaces dropped. */
export function highlightPatterns(terms: readonly string[]): string[] {
  const patterns = terms.map(compactFa);
  if (terms.length > 1) patterns.push(compactFa(terms.join('')));
  return [...new Set(patterns.filter((p) => [...p].length >= MIN_TERM_LENGTH))];
}

/** Character ranges of `text` that match a pattern, merged where they touch or overlap. */
function matchRanges(text: string, patterns: readonly string[]): [number, number][] {
  const chars: SourceChar[] = [];
  // The compact text, and for each of its code units the index of the character it came from.
  let compact = '';
  const fromChar: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const { kind, folded } = fold(ch);
    chars.push({ start: offset, end: offset + ch.length, kind });
    const units = folded.replace(/ /g, '');
    compact += units;
    for (let i = 0; i < units.length; i++) fromChar.push(chars.length - 1);
    offset += ch.length;
  }

  const ranges: [number, number][] = [];
  for (const pattern of patterns) {
    for (let at = compact.indexOf(pattern); at !== -1; at = compact.indexOf(pattern, at + 1)) {
      const first = fromChar[at] ?? 0;
      let last = fromChar[at + pattern.length - 1] ?? first;
      // Keep a letter's diacritics with it: a mark cut off from its letter renders on its own.
      while (chars[last + 1]?.kind === 'mark') last++;
      ranges.push([chars[first]?.start ?? 0, chars[last]?.end ?? text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const previous = merged.at(-1);
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Splits `text` into matched and unmatched runs; joining the runs gives `text` back. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (text === '') return [];
  const patterns = highlightPatterns(terms);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of patterns.length === 0 ? [] : matchRanges(text, patterns)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
