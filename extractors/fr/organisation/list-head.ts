/**
 * Proposer family "the head of a list item" (no type word needed): a list of bodies often gives
 * each item the same shape, the name first, then a separator and what the body is or does:
 * - `• Kalimbo à Lorvey : un tiers-lieu…`, `• Trokalis – Paul Ferrand, menuisier`,
 * - `- Brindaille, pour sa friperie…`, `- Les Tréteaux (Lorvey) : …`, `• Kalvo Swing. Une école…`.
 * The items are read from their marks (a bullet anywhere, as a text layer joins a list into one
 * paragraph; a dash opening a line or following a colon, comma or semicolon), whatever their line
 * breaks. An item's head is its words up to the first separator (a colon, a spaced dash, a comma,
 * an opening bracket, a full stop, or `à` before a capital: where the body is); a head shaped like
 * a name (capitalised words and connectors, six words at most) is proposed. One item of the shape
 * is a sentence opening on a capital: three heads at least, and half the run's items, make a list
 * (`HEADS_AT_LEAST`).
 * The heads are weighed like any candidate (`list-head` evidence, evidence.ts): a common word,
 * a place or a person's name still speaks against one.
 */
import { INLINE_BULLET_MARK } from '../patterns.js';
import { isNameShaped } from './evidence.js';

export interface ListHead {
  readonly start: number;
  readonly end: number;
  /** Index of its run of items in the page (0-based); heads of one run share it. */
  readonly run: number;
  /** Items in that run. */
  readonly items: number;
}

/** Where an item opens: a bullet anywhere, or a dash opening a line or following a colon, a comma or a semicolon. */
const ITEM_MARK = new RegExp(`${INLINE_BULLET_MARK}[ \\t\\n]+|(?:^|(?<=\\n)|(?<=[:,;][ \\t]*\\n?))[ \\t]*[-–][ \\t]+`, 'gu');
/** Most characters of an item read; a blank line closes one too. */
const ITEM_REACH = 300;
/** A lower-case article opening the item (`- le Manteau, …`): not the name's. */
const LOWER_ARTICLE = /^(?:l['’]|(?:la|le|les)[ \t]+)(?=\p{Lu})/u;
/**
 * The head, then the separator that closes it: a colon, a spaced dash, a comma, an opening
 * bracket, a full stop before a space, or `à` and a capital (the body's town). After a colon the
 * description opens in lower case or on an elided article (`Kalimbo : un tiers-lieu…`): a capital,
 * a number or a person after it make the head a label and its value (`Budget : 3 000 €`, `Direction : Lise Moreau`).
 */
const HEAD = /^(?<head>[\p{Lu}\p{N}][^\n:;,()–—.!?«»"]{0,58}?(?:\n[^\n:;,()–—.!?«»"]{1,30}?)?)(?=[ \t]*:[ \t\n]+(?:\p{Ll}|[LlDd]['’])|[ \t\n]+[-–—][ \t\n]|,[ \t\n]|[ \t\n]*\(|\.[ \t\n]|[ \t\n]+à[ \t\n]+\p{Lu})/u;
const WORDS_AT_MOST = 6;
/**
 * Heads a run needs to be a list of names: three at least (two items of one shape are as often a timetable's or a
 * glossary's), and half its items (`10h - Accueil - 12h - Repas` is a programme).
 */
const HEADS_AT_LEAST = 3;

interface Item {
  readonly start: number;
  readonly end: number;
}

/** The items of a page, from their marks, and the runs they make (items that only white space parts). */
function itemRuns(text: string): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  const marks = [...text.matchAll(ITEM_MARK)];
  for (const [index, mark] of marks.entries()) {
    const start = mark.index + mark[0].length;
    const next = marks[index + 1]?.index ?? text.length;
    const blank = text.slice(start, next).search(/\n[ \t]*\n/u);
    const end = Math.min(next, start + ITEM_REACH, blank < 0 ? next : start + blank);
    const previous = run[run.length - 1];
    if (previous !== undefined && text.slice(previous.end, mark.index).trim() !== '') {
      runs.push(run);
      run = [];
    }
    run.push({ start, end });
  }
  runs.push(run);
  return runs.filter((items) => items.length >= HEADS_AT_LEAST);
}

/** The name an item opens with, when it has the shape of one and a separator closes it. */
function headOf(text: string, item: Item): Item | null {
  const body = text.slice(item.start, item.end);
  const article = LOWER_ARTICLE.exec(body)?.[0].length ?? 0;
  const head = HEAD.exec(body.slice(article))?.groups?.['head']?.trimEnd();
  if (head === undefined || head.split(/[ \t\n]+/u).length > WORDS_AT_MOST || !isNameShaped(head.replace(/\n/gu, ' '))) return null;
  const start = item.start + article;
  return { start, end: start + head.length };
}

/** Where a dash run may open: after a colon, or at a line's start. It goes on up to a full stop, a colon or a blank line. */
const RUN_OPENING = /(?<opening>:|^|\n)[ \t]*\n?[ \t]*(?<run>[^.:!?\n]+(?:\n(?![ \t]*\n)[^.:!?\n]+)*)/gu;
/** A spaced dash between two items of a run (`ANY_SPACED_DASH`: whether a run holds one). */
const SPACED_DASH = /[ \t\n]+[-–—][ \t\n]+/gu;
const ANY_SPACED_DASH = /[ \t\n][-–—][ \t\n]/u;
/** Names in a row a dash run needs right after a colon: three (one dash is a sentence's aside or a title's part). */
const NAMES_AFTER_COLON = 3;
/** Names in a row a dash run needs elsewhere: a title, its number and its season or a site's name and its page's are three. */
const NAMES_IN_A_ROW = 4;

/** The items of a run of text parted by spaced dashes. */
function dashItems(run: string, runStart: number): Item[] {
  const items: Item[] = [];
  let from = 0;
  for (const dash of [...run.matchAll(SPACED_DASH), { index: run.trimEnd().length, 0: '' }]) {
    const start = runStart + from + (run.slice(from).length - run.slice(from).trimStart().length);
    if (dash.index > from) items.push({ start, end: runStart + dash.index });
    from = dash.index + dash[0].length;
  }
  return items;
}

/** The whole item of a dash run, when it has the shape of a name. */
function wholeItem(text: string, item: Item): Item | null {
  const name = text.slice(item.start, item.end);
  return name.split(/[ \t\n]+/u).length <= WORDS_AT_MOST && isNameShaped(name.replace(/\n/gu, ' ')) ? item : null;
}

/**
 * `Membres : Kalimbo - TROKALIS - Les Tréteaux - Brindaille`, `… relayé par Kalvo Info – La Gazette – Radio Lorv – Brenac
 * Hebdo`: names parted by spaced dashes, each item whole, in a row: three at least opening right after a colon, four
 * elsewhere (a list of members, of who came, of the papers that wrote about a body). Items of other shapes around the row
 * (`+ de 10 articles dans …`, `10h`) end it.
 */
function dashRuns(text: string): Item[][] {
  const runs: Item[][] = [];
  for (const match of text.matchAll(RUN_OPENING)) {
    const run = match.groups?.['run'] ?? '';
    if (!ANY_SPACED_DASH.test(run)) continue;
    // Lines of one dash each are a table of two columns (`Bretagne - Kalimbo⏎Normandie - Trokalis`), no row of names.
    if (!run.split('\n').some((line) => line.split(ANY_SPACED_DASH).length > 2)) continue;
    const items = dashItems(run, match.index + match[0].length - run.length);
    let row: Item[] = [];
    const flush = (atColon: boolean): void => {
      if (row.length >= (atColon ? NAMES_AFTER_COLON : NAMES_IN_A_ROW)) runs.push(row);
      row = [];
    };
    let rowAtColon = match.groups?.['opening'] === ':';
    for (const item of items) {
      if (wholeItem(text, item) !== null) {
        row.push(item);
        continue;
      }
      flush(rowAtColon);
      rowAtColon = false;
    }
    flush(rowAtColon);
  }
  return runs;
}

/** Run numbers of the dash runs start here, apart from the item runs' (0, 1, …): a page never holds this many runs. */
const DASH_RUNS_NUMBERED_FROM = 500;

/** Every list head of the page (see the file's comment). */
export function listHeads(text: string): ListHead[] {
  const found: ListHead[] = [];
  const read = (runs: readonly Item[][], named: (text: string, item: Item) => Item | null, base: number): void => {
    for (const [index, items] of runs.entries()) {
      const heads = items.map((item) => named(text, item)).filter((head): head is Item => head !== null);
      if (heads.length < HEADS_AT_LEAST || heads.length * 2 < items.length) continue;
      for (const head of heads) found.push({ ...head, run: base + index, items: items.length });
    }
  };
  read(itemRuns(text), headOf, 0);
  read(dashRuns(text), wholeItem, DASH_RUNS_NUMBERED_FROM);
  return found;
}
