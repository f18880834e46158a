/**
 * Filters of `fr.figure.filter` that read the page layout: a number ending a table row or a
 * `Label : value` line is not counted by the capitalised word opening the next line, and a
 * number opening a line before a name is a list marker; in a `|` table a cell's number counts
 * its row's label, not the next row's first word.
 */
import { COUNTED_NOUNS, SECTION_WORDS } from '../lexicon/units.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { NON_UNIT_WORDS } from '../lexicon/function-words.js';
import { isCountedKindAcronym } from '../lexicon/organisation-acronyms.js';
import { lineAround, lineEndOf, lineStartOf } from '../patterns.js';
import { singularUnit } from '../units.js';
import type { FigureFilter } from './figure-filter.js';
import type { FigureProposal } from './figure-proposal.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

const ACRONYM = /^\p{Lu}{2,6}s?$/u;
/**
 * A table row (`|` cells, or a label then numbers after two spaces), a `Label : 12` line, or a
 * line opened by a short capitalised label and a colon (`Lieu : Vialette, 12`, `Durée : 6 mois`).
 */
const ROW = /\||^[^:]*\p{L}[^:]*:[ \t]*\d|\p{L}[^\n]*?(?: {2,}|\t)[+-]?\d|^[ \t]*\p{Lu}\p{Ll}[^:.!?()]{0,40}:[ \t]/u;

/** True when the line of `offset` or the next one is a table row or a `Label : value` line. */
function inRows(text: string, offset: number): boolean {
  const { line, end } = lineAround(text, offset);
  const next = end < text.length ? text.slice(end + 1, lineEndOf(text, end + 1)) : '';
  return ROW.test(line) || ROW.test(next);
}

/**
 * A capitalised word opening the next `Label :` (`Horaires :`, `Date de début :`), not a `12:30` time; a flattened page
 * may wrap the label over one line break (`Repas⏎livrés en juillet et août :`, `Axes du⏎projet :`), its next line going on in
 * lower case; a capitalised next line opens its own label (`Bénévoles : 45 Personnes⏎Salariés : 12`: 45 counts people).
 */
const NEXT_LABEL = /^\p{Lu}\p{Ll}(?:[^:.!?()\n,;]|\n(?=[ \t]*\p{Ll})){0,44}:(?!\d)/u;

/**
 * `Lieu : Vialette, 12 Horaires : …`: `Label : value` pairs run together on one line (a layout
 * that joined short lines); the capitalised word after the value opens the next label.
 */
function runOnLabel(p: FigureProposal): boolean {
  if (p.unitWord === undefined || p.gap.includes('\n') || !p.text.slice(lineStartOf(p.text, p.start), p.start).includes(':')) return false;
  return NEXT_LABEL.test(p.text.slice(p.unitEnd - p.unitWord.length, p.unitEnd + 48));
}

export const rowBreakFilter: FigureFilter = {
  id: 'fr.figure.filter.row-break',
  reason: 'in a table or `Label : value` lines, a capitalised word on the next line (or opening the next label) starts a new row',
  rejects: (p) => p.unitWord !== undefined && OPENS_UPPER.test(p.unitWord) && (p.gap.includes('\n') ? inRows(p.text, p.start) : runOnLabel(p)),
};

/** A word in capitals, three letters or more (`BÉNÉVOLES`, `ATELIERS`). */
const CAPITALS_WORD = /^[\p{Lu}'’-]{3,}$/u;
/** No lower-case letter up to the line's end. */
const NO_LOWER = /^[^\p{Ll}\n]*$/u;

/**
 * `52 COOPÉRATIVES DONT`, `140 BÉNÉVOLES ACTIFS SUR LE TERRITOIRE`: on a line written in capitals (a
 * poster, a key-figures strip), the capital after a plural noun is the line's case, not a name's
 * start (`capitals-line`); a function word (`13 NOS TERRITOIRES`) or a singular word (`14 RAPPORT`)
 * is no counted noun.
 */
function capitalsLineCount(text: string, unitWord: string, unitEnd: number): boolean {
  if (!CAPITALS_WORD.test(unitWord) || !/[SX]$/u.test(unitWord)) return false;
  const lower = unitWord.toLowerCase();
  return !NON_UNIT_WORDS.has(lower) && singularUnit(unitWord) !== lower && NO_LOWER.test(text.slice(unitEnd, lineEndOf(text, unitEnd)));
}

/** The number (one to three digits) opening the last line of `before` before a capital, blank lines skipped. */
const LAST_LINE_NUMBER = /(?:^|\n)[ \t]*(\d{1,3})[ \t]+\p{Lu}[^\n]*\s*$/u;
/** The number opening the first line of `after` before a capital, blank lines skipped. */
const NEXT_LINE_NUMBER = /^[^\S\n]*\n\s*?(\d{1,3})[ \t]+\p{Lu}/u;

/**
 * `1 ENJEUX⏎2 ACTIONS⏎3 PERSPECTIVES`: numbers opening neighbouring lines in sequence (n, n+1), each
 * before a capital, number sections whatever the case of the words after them (`numbered-sequence`);
 * key figures on their own lines do not run in sequence.
 */
function numberedSequence(text: string, start: number): boolean {
  const value = Number(/^\d{1,3}(?!\d)/u.exec(text.slice(start, start + 4))?.[0] ?? Number.NaN);
  if (Number.isNaN(value)) return false;
  const lineStart = lineStartOf(text, start);
  const previous = LAST_LINE_NUMBER.exec(text.slice(Math.max(0, lineStart - 200), lineStart))?.[1];
  const next = NEXT_LINE_NUMBER.exec(text.slice(lineEndOf(text, start), lineEndOf(text, start) + 200))?.[1];
  return (previous !== undefined && Number(previous) === value - 1) || (next !== undefined && Number(next) === value + 1);
}

/**
 * `8    Jardin partagé…`: a number opening a line before a capitalised name; a counted plural
 * (`12 Structures membres`) stays a figure unless its neighbouring lines open on the numbers
 * before or after it.
 */
function listMarker(text: string, start: number, unitWord: string, unitEnd: number): boolean {
  if (!OPENS_UPPER.test(unitWord)) return false;
  if (text.slice(lineStartOf(text, start), start).trim() !== '') return false;
  if (numberedSequence(text, start)) return true;
  if (/^[ \t]+\p{Lu}/u.test(text.slice(unitEnd, unitEnd + 3)) && !capitalsLineCount(text, unitWord, unitEnd)) return true;
  const lower = unitWord.toLowerCase();
  return singularUnit(unitWord) === lower && !COUNTED_NOUNS.has(lower) && !/^\p{Lu}{2,6}s$/u.test(unitWord);
}

export const listMarkerFilter: FigureFilter = {
  id: 'fr.figure.filter.list-marker',
  reason: 'a number opening a line before a capitalised name numbers a list item',
  rejects: (p) => p.unitWord !== undefined && !p.gap.includes('\n') && listMarker(p.text, p.start, p.unitWord, p.unitEnd),
};

export const tableCellFilter: FigureFilter = {
  id: 'fr.figure.filter.table-cell',
  reason: 'a number opening a `|` cell, or ending a run of numbers, counts its row label; a capitalised word after it starts the next row',
  rejects: (p) => p.unitWord !== undefined && OPENS_UPPER.test(p.unitWord) && !ACRONYM.test(p.unitWord) && /(?:\||\d)[ \t]*$/u.test(p.before),
};

export const pageHeaderFilter: FigureFilter = {
  id: 'fr.figure.filter.page-header',
  reason: 'a page number before a numbered part (`4 Partie 1`, `12 Chapitre 3`) in a contents list or running header',
  rejects: (p) => p.kind === 'noun' && SECTION_WORDS.has(p.singular) && /^[ \t]+\d/u.test(p.text.slice(p.unitEnd, p.unitEnd + 4)),
};

/**
 * A capitalised word that reads as a heading, not a unit: title case (`Édito`), or upper case,
 * five letters or more and a dictionary word (`PORTRAIT`, `COMPTE-RENDU`; short upper-case words
 * are acronym units: `ETP`, `CAP`, `PTCE`). Singular: no plural mark (words in `s`/`x` may be
 * either and are left alone).
 */
function singularHeadingWord(word: string, singular: string, lower: string): boolean {
  // `singularUnit` keeps short upper-case words as written (acronyms): compare in lower case.
  if (singular.toLowerCase() !== lower || /[sx]$/u.test(lower) || isCountedKindAcronym(word)) return false;
  if (/^\p{Lu}\p{Ll}/u.test(word)) return true;
  return /^[\p{Lu}'’-]{5,}$/u.test(word) && isCommonWord(lower);
}

/**
 * `1 Édito`, `11 Rencontre des Hautes Terres`, `6 PORTRAIT d'une bénévole`: in a flattened table of
 * contents the page numbers run into the headings. Mid-text, a count is followed by its noun in
 * lower case, or capitalised and plural (`14 Ateliers`): a capitalised singular word after two or
 * more breaks the agreement, and after one it is a heading unless it is a counted noun (`1 Salarié`).
 */
export const headingWordFilter: FigureFilter = {
  id: 'fr.figure.filter.heading-word',
  reason: 'a page number of a flattened table of contents before a capitalised singular heading (`1 Édito`, `11 Rencontre du…`)',
  rejects: (p) =>
    p.kind === 'noun' && p.unitWord !== undefined && singularHeadingWord(p.unitWord, p.singular, p.unitLower) &&
    (p.value >= 2 || !COUNTED_NOUNS.has(p.singular)),
};

/**
 * One entry of a flattened table of contents: a page number (one to three digits) before a
 * capitalised word, or opening a line before any word (`3 CONTEXTE`, `⏎4 les ateliers`).
 */
const CONTENTS_ENTRY = /(?<![\p{L}\p{N},.'’/-])(?<number>\d{1,3})[ \t]+(?<word>\p{L}[\p{L}'’-]*)/gu;
/** Most text between two entries of one table of contents. */
const CONTENTS_GAP = 120;
/** Entries in a run of growing page numbers, and how many of them must head no counted noun. */
const CONTENTS_RUN = 3;

interface ContentsEntry {
  readonly start: number;
  readonly value: number;
  readonly title: boolean;
}

/**
 * A word that opens a heading rather than names what a key figure counts: an article or another
 * function word (`Les jeunes…`), or a singular word no indicator counts (`Édito`, `Présentation`).
 * A key-figures strip names plural things (`12 Recycleries`, `45 Épiceries`).
 */
function headingWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (NON_UNIT_WORDS.has(lower)) return true;
  const singular = singularUnit(word).toLowerCase();
  return singular === lower && !COUNTED_NOUNS.has(singular);
}

function contentsEntries(text: string, from: number, to: number): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const found of text.slice(from, to).matchAll(CONTENTS_ENTRY)) {
    const start = from + (found.index ?? 0);
    const word = found.groups?.['word'] ?? '';
    const lineOpening = start === 0 || text[start - 1] === '\n';
    if (!OPENS_UPPER.test(word) && !lineOpening) continue;
    entries.push({ start, value: Number(found.groups?.['number']), title: headingWord(word) });
  }
  return entries;
}

/** The run of entries around `index` whose numbers grow, each close to the one before. */
function growingRun(entries: readonly ContentsEntry[], index: number): readonly ContentsEntry[] {
  let first = index;
  while (first > 0 && entries[first - 1]!.value < entries[first]!.value && entries[first]!.start - entries[first - 1]!.start <= CONTENTS_GAP) first -= 1;
  let last = index;
  while (last + 1 < entries.length && entries[last + 1]!.value > entries[last]!.value && entries[last + 1]!.start - entries[last]!.start <= CONTENTS_GAP) last += 1;
  return entries.slice(first, last + 1);
}

/**
 * `Sommaire Avant-propos 3 Enjeux 5 Démarche… 22 Annexes`: a flattened table of
 * contents runs page numbers into headings. A run of three or more numbers that grow, each before
 * a capitalised word (or opening a line) within a short reach of the next, most of them before a
 * word no indicator counts, is a contents list; a key-figures strip (`3 Ateliers 12 Salariés 45
 * Bénévoles`) heads counted nouns and stays.
 */
function inContentsRun(p: FigureProposal): boolean {
  if (p.digits === undefined || !/^\d{1,3}$/u.test(p.digits) || p.unitWord === undefined) return false;
  // Only an entry itself may be one (cheap tests first: most numbers are neither).
  if (!OPENS_UPPER.test(p.unitWord) && !(p.start === 0 || p.text[p.start - 1] === '\n')) return false;
  const entries = contentsEntries(p.text, Math.max(0, p.start - CONTENTS_GAP * (CONTENTS_RUN - 1)), Math.min(p.text.length, p.end + CONTENTS_GAP * (CONTENTS_RUN - 1)));
  const index = entries.findIndex((entry) => entry.start === p.start);
  if (index < 0) return false;
  const run = growingRun(entries, index);
  return run.length >= CONTENTS_RUN && run.filter((entry) => entry.title).length >= CONTENTS_RUN - 1;
}

export const contentsRunFilter: FigureFilter = {
  id: 'fr.figure.filter.contents-run',
  reason: 'a page number in a flattened table of contents: a run of growing numbers before headings (`2 PRÉFACE 3 CONTEXTE 4 LES ACTIONS`)',
  rejects: (p) => p.kind === 'noun' && inContentsRun(p),
};
