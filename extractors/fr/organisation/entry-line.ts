/**
 * Proposer family "an entry of a results list" (no type word needed): calls for projects and
 * prize lists give each winner a line of its own, the name first, then where it is or what it
 * won, in one layout repeated down the page:
 * - a name, then its place: `Kalimbo (Loire) : le projet…`, `Trok'Ensemble - Albi (Tarn) : …`,
 *   `Ludo 38 / Isère` (a known place, a region or a department number);
 * - a prize, then the name: `1er prix : La Forge du partage, projet…`, `Mention du jury : Kalimbo.`;
 * - a prize, its amount, the name and its place (`2e Prix – 5 000€ Kalimbo / Isère`, the place maybe on the next line).
 * Such a name may be written in sentence case (`La fabrique du quartier`): the line bounds it, as
 * quotes do. Two entries of one layout at least make a list: a single line of the shape is left
 * to the sentence rules. Evidence `entry-line`.
 */
import { REGIONS } from '../lexicon/organisation-types.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { BULLET_MARK, DEPARTMENT_NUMBER } from '../patterns.js';

export interface EntryName {
  readonly start: number;
  readonly end: number;
  /** Which layout the line follows: entries of one layout make one list. */
  readonly layout: 'place-after' | 'prize-before' | 'prize-amount';
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

const DEPARTMENT_ONLY = new RegExp(`^${DEPARTMENT_NUMBER}$`, 'u');
const isDepartmentNumber = (place: string): boolean => DEPARTMENT_ONLY.test(place);
/** A known place, a region, or a department number (`Pas de Calais`: spaces for its hyphens). */
const isPlace = (place: string): boolean => {
  const trimmed = place.trim();
  return isDepartmentNumber(trimmed) || REGIONS.includes(trimmed) || isPlaceName(trimmed) || isPlaceName(trimmed.replace(/[ \t]+/gu, '-'));
};

const WORDS_AT_MOST = 6;

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
    (colon ? prizeEntry(line) : null)
  );
}

/** Every entry-line name of the page, when its layout holds two entries at least. */
export function entryNames(text: string): EntryName[] {
  const found: EntryName[] = [];
  let start = 0;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const entry = line.length > 300 ? null : entryOf(line, lines[index + 1] ?? '');
    if (entry !== null && entry.name.split(/[ \t]+/u).length <= WORDS_AT_MOST) found.push({ start: start + entry.at, end: start + entry.at + entry.name.length, layout: entry.layout });
    start += line.length + 1;
  }
  return (['place-after', 'prize-before', 'prize-amount'] as const).flatMap((layout) => {
    const entries = found.filter((entry) => entry.layout === layout);
    return entries.length >= 2 ? entries : [];
  });
}
