/**
 * Proposer family "a coined name": a capitalised word whose apostrophe French does not write, so
 * that it says by itself that it is a name, with no type word before it (`le concept de Kalim'Eco`,
 * `Le Tric'ode Vienne est né…`, `Ressourc' est le pilote…`). French puts an apostrophe after an
 * elided article or clitic (`l'`, `qu'`, `lorsqu'`) or inside a few words (`aujourd'hui`,
 * `presqu'île`); a structure's name puts one inside a word of three letters or more, before a
 * capital (`Répar'Tout`), a lower-case ending (`Fab'lab`) or nothing (`Valor'`). The word is read
 * with the capitalised words around it on its line (`Kalim'Eco Loire`, `Locaux Partag'`) and a
 * capitalised article right before it (`La Fab'lab`). Not proposed: a word opened by a quote
 * (`‘Valor’`), a quoted title, a scheme's name, a word in capitals (a heading's or a stand's), a
 * running title, a name a number follows (its extent is unsure). Evidence `coined-name`; the
 * name's own evidence (a place, a person, a common word) still weighs.
 */
import { CAPITAL_OR_ABOVE_AHEAD, alternation, fold } from '../../core/pattern.js';
import { ALL_UPPER } from '../../core/word-shape.js';
import { anchoredMatches } from '../../core/pipeline.js';
import { SCHEME_WORDS } from '../lexicon/organisation-cues.js';
import { PHRASE_OPENERS } from '../lexicon/organisation-list-cues.js';
import { APOSTROPHE_WORD_STEMS } from '../lexicon/prose-words.js';
import type { SourcedSpan } from '../../core/types.js';

export type CoinedName = SourcedSpan<'coined-name'>;

/**
 * Up to two capitalised words before it on the line (`Locaux Kalim'`), a capitalised stem of three
 * letters or more, an apostrophe, then a capital, two lower-case letters or more, or the word's end;
 * up to two capitalised words after it on the line (`Tric'ode Vienne`). A number after the word is
 * left out: as often a results column (`Kalim'Eco 25 - 4 000 €`) as the name's department.
 * Every match opens on a capital (an article's, a lead word's or the stem's): the capital look-ahead
 * first, so the look-behinds are tried at capitals only (speed only: the same matches).
 */
const COINED = new RegExp(
  `${CAPITAL_OR_ABOVE_AHEAD}(?<![\\p{L}\\p{N}‘@#/._-])(?<!\\p{L}{2}['’])(?<lead>(?:(?:Les|Le|La)[ \\t]+|L['’])?(?:\\p{Lu}\\p{Ll}+(?:[ \\t]+|[ \\t]*\\n[ \\t]*)){0,2})` +
    `(?<word>(?<stem>\\p{Lu}\\p{L}{2,})['’](?:\\p{Lu}[\\p{L}]*|\\p{Ll}{2,}|(?![\\p{L}\\p{N}])))` +
    `(?:[ \\t]+\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}[\\p{Ll}]+)?){0,2}(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
/**
 * The apostrophe after a capitalised stem (`Kalim'`) that every match holds: a match starts on its line
 * or at most two lines before it (a lead word may end each of the two lines before the stem's), so the
 * pattern is tried around such apostrophes only (speed only: the same matches). Found at the apostrophe,
 * the stem looked behind from it, so the engine stops at apostrophes only.
 */
const STEM_APOSTROPHE = /['’](?<=\p{Lu}\p{L}{2,}['’])/gu;
/**
 * An opening quote earlier on the line, not closed since: the apostrophe may close it (`‘Valor’`),
 * or the name is a quoted title's, left to the quoted names' rules (`« Kalim'en Fête »`).
 */
const OPEN_QUOTE = /(?:‘|(?:^|[ \t(])')[^’'\n]*$|«[^»\n]*$/u;
/** A word of plans, events and schemes right before the name (`le programme Kalim'Eco`): a scheme's name, no body's. */
const SCHEME_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(SCHEME_WORDS)}[ \\t]+$`, 'iu');
/**
 * After the name: a closing quote (the name is a quoted title's, its opening quote maybe on the
 * line before: `« Kalim'en⏎Fête »`), or a number, whose reading (the name's department, a results
 * column, a footnote's call) leaves the name's extent unsure: other rules read those.
 */
const UNSURE_AFTER = /^[ \t]*(?:»|\d)/u;
/** A short line the name ends: a heading or a page's running title (`Dossier de presse Kalim'Eco`), no prose. */
const HEADING_LINE = 40;
/** Capitalised words opening the lead that open a phrase instead (`Avec Kalim'Eco`), with a capitalised article or not. */
const OPENER_LEAD = /^(?:(?:Les|Le|La)[ \t]+|L['’])?(?<word>\p{Lu}\p{Ll}+)(?:[ \t]+|[ \t]*\n[ \t]*)/u;

/** A lower-case word right before, on the line: the name's lead wraps running prose. */
const PROSE_BEFORE = /\p{Ll}[ \t]+$/u;

/**
 * Where the name starts: the lead's phrase openers (`Avec`, `Depuis`) are left out, and so is a
 * lead a line break ends when no prose runs into it (`Nos Partenaires⏎Kalim'Eco`: a heading's words).
 */
function nameStart(text: string, start: number, lead: string): number {
  const lineBreak = lead.lastIndexOf('\n');
  const wraps = lineBreak < 0 || PROSE_BEFORE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  const cut = wraps ? 0 : lineBreak + 1 + (/^[ \t]*/u.exec(lead.slice(lineBreak + 1))?.[0].length ?? 0);
  let at = start + cut;
  let rest = lead.slice(cut);
  for (let opener = OPENER_LEAD.exec(rest); opener !== null && PHRASE_OPENERS.has(fold(opener.groups?.['word'] ?? '')); opener = OPENER_LEAD.exec(rest)) {
    at += opener[0].length;
    rest = rest.slice(opener[0].length);
  }
  return at;
}

/**
 * Whether the match is a coined name: no word of the language (`Aujourd'hui`), no word closing a
 * quote, no scheme's name, no word in capitals (a heading's, a tag's, a stand's: `le stand RÉPAR'VÉLO`).
 */
function isCoined(text: string, start: number, end: number, word: string, stem: string): boolean {
  if (APOSTROPHE_WORD_STEMS.has(fold(stem))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 120), start);
  if (OPEN_QUOTE.test(before) || SCHEME_BEFORE.test(before.slice(-40)) || UNSURE_AFTER.test(text.slice(end, end + 4))) return false;
  if (endsShortLine(text, lineStart, end)) return false;
  return !ALL_UPPER.test(word.replace(/['’]/gu, ''));
}

/** Whether the name ends its line (over spaces and closing punctuation) and that line is short. */
function endsShortLine(text: string, lineStart: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /^[ \t.]*$/u.test(rest) && end - lineStart < HEADING_LINE;
}

/** Every coined name on the page. */
export function coinedNames(text: string): CoinedName[] {
  const found: CoinedName[] = [];
  // Every match holds an apostrophe: pages with none are skipped (speed only).
  if (!text.includes('’') && !text.includes("'")) return found;
  for (const match of anchoredMatches(COINED, STEM_APOSTROPHE, 2, text)) {
    const end = match.index + match[0].length;
    if (!isCoined(text, match.index, end, match.groups?.['word'] ?? '', match.groups?.['stem'] ?? '')) continue;
    found.push({ start: nameStart(text, match.index, match.groups?.['lead'] ?? ''), end, source: 'coined-name' });
  }
  return found;
}
