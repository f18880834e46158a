/**
 * Organisations read around a person's role.
 *
 * A proposal that opens on a person's role and its `de` (`Directrice du CREPA`, `Ministre de
 * l'Artisanat`, `Présidente de la Commission Culture`, `Conseillère régionale de la Drôme`), or is
 * a role alone (`Le Président`), names a function someone holds, not a
 * body: whichever rule proposed it (a list item, an apposition, a run of capitalised words), the
 * organisation is at most what the role is of. It is kept when it is one on its own: an acronym
 * (`CREPA`) or a name holding a type word (`Fédération des Cigales`); else the proposal is dropped
 * (`l'Artisanat`, `la Commission Culture`: a ministry's field, a board's committee).
 *
 * Speaker lines (`- Léa MOREL, responsable chez X et co-fondatrice de Y`): a run after a role stops
 * before the person's second role (`lengthBeforeSecondRole`); a role cue in a speaker's entry
 * (`inSpeakerEntry`) may be followed by a body's name in sentence case (`sentenceCaseNameLength`).
 */
import type { Candidate } from '../../core/types.js';
import { alternation, fold } from '../../core/pattern.js';
import { ROLE_AREAS, ROLE_NOUNS, ROLE_PREFIXES } from '../lexicon/roles.js';
import { FIELD_WORDS } from '../lexicon/field-words.js';
import { PERSON_ROLES, ROLE_IN_ORGANISATION } from '../lexicon/organisation-cues.js';
import { HEAD_WORDS } from './name-words.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

/** Role nouns, folded: a person's office, never a word of a body's name. */
const ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PERSON_ROLES, ...ROLE_IN_ORGANISATION].map(fold));
/** `et` or `&`, then a capitalised word (the second of the person's roles, maybe). */
const AND_CAPITAL = /[ \t\n]+(?:et|&)[ \t\n]+(?<word>\p{Lu}[\p{L}-]*)/gu;

/**
 * `responsable chez Kalimba et Co-fondatrice de …`: a capitalised run read after a person's role
 * ends before `et` + a second role of the same person; the role and what follows name no part of
 * the body. Returns the run's length to keep (the whole run when no role follows `et`).
 */
export function lengthBeforeSecondRole(run: string): number {
  for (const found of run.matchAll(AND_CAPITAL)) {
    if (ROLES.has(fold(found.groups?.['word'] ?? ''))) return found.index;
  }
  return run.length;
}

/**
 * A role, maybe one lower-case qualifier of its office (`Conseiller départemental de`, `Délégué
 * régional du`) or the mayor a deputy serves (`Adjointe au Maire de`), then its `de`.
 */
const ROLE_OF = /^(?<role>\p{L}[\p{L}-]*)(?:[ \t]*\n?[ \t]*\p{Ll}{4,}|[ \t]+au[ \t]*\n?[ \t]*[Mm]aire)?[ \t]*\n?[ \t]*(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])[ \t]*\n?[ \t]*/u;
/** `Le Président`, `la Trésorière`: a role alone, its article maybe before it. */
const ROLE_ALONE = /^(?:(?:le|la|les)[ \t]+|l['’])?(?<role>\p{L}[\p{L}-]*)$/iu;

/** A role's prefix (`Sous`, `Vice`, `Co`) and one space or line break before the rest of the role's word. */
const SPACED_ROLE_PREFIX = new RegExp(`^(?<prefix>${alternation(ROLE_PREFIXES)})[ \\t\\n](?=\\p{L})`, 'iu');

/**
 * `Sous Préfète`, `Vice Président de …`: a prefixed role written with a space for its hyphen, read as the one word
 * (`Sous-Préfète`). The length is kept, so offsets into the value stay those of the text.
 */
export function joinRolePrefix(value: string): string {
  const found = SPACED_ROLE_PREFIX.exec(value);
  if (found === null) return value;
  const joined = `${found.groups?.['prefix'] ?? ''}-${value.slice(found[0].length)}`;
  // Only into a role the lexicon knows: `Co Working`, `Sous Bois` stay.
  return ROLE_NOUNS.has((joined.split(/[ \t\n]/u)[0] ?? '').toLowerCase()) ? joined : value;
}

/** The proposal as it should stand: unchanged, cut to what the role is of, or null (dropped). */
export function withoutLeadingRole(text: string, proposal: Candidate): Candidate | null {
  const span = joinRolePrefix(text.slice(proposal.start, proposal.end));
  // `Le Président, Jean Morel, remercie…`: a role alone is someone's function, no body.
  const alone = ROLE_ALONE.exec(span)?.groups?.['role'];
  if (alone !== undefined && ROLE_NOUNS.has(alone.toLowerCase())) return null;
  const found = ROLE_OF.exec(span);
  const role = found?.groups?.['role'];
  if (found === null || role === undefined || !ROLE_NOUNS.has(role.toLowerCase())) return proposal;
  const rest = span.slice(found[0].length);
  const words = rest.split(/[\s'’]+/u).filter((word) => word.length > 0);
  const acronym = words.length === 1 && /^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(words[0] ?? '');
  const typed = OPENS_UPPER.test(rest) && words.some((word) => HEAD_WORDS.has(fold(word)));
  if (!acronym && !typed) return null;
  return { ...proposal, start: proposal.start + found[0].length, value: rest.replace(/\s+/gu, ' ') };
}

/**
 * A speaker's entry: after a line start, a bullet or a spaced dash (a list run into a paragraph:
 * `… demain. - Léa MOREL,⏎directrice de …`), a first name, a surname and a comma. The roles after
 * the comma are that person's, whatever comes between them, wrapped over lines or not.
 */
const SPEAKER_ENTRY = /(?:^|\n|[ \t][-–—][ \t]*\n?|[•·*][ \t]*)[ \t]*(?:[-–—•*·][ \t]*)?(?<first>\p{Lu}[\p{Ll}'’-]+)(?:[ \t]*\n?[ \t]*\p{Lu}[\p{L}'’-]+){1,2}[ \t]*,(?<roles>(?:(?![ \t][-–—][ \t]|[•·])[^;:()])*)$/u;
/** How far back a speaker's entry is read from a role. */
const ENTRY_REACH = 200;

/** Whether the role cue at `cueStart` stands in a speaker's entry (`SPEAKER_ENTRY`) whose first name `isFirstName` accepts. */
export function inSpeakerEntry(text: string, cueStart: number, isFirstName: (word: string) => boolean): boolean {
  const from = Math.max(0, cueStart - ENTRY_REACH);
  const before = text.slice(from, cueStart);
  // The entry starts after the last bullet or spaced dash (speed: the pattern is tried from there only).
  const separators = [...before.matchAll(/[ \t][-–—][ \t]|[•·*]|\n\n/gu)];
  const last = separators[separators.length - 1];
  // With no separator, a window cut mid-text opens at its first line start, not at the cut.
  const opening = from === 0 ? 0 : Math.max(0, before.indexOf('\n'));
  const entry = last === undefined ? before.slice(opening) : before.slice(Math.max(0, last.index - 1));
  const first = SPEAKER_ENTRY.exec(entry)?.groups?.['first'];
  return first !== undefined && isFirstName(first);
}

/** Where a speaker's entry ends: a line end, a comma, a semicolon, a bracket, a spaced dash, a full stop. */
const ENTRY_REST = /^[^\n,;()]*?(?=[ \t]*(?:\n|$|[,;()]|[ \t][-–—][ \t]|\.(?![\p{L}\p{N}])))/u;
const CONNECTOR = /^(?:à|de|du|des|en|pour|sur|au|aux|[dl]['’]\p{Ll}.*)$/u;
const NOT_IN_NAME = /^(?:un|une|le|la|les|est|sont|a|ont|qui|que|dont)$/u;

/** A connector that cannot end a name: a word of it must follow. */
const DANGLING_CONNECTOR = /(?:^|[ \t])(?:à|de|du|des|en|pour|sur|au|aux)$/u;
/** The line break (and its spaces) right after an entry. */
const LINE_WRAP = /^[ \t]*\n[ \t]*/u;

/**
 * The entry from `start` (`ENTRY_REST`), read on over one line break when its line ends on a connector
 * (`sentence-case-wrap`: `… directrice de Pré de⏎Lune, …`, `… fondatrice de Halte au⏎gaspillage`): a name
 * never ends on `de`; what the next line holds is then judged as the name's own words (a capital there
 * makes it no sentence-case phrase, and the capitalised name is another parser's to read).
 */
function entryOverWrap(text: string, start: number): string | undefined {
  const entry = ENTRY_REST.exec(text.slice(start, start + 80))?.[0].trimEnd();
  if (entry === undefined || !DANGLING_CONNECTOR.test(entry)) return entry;
  const end = start + entry.length;
  const wrap = LINE_WRAP.exec(text.slice(end, end + 20))?.[0];
  if (wrap === undefined) return entry;
  const next = ENTRY_REST.exec(text.slice(end + wrap.length, end + wrap.length + 80))?.[0].trimEnd() ?? '';
  return next === '' ? entry : text.slice(start, end + wrap.length + next.length);
}

/**
 * `… directrice de Fil de quartier (Vilaret)`, `co-fondateur de Halte au gaspillage textile⏎`:
 * after a person's role, a body's name may be written in sentence case: one capitalised word, then
 * lower-case words tied by a preposition (`à`, `de`, `d'`…) up to the end of the entry. Returns the
 * name's length from `start` (its capital), or null when the entry is no such phrase. With
 * `andInName`, `et` may join two of its words (`Atelier de couture et de retouche`).
 */
export function sentenceCaseNameLength(text: string, start: number, andInName = false): number | null {
  const entry = entryOverWrap(text, start);
  if (entry === undefined) return null;
  const words = entry.split(/\s+/u);
  const first = words[0] ?? '';
  if (words.length < 2 || words.length > 6 || !/^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(first)) return null;
  // `directrice de Recherche en sciences sociales`: what the role is in charge of, part of the title.
  if (ROLE_AREAS.has(fold(first)) || FIELD_WORDS.has(fold(first))) return null;
  const rest = words.slice(1);
  // `et` may open the person's second role; a list's last item (`andInName`) holds no role.
  if (!rest.every((word) => /^(?:[dl]['’])?\p{Ll}[\p{Ll}'’-]*$/u.test(word) && !NOT_IN_NAME.test(word) && (andInName || word !== 'et'))) return null;
  return rest.some((word) => CONNECTOR.test(word)) ? entry.length : null;
}
