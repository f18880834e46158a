/**
 * Proposer family "a structure written next to a person" (no type word needed): programmes,
 * speaker lists and minutes name each person with the structure they come from.
 * - `person-affiliation`: right after a person's name, a comma, a spaced dash, an opening
 *   bracket or `de`/`d'`, then a capitalised run that ends the entry (`Sophie Marchal, Trokalis et Hugo…`,
 *   `Lucie Ferrand – Les Toits Verts, …`, `Paul Roy (Coop'Fer)`, `Marc DUVAL de Kerbio, …`);
 * - `attendance`: a capitalised run opening a line or an entry (after `;`), then a colon and a
 *   person (`Mosaïque : Paul LEMOINE ; Voir Loin : Claire MARTIN`), proposed only when the page
 *   holds two such entries at least (a list of who came from where; one alone is often a label).
 * A run whose first word is a role or a label (`Présidente`, `Contact`, `Intervenant`) says what
 * the person does, not where they come from, and is not proposed. Whether a proposal is kept is
 * decided by its evidence (`evidence.ts`: `person-affiliation`, `attendance`; a person, a place
 * or a lone common word weigh against it).
 */
import { fold } from '../../core/pattern.js';
import { PERSON_ROLES, ROLE_IN_ORGANISATION } from '../lexicon/organisation-cues.js';
import { ENTRY_LABELS } from '../lexicon/entry-labels.js';
import { isCommonWord } from '../lexicon-lookup.js';
import { NAME_RUN } from './name-candidates.js';
import { capitalisedKindEndAt } from './capitalised-kind.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

export interface AffiliationName extends Span {
  /** `capitalised-kind`: an official name in sentence case right after the person (capitalised-kind.ts). */
  readonly source: 'person-affiliation' | 'attendance' | 'capitalised-kind';
}

/** Words that open a role or a label, never a structure's name. */
const NOT_A_STRUCTURE: ReadonlySet<string> = new Set([...PERSON_ROLES, ...ROLE_IN_ORGANISATION, ...ENTRY_LABELS].map(fold));

/**
 * After the person: a comma, a spaced dash or a bracket, then an optional article, then the run;
 * or `de`/`du`/`d'` right after the name (`Marc DUVAL de Kerbio, …`, `Anne Brenvacq d'Inserbois.`),
 * the entry then closing like the others.
 */
const AFTER_PERSON = new RegExp(
  `^(?<lead>(?:[ \\t]*(?:,|[ \\t][-–—]|\\()[ \\t]*\\n?[ \\t]*(?:(?:l['’]|la[ \\t]+|le[ \\t]+|les[ \\t]+))?|[ \\t]+(?:de|du)[ \\t]+|[ \\t]+d['’]))(?<name>${NAME_RUN})`,
  'u',
);
/** What may close an entry: a comma, a semicolon, a bracket, a spaced dash, `et`, a full stop, a line end. */
const ENTRY_END = /^(?:[ \t]*(?:[,;)]|\.(?!\p{L})|$|\n)|[ \t]+(?:[-–—][ \t]|et[ \t\n]))/u;
/** A run opening a line or an entry, right before a colon (read back from the colon; a wrapped line may leave the colon on the next one). */
const RUN_BEFORE_COLON = new RegExp(`(?:^|[;:\\n•])[ \\t]*(?<name>${NAME_RUN})[ \\t]*\\n?[ \\t]*:[ \\t]*\\n?[ \\t]*$`, 'du');
/** How far around a person an entry is read. */
const REACH = 90;

/** Whether the run's first or last word (an article aside) is a role or a label (`Financement Pilote`). */
function labelled(run: string): boolean {
  const first = /^(?:(?:Les|Le|La|L['’])[ \t]*)?(?<word>[\p{L}'’-]+)/u.exec(run)?.groups?.['word'] ?? '';
  const last = /(?<word>[\p{L}'’-]+)[ \t]*$/u.exec(run)?.groups?.['word'] ?? '';
  return NOT_A_STRUCTURE.has(fold(first)) || NOT_A_STRUCTURE.has(fold(last));
}

function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => other.start < span.end && span.start < other.end);
}

/**
 * `Suivi-évaluation`, `Co-animation`: one word whose parts are all common words names a task
 * (a label before a colon), not a structure.
 */
function isLabelWord(run: string): boolean {
  const words = run.trim().split(/\s+/u);
  return words.length === 1 && (words[0] ?? '').split('-').every((part) => part.length > 0 && isCommonWord(part));
}

function afterPerson(text: string, person: Span, persons: readonly Span[]): AffiliationName | null {
  const window = text.slice(person.end, person.end + REACH);
  const found = AFTER_PERSON.exec(window);
  const name = found?.groups?.['name'];
  if (found === null || name === undefined) return null;
  // A bracket must close on the run (`Paul Roy (Coop'Fer)`); other entries end on a separator.
  const lead = found.groups?.['lead'] ?? '';
  const rest = window.slice(lead.length + name.length);
  const closes = lead.includes('(') ? /^[ \t]*\)/u.test(rest) : ENTRY_END.test(rest);
  const span = { start: person.end + lead.length, end: person.end + lead.length + name.trimEnd().length };
  // `Léa Morel – Institut de recherche en gestion, …`: a type word and its lower-case description.
  const official = closes ? null : capitalisedKindEndAt(text, span.start);
  if (official !== null && !overlaps({ start: span.start, end: official }, persons)) return { start: span.start, end: official, source: 'capitalised-kind' };
  if (!closes || labelled(name) || overlaps(span, persons)) return null;
  return { ...span, source: 'person-affiliation' };
}

function beforePerson(text: string, person: Span): AffiliationName | null {
  const from = Math.max(0, person.start - REACH);
  const found = RUN_BEFORE_COLON.exec(text.slice(from, person.start));
  const name = found?.groups?.['name'];
  const at = found?.indices?.groups?.['name'];
  if (found === null || name === undefined || at === undefined) return null;
  // A run may wrap over lines (`Handicap⏎Zéro : …`), but a label on the colon's line (`…⏎Contact : …`) is no entry.
  const lastLine = name.slice(name.lastIndexOf('\n') + 1).trimStart();
  if (labelled(name) || labelled(lastLine) || isLabelWord(name)) return null;
  return { start: from + at[0], end: from + at[1], source: 'attendance' };
}

/** Every affiliation proposal of a page, given the people the person rules found on it. */
export function affiliationNames(text: string, persons: readonly Span[]): AffiliationName[] {
  const found: AffiliationName[] = [];
  const attendance: AffiliationName[] = [];
  for (const person of persons) {
    const after = afterPerson(text, person, persons);
    if (after !== null) found.push(after);
    const before = beforePerson(text, person);
    if (before !== null && !overlaps(before, persons)) attendance.push(before);
  }
  return attendance.length >= 2 ? [...found, ...attendance] : found;
}
