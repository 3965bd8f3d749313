// The formula guard lives in @hamgen/shared beside the CSV writer; re-exported for server code.
export { spreadsheetSafe } from '@hamgen/shared';
