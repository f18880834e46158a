/**
 * Evidence "the other items of its list are organisations" for list items that no other rule
 * found: a list is one kind of thing, so when most of the other items of a list (a comma list,
 * a bullet run, lines of names, `Place - Name` lines) are kept as organisations on their own
 * evidence, a weaker item of the same list is one too (`Nos partenaires : Coop'Fer, Kalimba
 * Services, Les Toits Voisins et Maison Verte`). A person, a place or a date in the list is left
 * alone (`person-like`, `place` and `calendar-word` still weigh against it). The items other rules
 * found count through `list-with-organisation` (evidence.ts); this reads the candidates' own scores.
 */
import type { CandidateSource, NameCandidate } from './candidates.js';
import type { Candidate } from '../../core/types.js';
import type { SpanIndex } from '../../core/span-index.js';
import type { Evidence } from './evidence.js';
import { THRESHOLD, score } from './score.js';

/** Sources whose items make one list. */
const LIST_SOURCES: ReadonlySet<CandidateSource> = new Set(['comma-list', 'bullet-list', 'line-list', 'place-dash-line', 'entry-line', 'list-head']);
/** `L'étude`, `L'association`: an elided article and one lower-case word is a common noun opening a sentence, whatever its list. */
const COMMON_NOUN = /^[LD]['’]\p{Ll}+$/u;
/** Kept siblings needed: two at least, and half the other items. */
const MIN_SIBLINGS = 2;

export interface ListItem {
  readonly proposal: NameCandidate;
  /** Its evidence so far; `list-siblings` is added in place. */
  readonly evidence: Evidence[];
}

/** Adds `list-siblings` to the evidence of each item below THRESHOLD whose list's other items are mostly kept. */
export function addListSiblings(items: readonly ListItem[]): void {
  const keptPerList = new Map<number, number>();
  const listed = items.filter((item) => LIST_SOURCES.has(item.proposal.source) && item.proposal.listSize >= 3);
  for (const item of listed) {
    if (score(item.evidence) >= THRESHOLD) keptPerList.set(item.proposal.list, (keptPerList.get(item.proposal.list) ?? 0) + 1);
  }
  for (const item of listed) {
    if (score(item.evidence) >= THRESHOLD || item.evidence.includes('list-siblings') || COMMON_NOUN.test(item.proposal.name)) continue;
    const siblings = keptPerList.get(item.proposal.list) ?? 0;
    if (siblings >= MIN_SIBLINGS && siblings * 2 >= item.proposal.listSize - 1) item.evidence.push('list-siblings');
  }
}

/** Before a whole item of a list: its separator, a bracket, a colon, a bullet or `et`/`ou` (not `à`: `X à Lyon, Y à Dole`). */
const ITEM_OPENING = /(?:^|[,;:(•·*–—-]|(?:^|[ \t\n])(?:et|ou))[ \t]*\n?[ \t]*$/u;

/** Whether the item at `start` is a whole item of its list, not a place closing one (`Pôle Kerdavo à Romans`). */
const wholeItem = (text: string, start: number): boolean => ITEM_OPENING.test(text.slice(Math.max(0, start - 12), start));

/** Sources whose lists may be lists of places (a `Place - Name` line names a body after its place). */
const PLACE_LIST_SOURCES: ReadonlySet<CandidateSource> = new Set(['comma-list', 'bullet-list', 'line-list']);

/**
 * `place-siblings`: `venant de toute la région (Vilaret, Annecy, Privas, Issoire…)`: a list is one kind
 * of thing, so when most of the other items of a list are places (`place` evidence: communes,
 * departments, regions), an item no lexicon knows (a small commune) is a place too, not a body,
 * unless it is coined (`Brind'Ailes, Lyon, Grenoble et Valence`).
 * Two place siblings at least, and half the other items proposed; a place counts when it is a whole
 * item (`Pôle Kerdavo à Romans, Réseau Vif à Lyon`: the places say where the items are, not what they are).
 */
export function addPlaceSiblings(items: readonly ListItem[], text: string): void {
  const placesPerList = new Map<number, number>();
  const membersPerList = new Map<number, number>();
  const listed = items.filter((item) => PLACE_LIST_SOURCES.has(item.proposal.source) && item.proposal.listSize >= 3);
  for (const item of listed) {
    const list = item.proposal.list;
    membersPerList.set(list, (membersPerList.get(list) ?? 0) + 1);
    if (item.evidence.includes('place') && wholeItem(text, item.proposal.start)) placesPerList.set(list, (placesPerList.get(list) ?? 0) + 1);
  }
  for (const item of listed) {
    // `Brind'Ailes`: a word coined with a capital inside is no commune's name.
    if (item.evidence.includes('place') || item.evidence.includes('place-siblings') || item.evidence.includes('coined-word')) continue;
    const places = placesPerList.get(item.proposal.list) ?? 0;
    // The items proposed as names (a list's count also holds words no proposer read as one).
    const others = (membersPerList.get(item.proposal.list) ?? 1) - 1;
    if (places >= MIN_SIBLINGS && places * 2 >= others) item.evidence.push('place-siblings');
  }
}

/** Each comma list's items in reading order, and whether each is a person's name as a whole (`composée de Lise Moreau, …`). */
function commaListMembers(proposed: readonly NameCandidate[], found: SpanIndex<Candidate>): Map<number, { start: number; person: boolean }[]> {
  const members = new Map<number, { start: number; person: boolean }[]>();
  for (const item of proposed) {
    if (item.source !== 'comma-list' || item.listSize < 3) continue;
    const isPerson = (other: Candidate): boolean => other.type === 'person' && other.start === item.start && other.end === item.end;
    const list = members.get(item.list) ?? [];
    list.push({ start: item.start, person: found.someOverlapping(item.start, item.end, isPerson) });
    members.set(item.list, list);
  }
  for (const list of members.values()) list.sort((a, b) => a.start - b.start);
  return members;
}

/** The comma-list items kept as organisations on their own evidence, and how many per list. */
function keptItems(items: readonly ListItem[]): { kept: Set<ListItem>; perList: Map<number, number> } {
  const kept = new Set<ListItem>();
  const perList = new Map<number, number>();
  for (const item of items) {
    if (item.proposal.source !== 'comma-list' || score(item.evidence) < THRESHOLD) continue;
    kept.add(item);
    perList.set(item.proposal.list, (perList.get(item.proposal.list) ?? 0) + 1);
  }
  return { kept, perList };
}

/**
 * `person-siblings`: `l'équipe d'étudiants composée de Lise Moreau, Paul Ostrel et Tavo Zirn`, `Sortants : Lise Moreau,
 * Paul Ostrel, Tavo`: a list is one kind of thing, so when most of the other whole items of a comma list are people
 * other rules found, each a whole item (two at least, half the other items, more than the items kept as bodies; two of
 * them right before or right after it: a run of names, not people each followed by their body), an item no rule found (a
 * given name the lexicon lacks, a name cut by the page's end) is a person too, not a body. `proposed` holds every item the lists proposed, the
 * people's among them (they overlap a person and become no candidate); `found` indexes the pipeline's candidates.
 */
export function addPersonSiblings(items: readonly ListItem[], proposed: readonly NameCandidate[], found: SpanIndex<Candidate>): void {
  const members = commaListMembers(proposed, found);
  // A list mixing people and bodies kept on their own evidence says nothing.
  const { kept, perList } = keptItems(items);
  for (const item of items) {
    const list = members.get(item.proposal.list);
    if (list === undefined || item.evidence.includes('person-siblings') || item.evidence.includes('coined-word')) continue;
    const at = list.findIndex((member) => member.start === item.proposal.start);
    const people = list.filter((member) => member.person).length;
    const bodies = (perList.get(item.proposal.list) ?? 0) - (kept.has(item) ? 1 : 0);
    // Two people right before it or right after it: a run of names, not people each followed by their body
    // (`Lise Moreau, Trokalis, et Paul Ostrel, Kalimba`).
    const run = at !== -1 && ((list[at - 1]?.person === true && list[at - 2]?.person === true) || (list[at + 1]?.person === true && list[at + 2]?.person === true));
    if (run && people >= MIN_SIBLINGS && people * 2 >= list.length - 1 && bodies < people) item.evidence.push('person-siblings');
  }
}
