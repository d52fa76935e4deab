/**
 * How the library writes CSV, for the build's exports (`src/lib/exports.ts`) and for the search
 * page's "Download as CSV" in the browser (`src/scripts/search.ts`), so both give the same
 * cells. It imports nothing: the search page loads it with its script, and loads
 * csv-stringify's browser build only when a reader asks for a file.
 */

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) is neutralised as OWASP advises: a leading apostrophe makes it text.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A value as a cell: lists joined with "; ", objects as JSON, nothing as empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The records as rows of safe cells, in the order of `columns`. */
export function csvCells(rows: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): string[][] {
  return rows.map((row) => columns.map((column) => safeCell(cellText(row[column]))));
}

/** csv-stringify's options: a header row, and a byte-order mark so spreadsheets read UTF-8. */
export const csvOptions = (columns: readonly string[]) => ({ header: true, columns: [...columns], bom: true });
