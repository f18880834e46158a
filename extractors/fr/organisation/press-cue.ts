/**
 * Proposer family "a press cue, then the title" (no type word needed): a newspaper, a magazine or a radio is named by its
 * title after a press kind and its determiner (`le journal Le Courrier du Val`, `l'hebdomadaire « Kalmir Infos »`) or
 * after a phrase citing where an article appeared (`publié dans Kalmir Hebdo, mai 2024`, `retombées presse dans Le Val
 * – Radio Kalvi – Trokalnews`, `Abonnez-vous à Paysans du Val`). Titles are often a place or common words with their
 * article (`La Montagne`), which the cue makes a title's: a place or a common word does not weigh against the name
 * (evidence.ts). After a citing phrase, a title followed by a comma or a line end may close on one or two lower-case
 * words (`Kalmir hebdo`); further titles joined by a dash, a comma or `et` are read too. Evidence `press-cue`.
 */
import { alternation, initialsAhead } from '../../core/pattern.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import type { SourcedSpan } from '../../core/types.js';
import { PRESS_DETERMINERS, PRESS_KINDS, PRESS_PHRASES } from '../lexicon/press-cues.js';
import { NAME_RUN } from './name-candidates.js';

export interface PressTitle extends SourcedSpan<'press-cue'> {
  /** A cited title closing on lower-case words (`Kalmir hebdo`): its capitalised run, whose shape is the name's. */
  readonly run?: string;
}

const capitalised = (words: readonly string[]): string[] => words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]);
const DETERMINER = alternation(capitalised(PRESS_DETERMINERS));
/** An opening quote, maybe, then spaces. */
const QUOTE = '(?:[«"“][ \\t\\u00a0]*)?';
/** The cue: a determiner and a press kind, or a citing phrase (then a lower-case article, maybe). */
const CUE = new RegExp(
  `${initialsAhead([...PRESS_DETERMINERS, ...PRESS_PHRASES])}(?<![\\p{L}])(?:(?:${DETERMINER})[ \\t]*${alternation(PRESS_KINDS)}|(?<phrase>${alternation(capitalised(PRESS_PHRASES))})(?:[ \\t]+(?:le|la|les)|[ \\t]+l['’])?)(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
const CUES = cueWords([...PRESS_DETERMINERS, ...PRESS_PHRASES]);
/** The title right after the cue (spaces and one line break at most before it). */
const TITLE = new RegExp(`^[ \\t]*\\n?[ \\t]*${QUOTE}(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])`, 'du');
/** One or two lower-case words closing a cited title, then a comma or a line end (`Kalmir hebdo, mai 2024`). */
const LOWER_TAIL = /^(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){1,2}(?=[ \t]*(?:,|\n|$))/u;
/** A dash, a comma or `et` before the next title of a cited list (`Le Val – Radio Kalvi – Trokalnews`). */
const NEXT_TITLE = new RegExp(`^(?:[ \\t]+[–—-][ \\t]+|[ \\t]*,[ \\t]+|[ \\t]+et[ \\t]+)(?<name>${NAME_RUN})(?![\\p{L}\\p{N}'’&-])`, 'du');
/** What may close a title of a cited list: a dash, a comma, `et`, an ellipsis, a stop, a bracket, a line end. */
const LIST_END = /^(?:[ \t]+[–—-][ \t]|[ \t]*(?:[,;.…)]|\n|$)|[ \t]+et[ \t])/u;
/** Most titles a cited list is read for. */
const MAX_TITLES = 12;

/** The titles of the list starting at `start` (its first title's span given), each closed as a list's item. */
function citedList(text: string, first: { start: number; end: number; run?: string }): PressTitle[] {
  const found: PressTitle[] = [{ ...first, source: 'press-cue' }];
  let end = first.end;
  while (found.length < MAX_TITLES) {
    const next = NEXT_TITLE.exec(text.slice(end, end + 120))?.indices?.groups?.['name'];
    if (next === undefined || !LIST_END.test(text.slice(end + next[1], end + next[1] + 3))) break;
    found.push({ start: end + next[0], end: end + next[1], source: 'press-cue' });
    end += next[1];
  }
  return found;
}

/** A line ending on a connector (`Paysans de la⏎Val`): the name wraps there and goes on. */
const ENDS_ON_CONNECTOR = /(?:^|[ \t])(?:de|du|des|en|et|à|sur|la|le|les)[ \t]*$|[dlDL]['’][ \t]*$/u;

/** The end of a name run from `start` to `end` held to its line, unless the line ends on a connector (the name wraps). */
export function oneLine(text: string, start: number, end: number): number {
  let lineEnd = text.indexOf('\n', start);
  while (lineEnd >= 0 && lineEnd < end && ENDS_ON_CONNECTOR.test(text.slice(start, lineEnd))) lineEnd = text.indexOf('\n', lineEnd + 1);
  return lineEnd >= 0 && lineEnd < end ? lineEnd : end;
}

/** Every title the page names after a press cue. */
export function pressTitles(text: string): PressTitle[] {
  const found: PressTitle[] = [];
  for (const match of cueMatches(CUE, CUES, text)) {
    const cueEnd = match.index + match[0].length;
    const at = TITLE.exec(text.slice(cueEnd, cueEnd + 160))?.indices?.groups?.['name'];
    if (at === undefined) continue;
    const start = cueEnd + at[0];
    // A title holds one line: `Abonnez-vous à Paysans du Val⏎Frédéric…` ends at the line's end (oneLine).
    const end = oneLine(text, start, cueEnd + at[1]);
    const tail = match.groups?.['phrase'] === undefined || end < cueEnd + at[1] ? null : LOWER_TAIL.exec(text.slice(end, end + 40));
    found.push(...citedList(text, tail === null ? { start, end } : { start, end: end + tail[0].length, run: text.slice(start, end) }));
  }
  return found;
}
