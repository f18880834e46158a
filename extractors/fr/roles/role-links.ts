/**
 * What the role rules share: the role phrases of a page, the people and organisations already
 * found, and how a role is tied to them (an organisation right after the role, `de`/`du`…). Pure.
 */
import type { Candidate } from '../../core/types.js';
import { ROLE_FORMS, ROLE_PHRASE, roleLabel, roleOfForm } from './role-nouns.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import { spanIndexOf } from '../../core/span-index.js';
import { alternation } from '../../core/pattern.js';
import { NETWORK_OF_HEADS } from '../lexicon/organisation-head-kinds.js';

/** A role phrase found in the normalised text. */
export interface RolePhrase {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly plural: boolean;
}

/** What a rule produces: who holds which role, in which organisation (if said). */
export interface RoleLink {
  readonly rule: string;
  readonly role: RolePhrase;
  readonly person: Candidate;
  readonly organisation?: Candidate | undefined;
  readonly confidence: number;
  /** Where the link was read, when not from the person to the role (and organisation): a later item of a list. */
  readonly span?: { readonly start: number; readonly end: number } | undefined;
}

/**
 * Compiled once: the alternation of every role form is long. Tried only at the page's words that
 * open on a role form (core/cue-words.ts), where every match starts.
 */
const ROLE_REGEX = new RegExp(ROLE_PHRASE, 'gu');
const ROLE_CUES = cueWords(ROLE_FORMS);

/** Every role phrase of the text, with its stored label. */
export function rolePhrases(text: string): RolePhrase[] {
  const phrases: RolePhrase[] = [];
  for (const match of cueMatches(ROLE_REGEX, ROLE_CUES, text)) {
    const role = match.groups?.['role'] ?? '';
    const complement = match.groups?.['complement'] ?? '';
    const label = roleLabel(role, complement);
    if (label === undefined) continue;
    const end = roleOfForm(role)?.takesComplement === true ? match.index + role.length + complement.trimEnd().length : match.index + role.length;
    phrases.push({ start: match.index, end, label, plural: /s$|s /u.test(role.toLowerCase()) && !/^(?:vp|pdts?)$/u.test(role.toLowerCase()) });
  }
  return phrases;
}

/**
 * What stands between a role and its organisation: a preposition, a comma or a dash, or a line break.
 * After the preposition, a network's lower-case word may stand before the body's own name (`animatrice
 * du réseau Trokal`: the mention is `Trokal`, refiners/organisation-network-of.ts).
 */
const ORGANISATION_LEAD = new RegExp(
  "^[ \\t]*\\n?[ \\t]*(?:(?:de[ \\t]+la|de[ \\t]+l['’]|du|des|de|d['’]|à[ \\t]+la|à[ \\t]+l['’]|au|aux|auprès[ \\t]+(?:de[ \\t]+la|du|de[ \\t]+l['’]|des|de)|chez|pour[ \\t]+(?:la|le|l['’]))[ \\t]*\\n?[ \\t]*" +
    `(?:${alternation(NETWORK_OF_HEADS)}[ \\t]+)?|[ \\t]*[,–—-][ \\t]*\\n?[ \\t]*|[ \\t]*\\n[ \\t]*)$`,
  'u',
);

/** The organisation named right after a role (`présidente de la CRESS`, `Directrice\nPHARE`). */
export function organisationAfter(text: string, end: number, organisations: readonly Candidate[]): Candidate | undefined {
  // By start (core/span-index.ts): every role asked the whole list, the square of a long page's length.
  return spanIndexOf(organisations).findStartingIn(end, end + 16, (organisation) => ORGANISATION_LEAD.test(text.slice(end, organisation.start)));
}

/** Lines of the text with their offsets. */
export function textLines(text: string): { start: number; end: number; text: string }[] {
  const lines: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}
