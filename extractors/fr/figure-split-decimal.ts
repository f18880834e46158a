/**
 * A decimal comma followed by a stray space before a multiplier: `2, 7 millions d'euros` is 2,7
 * millions, not 7. Read back from the multiplied number: one to three digits (no digit, letter or
 * separator before them), a comma, one space, then the number of one or two digits. Only before a
 * multiplier (`million`, `milliard`…), where a list of bare numbers (`1, 2 et 3`) does not occur;
 * a year before the comma (`depuis 2021, 2 millions`) has four digits and is left alone. Used by
 * `fr.figure.count` (rule `fr.figure.count.split-decimal`).
 */

/** The integer part and its comma, right before the multiplied number. */
const INTEGER_BEFORE = /(?<![\p{L}\p{N},.\u00a0\u202f]|\p{N}[ \t])(?<integer>\d{1,3}),[ \t]$/u;

/** The start and value of `2, 7` when the number `digits` at `start` is its decimal part, or undefined. */
export function splitDecimal(text: string, start: number, digits: string | undefined): { start: number; value: number } | undefined {
  if (digits === undefined || !/^\d{1,2}$/u.test(digits)) return undefined;
  const found = INTEGER_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  const integer = found?.groups?.['integer'];
  if (found === null || integer === undefined) return undefined;
  return { start: start - (found[0].length), value: Number(`${integer}.${digits}`) };
}
