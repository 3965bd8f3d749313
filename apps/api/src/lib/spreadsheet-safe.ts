// Cells a spreadsheet would run as formulas (= + - @, and tab/CR that some apps strip first) are
// written with a leading apostrophe, so exported data never executes in Excel (OWASP CSV
// injection). Numbers stay numbers: only text goes through here.
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
