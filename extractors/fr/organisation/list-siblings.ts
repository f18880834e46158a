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
import type { Evidence } from './evidence.js';
import { THRESHOLD, score } from './score.js';

/** Sources whose items make one list. */
const LIST_SOURCES: ReadonlySet<CandidateSource> = new Set(['comma-list', 'bullet-list', 'line-list', 'place-dash-line', 'entry-line']);
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
