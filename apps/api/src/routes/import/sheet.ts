// The one shape both readers produce: rows of cells with the row numbers the user sees. A cell
// is its text as typed, or a marker for what must not be taken as text (an XLSX formula, whose
// cached result could be anything; a date cell, which has no Jalali reading; an error value).
export type Cell = string | { kind: 'formula' | 'date' | 'error'; text: string };

export interface Sheet {
  rows: { row: number; cells: Cell[] }[];
}

export const cellText = (cell: Cell | undefined): string =>
  cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;

export const isBlankRow = (cells: Cell[]) => cells.every((c) => cellText(c).trim() === '');
