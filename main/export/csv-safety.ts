/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as
 * a formula (CSV injection). Such cells get a leading apostrophe, which Excel and LibreOffice
 * display as text. Plain numbers (`-3`, `19.7`) are left alone so figures stay numeric.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/u;

export function neutraliseCell(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}
