/**
 * `Présents : A. Morel, Youn Le Dantec, P. Lemaire` or `…, Michèle Petit, Léane Cordier, Marie
 * Dufour`: in an attendee list a name whose given name the lexicon does not know sits between two
 * people the parsers found. An item of a comma (or semicolon) list whose neighbours on both sides
 * are people, shaped like a name (one or two capitalised given names, then a capitalised or
 * upper-case surname, possibly after particles) whose words are no common words, roles or places,
 * is a person too. Both neighbours must be people: a list of organisations or places with one
 * person in it adds nothing.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { alternation } from '../../core/pattern.js';
import { particleForms } from '../lexicon/name-particles.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isSurnameCandidate, naturalCase } from '../names.js';

const GIVEN = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const SURNAME = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:[-'’]\\p{Lu}?\\p{Ll}+|[-'’]\\p{Lu}+)?";
const PARTICLE = alternation(particleForms(false));
/** A list separator after a person: a comma or semicolon, then the next item (on the same or the next line). */
const SEPARATOR = /^[ \t]*[,;][ \t]*\n?[ \t]*/u;
/** An item of a list of people: its given name(s) `given`, then a surname (maybe after particles), then what may close it. */
const itemPattern = (given: string, closing: string): RegExp =>
  new RegExp(`^(?<given>${given})[ \\t]+(?<last>(?:${PARTICLE}[ \\t]+){0,2}${SURNAME})(?=[ \\t]*(?:${closing}))`, 'u');
/** The next item (one or two given names) ends at a separator, `et`, a bracket or the line end. */
const ITEM = itemPattern(`${GIVEN}(?:[ \\t]+(?!${PARTICLE}[ \\t])${GIVEN})?`, '[,;(]|\\n|$|et[ \\t]');
/** `et` closing a list after its last comma-parted person, then the last item. */
const CLOSING_AND = /^[ \t]*\n?[ \t]*et[ \t]+\n?[ \t]*/u;
/** The last item (one given name) ends the sentence, the line or the list. */
const LAST_ITEM = itemPattern(GIVEN, '[.,;(]|\\n|$');
/** What may part the item from the person after it. */
const NEXT = /^[ \t]*(?:[,;]|et(?=[ \t]))[ \t]*\n?[ \t]*/u;

/**
 * Whether every word of the item may be part of a name: no common word (unless a surname), role or place.
 * With `placeGiven`, a given name that is also a place or a country (`France`, `Indiana`) is let through
 * (still no common word): the list's last item after people on its left (`…, Léa Marsan et France Kermadec`).
 */
function nameLike(given: string, last: string, placeGiven = false): boolean {
  const core = last.split(/[ \t]+/u).pop() ?? '';
  if (!isSurnameCandidate(core) || isPlaceName(core) || isPlaceName(last)) return false;
  if (isCommonWord(core.toLowerCase()) && !isSurname(core)) return false;
  return given.split(/[ \t]+/u).every((word) => !isCommonWord(word.toLowerCase()) && (placeGiven || (isSurnameCandidate(word) && !isPlaceName(word))));
}

/**
 * `last-item`: `Mmes Lucie Varon, Anne Dubreuil et France Kermadec.`: after two people parted by a comma,
 * the item after `et` that closes the list, shaped like a name, is a person too, even when its given
 * name is also a place (`France`, `Indiana`); its surname must still be no common word or place.
 */
function lastItem(text: string, first: Candidate, second: Candidate, taken: readonly Candidate[], id: string): Candidate | null {
  if (!/^[ \t]*,[ \t]*\n?[ \t]*$/u.test(text.slice(first.end, second.start))) return null;
  const and = CLOSING_AND.exec(text.slice(second.end, second.end + 12));
  if (and === null) return null;
  const start = second.end + and[0].length;
  const item = LAST_ITEM.exec(text.slice(start, start + 60));
  const given = item?.groups?.['given'];
  const last = item?.groups?.['last'];
  if (item === null || given === undefined || last === undefined || !nameLike(given, last, true)) return null;
  const end = start + item[0].length;
  if (taken.some((person) => person.start < end && person.end > start)) return null;
  return { type: 'person', start, end, value: `${given} ${naturalCase(last)}`, confidence: 0.7, rule: id, inferred: [], evidence: ['last-item'] };
}

/** An item right before a list separator ending the text: one or two given names, then a surname (maybe after particles). */
const ITEM_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?<given>${GIVEN}(?:[ \\t]+(?!${PARTICLE}[ \\t])${GIVEN})?)[ \\t]+(?<last>(?:${PARTICLE}[ \\t]+){0,2}${SURNAME})[ \\t]*[,;][ \\t]*\\n?[ \\t]*$`,
  'u',
);
/** A capitalised word right before an item: the item is then the tail of a longer name (`Atelier Paul Roux`). */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]*[ \t]*$/u;
/** Most text an item and its separator take. */
const ITEM_REACH = 80;

interface RunItem {
  readonly start: number;
  readonly end: number;
  readonly given: string;
  readonly last: string;
  readonly found: boolean;
}

/** The item read backwards from `end` (a separator then the next item follow): a person found there, or a name-shaped item. */
function itemBefore(text: string, end: number, people: readonly Candidate[]): RunItem | null {
  const slice = text.slice(Math.max(0, end - ITEM_REACH), end);
  const item = ITEM_BEFORE.exec(slice);
  if (item === null) return null;
  const start = end - slice.length + item.index;
  const person = people.find((candidate) => candidate.start <= start && candidate.end > start);
  if (person !== undefined) return { start: person.start, end: person.end, given: '', last: '', found: true };
  if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
  const itemEnd = start + (item[0].length - (/[ \t]*[,;][ \t]*\n?[ \t]*$/u.exec(item[0])?.[0].length ?? 0));
  return { start, end: itemEnd, given: item.groups?.['given'] ?? '', last: item.groups?.['last'] ?? '', found: false };
}

/** The item at `start`: a person found there, or a name-shaped item (`pattern`). */
function itemAt(text: string, start: number, people: readonly Candidate[], pattern: RegExp): RunItem | null {
  const person = people.find((candidate) => candidate.start === start);
  if (person !== undefined) return { start, end: person.end, given: '', last: '', found: true };
  const item = pattern.exec(text.slice(start, start + ITEM_REACH));
  if (item === null) return null;
  return { start, end: start + item[0].length, given: item.groups?.['given'] ?? '', last: item.groups?.['last'] ?? '', found: false };
}

/**
 * `list-run`: `Dirigé par Paul Ternier, Azenig Quéméner et Erell Kerdraon,`: a list of three items or more, parted by commas
 * (or semicolons) and closed by `et` before its last item, every item shaped like a name and one at least a person another
 * rule found: its other items are people too (each no common word, role or place). The run is read both ways from each
 * person; a capitalised word right before its first item (`Atelier Paul Roux, …`) ends it unread.
 */
function listRuns(text: string, people: readonly Candidate[], id: string): Candidate[] {
  const added: Candidate[] = [];
  let readTo = -1;
  for (const person of people) {
    if (person.start < readTo) continue;
    const items: RunItem[] = [{ start: person.start, end: person.end, given: '', last: '', found: true }];
    for (let before = itemBefore(text, person.start, people); before !== null && items.length < 12; before = itemBefore(text, before.start, people)) items.unshift(before);
    let closed = false;
    for (let current = items[items.length - 1] as RunItem; items.length < 12; ) {
      const and = CLOSING_AND.exec(text.slice(current.end, current.end + 12));
      if (and !== null) {
        const last = itemAt(text, current.end + and[0].length, people, LAST_ITEM);
        if (last !== null) { items.push(last); closed = true; }
        break;
      }
      const separator = SEPARATOR.exec(text.slice(current.end, current.end + 8));
      const next = separator === null ? null : itemAt(text, current.end + separator[0].length, people, ITEM);
      if (next === null) break;
      items.push(next);
      current = next;
    }
    readTo = (items[items.length - 1] as RunItem).end;
    if (!closed || items.length < 3) continue;
    const unknown = items.filter((item) => !item.found);
    if (unknown.length === 0 || !unknown.every((item) => nameLike(item.given, item.last))) continue;
    for (const item of unknown) {
      added.push({ type: 'person', start: item.start, end: item.end, value: `${item.given} ${naturalCase(item.last)}`, confidence: 0.7, rule: id, inferred: [], evidence: ['list-run'] });
    }
  }
  return added;
}

/** An attendance list after a colon, up to a full stop or a blank line (`Présents : A. Rey – B. Court – …`). */
const ATTENDANCE = /:[ \t]*\n?[ \t]*(?<run>[^:!?\n]+(?:\n(?![ \t]*\n)[^:!?\n]+)*)/gu;
/** A full stop closing the list, no initial's (`P.⏎Gamard`): at a line's end, or before a sentence (`Le bureau a…`, not `C. Moreau de…`). */
const LIST_END = /(?<!(?:^|[ \t\n-])\p{Lu}{1,2})\.(?=[ \t]*(?:\n|$)|[ \t]+\p{Lu}\p{Ll}+[ \t]+(?!(?:de|du|des|la|le)[ \t])\p{Ll})/u;
/** What parts two items of an attendance list: a comma, a semicolon or a dash after a space. */
const ITEM_SEPARATOR = /[ \t\n]*[,;][ \t\n]*|[ \t\n]+[-–—][ \t\n]*/gu;
/**
 * An item written with initials: one or two capitals and a dot, or one capital and a space (maybe a second initial: `J. C`,
 * `AM.`, `J-P.`, `C `), then a surname of one or two capitalised words, maybe after a particle (`G. de Lorv`, `F. Mac Tal`),
 * maybe glued to the dot (`D.FORNEL`).
 */
const INITIALS_ITEM = new RegExp(
  `^(?<given>(?:\\p{Lu}{1,2}\\.|\\p{Lu}-\\p{Lu}\\.|\\p{Lu}(?=[ \\t]))(?:[ \\t]?\\p{Lu}(?:\\.|(?=[ \\t])))?)[ \\t]*(?<last>(?:(?:de|du|des|le|la|van|von)[ \\t]+|d['’])?\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?)$`,
  'u',
);
/** The initials and the surname of an item written so (INITIALS_ITEM), its surname no place or common word. */
function initialsItem(text: string, item: { start: number; end: number }): { given: string; last: string } | null {
  const name = INITIALS_ITEM.exec(text.slice(item.start, item.end).replace(/[ \t\n]+/gu, ' '));
  const given = name?.groups?.['given'];
  const last = name?.groups?.['last'];
  return given === undefined || last === undefined || !surnameLike(last) ? null : { given, last };
}

/** Whether the last word of a surname may be one: no place, no common word unless a known surname. */
function surnameLike(last: string): boolean {
  const core = last.split(/[ \t']+/u).pop() ?? '';
  return isSurnameCandidate(core) && !isPlaceName(core) && !isPlaceName(last) && (!isCommonWord(core.toLowerCase()) || isSurname(core));
}

/** People found among the items an attendance list needs, and items: two people of four items at least. */
const PEOPLE_IN_RUN = 2;
const ITEMS_IN_RUN = 4;

/**
 * `initials-run`: `Présents : J. Rey – R. Castel – G. de Lorv – AM. Brenac`: in an attendance list after a colon whose
 * items are people (four items, two other rules found at least; at most a third of the items neither found nor written with
 * initials), an item written with initials and a surname (INITIALS_ITEM) that no rule read, whose surname is no common
 * word or place, is a person too.
 */
function initialsRuns(text: string, people: readonly Candidate[], id: string): Candidate[] {
  const added: Candidate[] = [];
  for (const match of text.matchAll(ATTENDANCE)) {
    const whole = match.groups?.['run'] ?? '';
    const runStart = match.index + match[0].length - whole.length;
    const end = LIST_END.exec(whole)?.index ?? whole.length;
    const run = whole.slice(0, end);
    const items: { start: number; end: number }[] = [];
    let from = 0;
    for (const separator of [...run.matchAll(ITEM_SEPARATOR), { index: run.length, 0: '' }]) {
      if (separator.index > from) items.push({ start: runStart + from, end: runStart + separator.index });
      from = separator.index + separator[0].length;
    }
    if (items.length < ITEMS_IN_RUN) continue;
    const found = (item: { start: number; end: number }): boolean => people.some((person) => person.start < item.end && person.end > item.start);
    const read = items.map((item) => (found(item) ? null : initialsItem(text, item)));
    const known = items.filter(found).length;
    const others = items.filter((item, index) => !found(item) && read[index] === null).length;
    // A list of people: two found at least, and at most a third of its items neither found nor written with initials.
    if (known < PEOPLE_IN_RUN || others * 3 > items.length) continue;
    for (const [index, item] of items.entries()) {
      const name = read[index];
      if (name === null || name === undefined) continue;
      const { given, last } = name;
      added.push({ type: 'person', start: item.start, end: item.end, value: `${given} ${naturalCase(last)}`, confidence: 0.6, rule: id, inferred: [], evidence: ['initials-run'] });
    }
  }
  return added;
}

export const personListMemberRefiner: Refiner = {
  id: 'fr.person.list-member',
  refine(context, candidates): Candidate[] {
    const people = candidates.filter((candidate) => candidate.type === 'person').sort((a, b) => a.start - b.start);
    // One person is enough for `list-run`; the pair rules above it need two and find nothing with one.
    if (people.length === 0) return [...candidates];
    const starts = new Set(people.map((person) => person.start));
    const text = context.text;
    const added: Candidate[] = [];
    for (const before of people) {
      const separator = SEPARATOR.exec(text.slice(before.end, before.end + 8));
      if (separator === null) continue;
      const start = before.end + separator[0].length;
      const item = ITEM.exec(text.slice(start, start + 80));
      const given = item?.groups?.['given'];
      const last = item?.groups?.['last'];
      if (item === null || given === undefined || last === undefined) continue;
      const end = start + item[0].length;
      if (people.some((person) => person.start < end && person.end > start)) continue;
      const next = NEXT.exec(text.slice(end, end + 12));
      if (next === null || !starts.has(end + next[0].length) || !nameLike(given, last)) continue;
      added.push({
        type: 'person', start, end, value: `${given} ${naturalCase(last)}`, confidence: 0.7, rule: this.id, inferred: [],
      });
    }
    for (let index = 1; index < people.length; index += 1) {
      const closing = lastItem(text, people[index - 1] as Candidate, people[index] as Candidate, [...people, ...added], this.id);
      if (closing !== null) added.push(closing);
    }
    const known = [...people, ...added].sort((a, b) => a.start - b.start);
    const runs = listRuns(text, known, this.id).filter((run) => !known.some((person) => person.start < run.end && person.end > run.start));
    // An attendance list's items written with initials (a colon and a list separator at least).
    const initials = text.includes(':') ? initialsRuns(text, [...known, ...runs], this.id) : [];
    return [...candidates, ...added, ...runs, ...initials];
  },
};
