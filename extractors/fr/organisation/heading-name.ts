/**
 * Proposer family "a name as a heading" (no type word needed): a newsletter or a slide gives a
 * structure a line of its own (often with a bullet: `♦ Trokalis Habitat`), then writes about it
 * below, naming it again with the same capitals (`Cette année, Trokalis Habitat…`). A heading
 * that is a topic (`Transition écologique`) is written in lower case when the text takes it up,
 * so only a name repeated as written, in the next lines and not at a sentence start, is proposed.
 * A heading opens a block (a bullet, or a blank line or a sentence's end above it): a line that
 * ends a wrapped title is none.
 * Titles of plans, events and schemes (`SCHEME_WORDS`) are not. Evidence `heading-repeated`.
 */
import { alternation } from '../../core/pattern.js';
import { SCHEME_WORDS } from '../lexicon/organisation-cues.js';
import { isNameShaped } from './evidence.js';
import type { SourcedSpan } from '../../core/types.js';

export type HeadingName = SourcedSpan<'heading-repeated'>;

/** A short line: an optional bullet, then the heading (no end punctuation). */
const HEADING_LINE = /^[ \t]*(?:[-•*–·▪►♦◆■□➢➤✓✔◦○][ \t]+)?(?<name>[^\n]{2,50}?)[ \t]*$/u;
const BULLETED = /^[ \t]*[-•*–·▪►♦◆■□➢➤✓✔◦○][ \t]+/u;
/** How far below the heading the name is looked for again. */
const REACH = 400;
const SCHEME_WORD = new RegExp(`(?<![\\p{L}])${alternation(SCHEME_WORDS)}(?![\\p{L}])`, 'iu');

/** Whether `name` occurs in `below` as whole words, with its capitals, not opening a sentence or a line. */
function takenUp(below: string, name: string): boolean {
  for (let at = below.indexOf(name); at >= 0; at = below.indexOf(name, at + 1)) {
    const before = below.slice(Math.max(0, at - 3), at);
    const after = below.charAt(at + name.length);
    if (/[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}'’-]$/u.test(before)) continue;
    if (at === 0 || /(?:^|[.!?:\n])[ \t]*$/u.test(before)) continue;
    return true;
  }
  return false;
}

/** Every heading line the text below names again as written. */
export function headingNames(text: string): HeadingName[] {
  const found: HeadingName[] = [];
  let start = 0;
  let previous = '';
  for (const line of text.split('\n')) {
    const lineStart = start;
    const above = previous;
    start += line.length + 1;
    previous = line;
    if (line.length > 60) continue; // a cheap test first: a heading is short
    // A heading opens a block: a bullet, or the line above is blank or ends a sentence
    // (`…un séminaire à⏎Val Serein` is a wrapped line, not a heading).
    if (!BULLETED.test(line) && !/(?:^|[.!?:»")])[ \t]*$/u.test(above)) continue;
    const heading = HEADING_LINE.exec(line);
    const name = heading?.groups?.['name'];
    if (heading === null || name === undefined || /[.:;,!?]$/u.test(name) || !isNameShaped(name) || SCHEME_WORD.test(name)) continue;
    if (!takenUp(text.slice(start, start + REACH), name)) continue;
    const offset = heading[0].length - name.length - (heading[0].length - heading[0].trimEnd().length);
    found.push({ start: lineStart + offset, end: lineStart + offset + name.length, source: 'heading-repeated' });
  }
  return found;
}
