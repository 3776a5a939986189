/** CSV for exports (rule 9 of README.md beside this file): RFC 4180, safe to open in a spreadsheet. */

export type CsvCell = string | number | boolean | null | undefined

/** Spreadsheets run a cell starting with one of these as a formula (CSV formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell. Numbers are written as they are (a negative number stays a number); text starting with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe so a spreadsheet shows it as text;
 * a cell holding a comma, a quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as CSV text: cells joined by commas, records ended by CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')
}
