/**
 * Proposer family "an entry of a results list" (no type word needed): calls for projects and
 * prize lists give each winner a line of its own, the name first, then where it is or what it
 * won, in one layout repeated down the page:
 * - a name, then its place: `Kalimbo (Loire) : le projet…`, `Trok'Ensemble - Albi (Tarn) : …`,
 *   `Ludo 38 / Isère` (a known place, a region or a department number);
 * - a prize, then the name: `1er prix : La Forge du partage, projet…`, `Mention du jury : Kalimbo.`;
 * - a prize, its amount, the name and its place (`2e Prix – 5 000€ Kalimbo / Isère`, the place maybe on the next line);
 * - a name, maybe what it is in brackets, then a dash and the person who speaks for it (`• Kalimbo (CAE du bâtiment) –
 *   Jeanne Roy, menuisière`): a list of members or speakers;
 * - a name and the sum it receives, run into a sentence (`…, Kalimbo : 450 €, Les amis du Val : 1 000 €, …`,
 *   `…, Trokalis (30.000), Ludo Val (20.000), …`): the grants of a council or a fund, three entries in a row at least.
 * Such a name may be written in sentence case (`La fabrique du quartier`): the line bounds it, as
 * quotes do. Two entries of one layout at least make a list: a single line of the shape is left
 * to the sentence rules. Evidence `entry-line`.
 */
import { REGIONS } from '../lexicon/organisation-types.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { BULLET_MARK, DEPARTMENT_NUMBER, INLINE_BULLET_MARK } from '../patterns.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

/** The layouts of a results list's lines; entries of one layout make one list. */
export const ENTRY_LAYOUTS = ['place-after', 'prize-before', 'prize-amount', 'person-after', 'amount-list'] as const;

export interface EntryName {
  readonly start: number;
  readonly end: number;
  /** Which layout the line follows: entries of one layout make one list. */
  readonly layout: (typeof ENTRY_LAYOUTS)[number];
}

const BULLET = `(?:${BULLET_MARK}[ \\t]+)?`;
/** A name bounded by its line: opens on a capital or an elided article, at most 60 characters, no sentence punctuation. */
const NAME = "(?<name>(?:\\p{Lu}|[lL]['’]\\p{Lu})[^\\n:;.!?()/«»\"]{0,58}?[\\p{L}\\p{N}'’])";
/** `Name (Place) :`, `Name - Town (Place) :`, `Name / Place` closing the line. */
const PLACE_AFTER = new RegExp(
  `^[ \\t]*${BULLET}${NAME}[ \\t]+(?:\\((?<bracket>[^()\\n]{2,30})\\)[ \\t]*:|[-–—][ \\t]+(?<town>\\p{Lu}[^\\n():]{1,30}?)[ \\t]*\\((?<townPlace>[^()\\n]{2,30})\\)[ \\t]*:|/[ \\t]*(?<slash>\\p{Lu}[^\\n/:]{1,30}?)[ \\t]*$)`,
  'u',
);
/** A prize, an optional rank before it, a few words of its own, a colon, then the name up to a comma, a full stop or the line's end. */
const PRIZE_BEFORE = new RegExp(
  `^[ \\t]*${BULLET}(?:\\d{1,2}[ \\t]?(?:er|re|ère|e|è|ème|eme)[ \\t]+|(?:premier|première|deuxième|troisième|grand)[ \\t]+)?(?:prix|mention|coup[ \\t]+de[ \\t]+c(?:œ|oe)ur|lauréat|lauréate)(?:[ \\t]+[\\p{L}'’-]+){0,4}[ \\t]*:[ \\t]*${NAME}[ \\t]*(?:[,.]|$)`,
  'iu',
);

/**
 * A prize, its amount, then the name and its place after a slash, the place maybe wrapped to the
 * next line (`3e Prix – 6 000€ Ludo 38 / Isère`: a results list a narrow column reflowed).
 */
const PRIZE_AMOUNT_SLASH = new RegExp(
  `^[ \\t]*${BULLET}(?:\\d{1,2}[ \\t]?(?:er|re|ère|e|è|ème|eme)[ \\t]+)?(?:prix|troph[ée]e|mention)[^\\n€]{0,40}?\\d[ \\t]*€[ \\t]+${NAME}[ \\t]*/[ \\t]*(?<place>[^\\n/]*)$`,
  'iu',
);

/** `• Name (what it is) – Firstname Surname`: a name, an optional bracket, a spaced dash, a first name and a capitalised word. */
const PERSON_AFTER = new RegExp(
  `^[ \\t]*${BULLET}${NAME}(?:[ \\t]*\\([^()\\n]{2,80}\\))?[ \\t]+[-–—][ \\t]+(?<first>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)[ \\t]+\\p{Lu}[\\p{L}'’-]+`,
  'u',
);

const DASHES = /[ \t][-–—][ \t]/u;
const NEXT_ENTRY = new RegExp(`^[ \\t]*${BULLET_MARK}[ \\t]`, 'u');
const DEPARTMENT_ONLY = new RegExp(`^${DEPARTMENT_NUMBER}$`, 'u');
const isDepartmentNumber = (place: string): boolean => DEPARTMENT_ONLY.test(place);
/** A known place, a region, or a department number (`Pas de Calais`: spaces for its hyphens). */
const isPlace = (place: string): boolean => {
  const trimmed = place.trim();
  return isDepartmentNumber(trimmed) || REGIONS.includes(trimmed) || isPlaceName(trimmed) || isPlaceName(trimmed.replace(/[ \t]+/gu, '-'));
};

const WORDS_AT_MOST = 6;
/** A name of an entry is short: a longer run is a sentence of the list, not a body's name. */
const fewWords = (name: string): boolean => name.split(/[ \t]+/u).length <= WORDS_AT_MOST;

/** The place after the slash: the rest of the line, or the capitalised words opening the next one when it wrapped (`Pas de⏎Calais`). */
function wrappedPlace(rest: string, next: string): string {
  const wrapped = /^(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:de|du|des|et)(?=[ \t]+\p{Lu}))?[ \t]*)+/u.exec(next)?.[0] ?? '';
  return `${rest} ${wrapped}`.trim();
}

type Entry = { name: string; at: number; layout: EntryName['layout'] };

/** `2e Prix – 5 000€ Kalimbo / Isère`: a prize, its amount, the name, and its place after a slash (maybe wrapped). */
function amountEntry(line: string, next: string): Entry | null {
  const amount = PRIZE_AMOUNT_SLASH.exec(line);
  const amountName = amount?.groups?.['name'];
  if (amount === null || amountName === undefined) return null;
  const rest = amount.groups?.['place'] ?? '';
  // Read on over the line break only when the line ends inside the place (`/` or `Pas de`).
  const place = rest.trim() === '' || /(?:^|[ \t])(?:de|du|des)[ \t]*$/u.test(rest) ? wrappedPlace(rest, next) : rest;
  return isPlace(place) ? { name: amountName, at: amount[0].lastIndexOf(amountName, amount[0].lastIndexOf('/')), layout: 'prize-amount' } : null;
}

/** `Kalimbo (Loire) :`, `Trok'Ensemble - Albi (Tarn) :`, `Ludo 38 / Isère`: a name, then its place. */
function placeEntry(line: string): Entry | null {
  const place = PLACE_AFTER.exec(line);
  const placeName = place?.groups?.['name'];
  if (place === null || placeName === undefined) return null;
  const { bracket, town, townPlace, slash } = place.groups ?? {};
  const placed = bracket !== undefined ? isPlace(bracket) : town !== undefined ? isPlace(town) && isPlace(townPlace ?? '') : isPlace(slash ?? '');
  return placed ? { name: placeName, at: line.indexOf(placeName), layout: 'place-after' } : null;
}

/** `1er prix : La Forge du partage, …`: a prize, then the name. */
function prizeEntry(line: string): Entry | null {
  const prize = PRIZE_BEFORE.exec(line);
  const prizeName = prize?.groups?.['name'];
  if (prize === null || prizeName === undefined) return null;
  return { name: prizeName, at: prize[0].lastIndexOf(prizeName), layout: 'prize-before' };
}

/** `• Kalimbo (CAE du bâtiment) – Jeanne Roy, …`: a name, then the person who speaks for it. */
function personEntry(line: string, next: string): Entry | null {
  // A narrow column wraps an entry: its bracket or its person may go on to the next line, unless that line opens another entry.
  const entry = PERSON_AFTER.exec(NEXT_ENTRY.test(next) ? line : `${line} ${next}`);
  const name = entry?.groups?.['name'];
  const first = entry?.groups?.['first'] ?? '';
  // `Jean-Hugues`: a compound first name is known by its first part.
  if (entry === null || name === undefined || !(isFirstName(first) || isFirstName(first.split('-')[0] ?? ''))) return null;
  // The name is read on this line only (the next one may hold the rest of its entry, never the name's start).
  const at = entry[0].indexOf(name);
  return at < 0 || at + name.length > line.length ? null : { name, at, layout: 'person-after' };
}

/**
 * The entry a line holds, trying the layouts in turn. Each layout's pattern is tried only on a line
 * holding the characters it cannot match without (an amount's `€` and slash, a place's bracket and
 * colon or its slash, a prize's colon): most lines are prose, and the name's lazy reach made each
 * pattern cost microseconds a line.
 */
function entryOf(line: string, next: string): Entry | null {
  const slash = line.includes('/');
  const colon = line.includes(':');
  return (
    (slash && line.includes('€') ? amountEntry(line, next) : null) ??
    (slash || (colon && line.includes('(')) ? placeEntry(line) : null) ??
    (colon ? prizeEntry(line) : null) ??
    (DASHES.test(line) || DASHES.test(next) ? personEntry(line, next) : null)
  );
}

/** A bullet that may stand inside a line (a list run into one paragraph; OCR reads `•` as `*`): not a dash, which is also a sentence's. */
const INLINE_BULLET = new RegExp(`${INLINE_BULLET_MARK}[ \\t\\n]+`, 'gu');
/** Most characters of one bulleted entry read for its person. */
const ENTRY_REACH = 200;

/**
 * `… • Kalimbo (CAE du bâtiment) – Jeanne Roy, … • Trokalis – Paul Ferrand, …`: the person-after entries of a
 * list whose bullets run on inside lines, each read from its bullet to the next with its line breaks as spaces.
 */
function inlineBulletEntries(text: string): EntryName[] {
  const found: EntryName[] = [];
  const bullets = [...text.matchAll(INLINE_BULLET)];
  for (const [index, bullet] of bullets.entries()) {
    const start = bullet.index + bullet[0].length;
    const end = Math.min(bullets[index + 1]?.index ?? text.length, start + ENTRY_REACH);
    const entry = personEntry(text.slice(start, end).replace(/\n/gu, ' '), '');
    if (entry !== null && fewWords(entry.name)) found.push({ start: start + entry.at, end: start + entry.at + entry.name.length, layout: 'person-after' });
  }
  return found;
}

/** A sum: digits grouped by threes (a space, a dot or a thin space between groups), maybe cents after a comma. */
const SUM = '\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3})*(?:,\\d{1,2})?';
/** What opens a grant entry: a comma, a semicolon or `et` after the previous one, then maybe an article (the name opens on a capital). */
const GRANT_OPENING = "[ \\t]*(?:,|;|(?<![\\p{L}])et)[ \\t\\n]+(?:(?:le|la|les)[ \\t\\n]+|l['’][ \\t]*)?";
/**
 * What a grant entry names: up to 60 characters with no sentence punctuation, bracket or sum sign, then maybe an aside in
 * brackets (`l'association des parents (école) : 1 200 €`). Entries opening in lower case (`le tennis : 1 000 €`) keep the
 * run going, but only a name opening on a capital is proposed.
 */
const GRANT_NAME = "(?<name>[\\p{L}\\p{N}][^,;:()€\\n]{0,58}?(?:\\n[^,;:()€\\n]{0,40}?)?)[ \\t\\n]*(?:\\([^()\\n]{1,40}\\)[ \\t\\n]*)?";
/** `, Kalimbo : 450 €`: the name, a colon, the sum and its currency. */
const GRANT_AFTER_COLON = new RegExp(`${GRANT_OPENING}${GRANT_NAME}:[ \\t\\n]*${SUM}[ \\t\\u00a0\\u202f]*(?:€|euros?)(?![\\p{L}])`, 'gu');
/** `, Kalimbo (30.000)`, `, Kalimbo (1 500 euros)`: the name, then the sum in brackets. */
const GRANT_IN_BRACKETS = new RegExp(`${GRANT_OPENING}${GRANT_NAME}\\([ \\t]*(?<sum>${SUM})(?<unit>[ \\t\\u00a0\\u202f]*(?:€|euros?))?[ \\t]*\\)`, 'gu');
/** Entries in a row a grant list needs: fewer are a sentence naming one or two sums. */
const GRANTS_IN_A_ROW = 3;

/**
 * The names of the grant lists of a page (`amount-list`): runs of three entries at least, each opening right where the
 * previous one ends. A sum in brackets must be one (a currency, or digits grouped by threes): `Kalimbo (38)` is a department.
 */
function grantListEntries(text: string): EntryName[] {
  const found: EntryName[] = [];
  for (const pattern of [GRANT_AFTER_COLON, GRANT_IN_BRACKETS]) {
    let run: EntryName[] = [];
    let entries = 0;
    let runEnd = -1;
    const flush = (): void => {
      if (entries >= GRANTS_IN_A_ROW) found.push(...run);
      run = [];
      entries = 0;
    };
    for (const match of text.matchAll(pattern)) {
      const name = (match.groups?.['name'] ?? '').trimEnd();
      const sum = match.groups?.['sum'];
      const isSum = sum === undefined || match.groups?.['unit'] !== undefined || /\D/u.test(sum);
      if (match.index !== runEnd) flush();
      runEnd = match.index + match[0].length;
      entries += 1;
      if (!isSum || name.split(/\s+/u).length > WORDS_AT_MOST) {
        flush();
        continue;
      }
      if (!OPENS_UPPER.test(name)) continue;
      const start = match.index + match[0].indexOf(name, match[0].length - match[0].trimStart().length);
      run.push({ start, end: start + name.length, layout: 'amount-list' });
    }
    flush();
  }
  return found;
}

/** Every entry-line name of the page, when its layout holds two entries at least. */
export function entryNames(text: string): EntryName[] {
  const found: EntryName[] = [];
  let start = 0;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const entry = line.length > 300 ? null : entryOf(line, lines[index + 1] ?? '');
    if (entry !== null && fewWords(entry.name)) found.push({ start: start + entry.at, end: start + entry.at + entry.name.length, layout: entry.layout });
    start += line.length + 1;
  }
  const starts = new Set(found.map((entry) => entry.start));
  for (const entry of inlineBulletEntries(text)) if (!starts.has(entry.start)) found.push(entry);
  // A grant list's sums (`€`) or brackets of digits: most pages have neither with a comma before.
  if (text.includes('€') || text.includes('euro') || /\(\d/u.test(text)) for (const entry of grantListEntries(text)) if (!starts.has(entry.start)) found.push(entry);
  return ENTRY_LAYOUTS.flatMap((layout) => {
    const entries = found.filter((entry) => entry.layout === layout);
    return entries.length >= 2 ? entries : [];
  });
}
