/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as
 * a formula (CSV injection). A CSV is not always opened with the delimiter it was written with:
 * French Excel splits a `,` file on `;`, English Excel a `;` file on `,`, and a line break or tab
 * inside a cell can start a new cell or row in a lenient reader. So every *segment* of a cell —
 * its start, and whatever follows a `,`, `;`, tab or line break (any Unicode line break) inside it — is tested, after
 * skipping spaces (any Unicode space: NFKC folds most to ASCII, not U+1680) and double quotes and after folding full-width and small signs (`＝ ＋ － ＠`,
 * `﹦ ﹢ ﹣ ﹫`) to ASCII (NFKC), since some spreadsheets accept those too. A segment that would
 * start a formula gets a leading apostrophe, which Excel and LibreOffice display as text. Plain
 * numbers (`-3`, `19.7`) are left alone so figures stay numeric.
 */
/**
 * Where a cell may be split: both delimiters, tab, and every line break Unicode knows (a reader
 * that splits lines as Python's `splitlines` does starts a row at `\v`, `\f`, U+001C–U+001E,
 * U+0085, U+2028 or U+2029). Captured, so that splitting keeps them.
 */
// eslint-disable-next-line no-control-regex -- the control characters are the point: each starts a new row somewhere
const BOUNDARY = /([,;\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029])/u;
const FORMULA_SIGN = /^[\p{Zs}"]*[=+\-@]/u;
const PLAIN_NUMBER = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/u;

/** True when a cell segment, as a spreadsheet would read it, starts a formula. */
export function startsFormula(segment: string): boolean {
  const folded = segment.normalize('NFKC');
  return FORMULA_SIGN.test(folded) && !PLAIN_NUMBER.test(folded);
}

export function neutraliseCell(value: string): string {
  const cell = /^[\t\r]/u.test(value) ? `'${value}` : value;
  // Split pieces alternate: segment, boundary, segment… (a cell that starts with `;=…` has an
  // empty first segment, and its `=…` is tested as the second).
  return cell
    .split(BOUNDARY)
    .map((piece, index) => (index % 2 === 0 && startsFormula(piece) ? `'${piece}` : piece))
    .join('');
}
