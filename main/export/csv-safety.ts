/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as
 * a formula (CSV injection). A CSV is not always opened with the delimiter it was written with:
 * French Excel splits a `,` file on `;`, English Excel a `;` file on `,`, and a line break or tab
 * inside a cell can start a new cell or row in a lenient reader. So every *segment* of a cell —
 * its start, and whatever follows a `,`, `;`, tab or line break inside it — is tested, after
 * skipping spaces and double quotes and after folding full-width and small signs (`＝ ＋ － ＠`,
 * `﹦ ﹢ ﹣ ﹫`) to ASCII (NFKC), since some spreadsheets accept those too. A segment that would
 * start a formula gets a leading apostrophe, which Excel and LibreOffice display as text. Plain
 * numbers (`-3`, `19.7`) are left alone so figures stay numeric.
 */
const SEGMENT = /(^|[,;\t\r\n])([^,;\t\r\n]*)/gu;
const FORMULA_SIGN = /^[ "]*[=+\-@]/u;
const PLAIN_NUMBER = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/u;

/** True when a cell segment, as a spreadsheet would read it, starts a formula. */
export function startsFormula(segment: string): boolean {
  const folded = segment.normalize('NFKC');
  return FORMULA_SIGN.test(folded) && !PLAIN_NUMBER.test(folded);
}

export function neutraliseCell(value: string): string {
  const cell = /^[\t\r]/u.test(value) ? `'${value}` : value;
  return cell.replace(SEGMENT, (whole, boundary: string, segment: string) => (startsFormula(segment) ? `${boundary}'${segment}` : whole));
}
