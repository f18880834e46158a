/**
 * Layouts in which a word in capitals on an OCR page reads as a body's name although OCR damaged
 * the marks that show it on a text layer. organisation-acronym.ts refuses an unknown acronym on an
 * OCR page unless it reads as a name (OCR turns noise into capitals); these are the places where
 * it does once the page's damage is undone in reading:
 * - a list item whose bullet OCR read as `+`, `*` or `»`, or dropped (`+ BRAVOK » Atelier Vert`);
 * - a list written with slashes (`TROMEL / KAZIB`);
 * - a department's branch before the punctuation (`PLAVEK 30,`), as the text layer's `IDA 66,`;
 * - a label at a line start before a dash, the en dash read as a hyphen (`FORVEL - vente de vélos`);
 * - the acronym then its expansion in brackets on the next line (`TIKRAV⏎(Association …`);
 * - a body's branch: the acronym then a place name (`KORVAL Mayenne`).
 * Each reads the few characters around the acronym only: noise capitals stand in running text,
 * with none of these marks around them.
 */
import { isPlaceName } from '../lexicon-lookup.js';

/** A list mark before: a bullet OCR read as `+`, `*`, `•` or `»` (after a space or at a line start), or a slash. */
const MARK_BEFORE = /(?:(?:^|[ \t\n])[+*•·»]|\/)[ \t]*$/u;
/** A slash, a bullet read as `+`, `*` or `»`, or a department number then punctuation after. */
const MARK_AFTER = /^[ \t]*(?:\/|[+*•·»][ \t]+\p{Lu}|(?:0[1-9]|[1-8]\d|9[0-5]|97[1-6])[ \t]*[),;.(:])/u;
/** A dash after a label at its line's start (`FORVEL - vente`), the expansion in brackets on the next line. */
const LABEL_DASH = /^[ \t]+[-–—][ \t]+\p{L}/u;
const EXPANSION_NEXT_LINE = /^[ \t]*\n[ \t]*\(\p{Lu}\p{Ll}/u;
/** A capitalised word (maybe hyphenated) right after the acronym. */
const WORD_AFTER = /^[ \t]+(?<word>\p{Lu}\p{Ll}+(?:-\p{L}+)*)(?![\p{L}\p{N}])/u;

/** Whether the line holding `start` opens on the acronym (after spaces or a bullet read as a letter or mark). */
function opensLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]*(?:[+*•·»e-][ \t]+)?$/u.test(text.slice(lineStart, start));
}

/** Whether the acronym between `start` and `end` stands in one of the layouts above. */
export function laidOutAsName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 40);
  if (MARK_BEFORE.test(before) || MARK_AFTER.test(after) || EXPANSION_NEXT_LINE.test(after)) return true;
  if (LABEL_DASH.test(after) && opensLine(text, start)) return true;
  const word = WORD_AFTER.exec(after)?.groups?.['word'];
  return word !== undefined && isPlaceName(word);
}
