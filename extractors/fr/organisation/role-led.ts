/**
 * A proposal that opens on a person's role and its `de` (`Directrice du CREPA`, `Ministre de
 * l'Artisanat`, `Présidente de la Commission Culture`) names a function someone holds, not a
 * body: whichever rule proposed it (a list item, an apposition, a run of capitalised words), the
 * organisation is at most what the role is of. It is kept when it is one on its own: an acronym
 * (`CREPA`) or a name holding a type word (`Fédération des Cigales`); else the proposal is dropped
 * (`l'Artisanat`, `la Commission Culture`: a ministry's field, a board's committee).
 */
import type { Candidate } from '../../core/types.js';
import { fold } from '../../core/pattern.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { HEAD_WORDS } from './name-words.js';

const ROLE_OF = /^(?<role>\p{L}[\p{L}-]*)[ \t]*\n?[ \t]*(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])[ \t]*\n?[ \t]*/u;

/** The proposal as it should stand: unchanged, cut to what the role is of, or null (dropped). */
export function withoutLeadingRole(text: string, proposal: Candidate): Candidate | null {
  const span = text.slice(proposal.start, proposal.end);
  const found = ROLE_OF.exec(span);
  const role = found?.groups?.['role'];
  if (found === null || role === undefined || !ROLE_NOUNS.has(role.toLowerCase())) return proposal;
  const rest = span.slice(found[0].length);
  const words = rest.split(/[\s'’]+/u).filter((word) => word.length > 0);
  const acronym = words.length === 1 && /^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(words[0] ?? '');
  const typed = /^\p{Lu}/u.test(rest) && words.some((word) => HEAD_WORDS.has(fold(word)));
  if (!acronym && !typed) return null;
  return { ...proposal, start: proposal.start + found[0].length, value: rest.replace(/\s+/gu, ' ') };
}
