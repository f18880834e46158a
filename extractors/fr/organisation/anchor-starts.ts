/**
 * Where a gazetteer's anchor may start in a page, found by a lookup instead of the anchor pattern's scan.
 *
 * The anchor pattern (gazetteer.ts) is `LEFT_BOUNDARY (spelling | spelling | …) RIGHT_BOUNDARY`, each letter of a
 * spelling also reading its accented forms. Scanning a page with it runs the spellings' tree at every capital, and
 * it was the costliest single pattern of the extraction. A match needs a letter or digit run that starts where no
 * letter or digit stands before, and whose letters, accents taken off, spell a spelling up to its first non-word
 * character (`&` in `AT&T`) and end there. So each such run is walked once in a tree of those heads, with no
 * pattern: only the runs it holds are starts, and the pattern is then tried at those few starts (pipeline.ts,
 * `Parser.starts`), with the same matches as the whole-page scan.
 */

/** Kinds of BMP code unit: 0 not looked at yet, then one of these. */
const WORD_UNIT = 1;
const OTHER_UNIT = 2;
/** A surrogate: a code point beyond the BMP, which the walk never takes for a spelling's letter. */
const SURROGATE_UNIT = 3;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const unitKinds = new Uint8Array(0x10000);

/** Whether code unit `code` is a letter or digit (as a `u` pattern's `[\p{L}\p{N}]` reads a BMP character). */
function kindOf(code: number): number {
  const known = unitKinds[code] ?? SURROGATE_UNIT;
  return known !== 0 ? known : firstKindOf(code);
}

/** `kindOf` for a unit not met yet: kept for the next time. */
function firstKindOf(code: number): number {
  const kind = code >= 0xd800 && code <= 0xdfff ? SURROGATE_UNIT : WORD_CHARACTER.test(String.fromCharCode(code)) ? WORD_UNIT : OTHER_UNIT;
  unitKinds[code] = kind;
  return kind;
}

interface HeadNode {
  /** A spelling's head ends here. */
  end: boolean;
  readonly next: Map<number, HeadNode>;
}

/** Finds the starts of a gazetteer's anchors in a text (`anchorStarts`). */
export interface AnchorStarts {
  (text: string): number[];
}

/**
 * The start finder of `spellings` (no accent, case as the pattern wants it), each letter `c` also read as
 * `accentedForms[c]`, as the anchor pattern reads them. Throws on a spelling that opens on no letter or digit:
 * its matches could not be found from word starts.
 */
export function anchorStarts(spellings: Iterable<string>, accentedForms: Readonly<Record<string, string>>): AnchorStarts {
  // Each BMP unit as the tree reads it: an accented form as its plain letter, any other unit as itself.
  const bare = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) bare[code] = code;
  for (const [base, forms] of Object.entries(accentedForms)) for (const form of forms) bare[form.charCodeAt(0)] = base.charCodeAt(0);
  const root: HeadNode = { end: false, next: new Map() };
  for (const spelling of spellings) {
    let node = root;
    let index = 0;
    for (; index < spelling.length && kindOf(spelling.charCodeAt(index)) === WORD_UNIT; index += 1) {
      const code = spelling.charCodeAt(index);
      let child = node.next.get(code);
      if (child === undefined) node.next.set(code, (child = { end: false, next: new Map() }));
      node = child;
    }
    if (index === 0) throw new Error(`anchor spelling opens on no letter or digit: ${JSON.stringify(spelling)}`);
    node.end = true;
  }
  // Whether a unit (as read) opens some head: most word starts of a page open none, and are left at one table look-up.
  const opens = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) if (root.next.has(bare[code] ?? code)) opens[code] = 1;
  return (text: string): number[] => {
    const starts: number[] = [];
    let previous = OTHER_UNIT;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      const kind = kindOf(code);
      // A letter or digit before (a BMP one: a surrogate before may be a letter or not, so the position stays a start).
      if (kind === WORD_UNIT && previous !== WORD_UNIT && opens[code] === 1 && headEndsRun(root, bare, text, index)) starts.push(index);
      previous = kind;
    }
    return starts;
  };
}

/**
 * Whether the letter and digit run at `start` is a spelling's head, accents aside: its units walk the tree to a head's
 * end, and the run ends there (at a unit that is no BMP letter or digit: an astral one is left to the pattern).
 */
function headEndsRun(root: HeadNode, bare: Uint16Array, text: string, start: number): boolean {
  let node = root;
  for (let index = start; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (kindOf(code) !== WORD_UNIT) return node.end;
    const child = node.next.get(bare[code] ?? code);
    if (child === undefined) return false;
    node = child;
  }
  return node.end;
}
