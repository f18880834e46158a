/**
 * What a page pass needs to know of each UTF-16 code unit, asked once per unit and kept in tables:
 * whether it is a letter (`\p{L}`, as a pattern's `(?<![\p{L}])` reads it) and its case folding
 * (as a `u`-flag pattern with `i` compares). Used by core/cue-words.ts, which reads every unit of
 * every page: a table look-up there costs far less than a regular expression per unit.
 */

const LETTER = /^\p{L}$/u;
/** Kinds of code unit (`UNIT_KINDS`). */
export const OTHER_UNIT = 1;
export const LETTER_UNIT = 2;
export const SURROGATE_UNIT = 3;

/** Per BMP code unit: 0 not looked at yet (ask `unitKind`), or its kind (filled as units are met). */
export const UNIT_KINDS = new Uint8Array(0x10000);

/** The kind of code unit `code`. */
export function unitKind(code: number): number {
  const known = UNIT_KINDS[code] ?? SURROGATE_UNIT;
  if (known !== 0) return known;
  const kind = code >= 0xd800 && code <= 0xdfff ? SURROGATE_UNIT : LETTER.test(String.fromCharCode(code)) ? LETTER_UNIT : OTHER_UNIT;
  UNIT_KINDS[code] = kind;
  return kind;
}

/** How many code units the letter at `index` takes (1, or 2 for an astral letter), 0 when it is no letter. */
export function letterLength(text: string, index: number): number {
  const kind = unitKind(text.charCodeAt(index));
  if (kind !== SURROGATE_UNIT) return kind === LETTER_UNIT ? 1 : 0;
  const point = text.codePointAt(index) ?? 0;
  return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
}

/**
 * Case folding the way a `u`-flag pattern with `i` compares: `toLowerCase` of the code unit, except
 * the long s, which such a pattern takes for an `s` although it is lower case already. Two units a
 * `/c/iu` pattern treats as equal, `c` a letter of French words, fold the same (code-units.test.ts
 * checks it over every code unit); cue words in other scripts would need more exceptions.
 */
const FOLD_EXCEPTIONS: ReadonlyMap<number, number> = new Map([[0x017f, 0x73]]);
/** Per BMP code unit: its folded unit, 0 when not computed yet. */
const foldedUnits = new Uint16Array(0x10000);

/** `code` case-folded (see `FOLD_EXCEPTIONS`). */
export function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const known = foldedUnits[code] ?? 0;
  if (known !== 0) return known;
  const lower = String.fromCharCode(code).toLowerCase();
  const folded = FOLD_EXCEPTIONS.get(code) ?? (lower.length === 1 ? lower.charCodeAt(0) : code);
  foldedUnits[code] = folded;
  return folded;
}
