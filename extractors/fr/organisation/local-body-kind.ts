/**
 * `local-body-kind`: an acronym of a body every town or area has (lexicon LOCAL_BODY_ACRONYMS:
 * `CCAS`, `CCI`, `CAF`…) names one body when the text points at one (`le CCAS de Lunel`, `la CAF`),
 * and a kind of body when it counts or generalises: after a plural or indefinite determiner or a
 * number (`les CCAS`, `des CCAS`, `une CCI`, `4000 CCAS`, `la plupart des CAF`), or offered as an
 * alternative to another such acronym (`CCAS ou CIAS`, `CCAS/CIAS`). Such a proposal is dropped.
 */
import type { Candidate } from '../../core/types.js';
import { LOCAL_BODY_ACRONYMS } from '../lexicon/organisation-acronyms.js';

/** Determiners that count or generalise, or a number, ending the text before the acronym. */
const GENERIC_BEFORE = /(?:^|[^\p{L}\p{N}])(?:les|des|aux|une?|chaque|plusieurs|certaine?s|ces|nos|vos|leurs|quelques|tou(?:te)?s[ \t]+les|\d+)[ \t\n]+$/iu;
/** Another acronym joined to this one (`des CCAS et CIAS`): the determiner before it counts for both. */
const JOINED_ACRONYM = /\p{Lu}{2,5}[ \t\n]+(?:et|ou)[ \t\n]+$/u;

const genericBefore = (before: string): boolean => GENERIC_BEFORE.test(before) || (JOINED_ACRONYM.test(before) && GENERIC_BEFORE.test(before.replace(JOINED_ACRONYM, '')));

/** Another local-body acronym offered as an alternative: `ou CIAS`, `/CIAS` after, `CCAS ou` before. */
const ALTERNATIVE_AFTER = /^[ \t]*(?:ou[ \t\n]+|\/[ \t]*)(?<other>\p{Lu}{2,5})(?![\p{L}])/u;
const ALTERNATIVE_BEFORE = /(?:^|[^\p{L}])(?<other>\p{Lu}{2,5})(?:[ \t\n]+ou|[ \t]*\/)[ \t]*$/u;

/** Whether `proposal` is a local-body acronym read as a kind (see the file's comment). */
export function namesLocalBodyKind(text: string, proposal: Candidate): boolean {
  const acronym = proposal.value.replace(/s$/u, '');
  if (!LOCAL_BODY_ACRONYMS.has(acronym)) return false;
  const before = text.slice(Math.max(0, proposal.start - 24), proposal.start);
  if (genericBefore(before)) return true;
  const after = ALTERNATIVE_AFTER.exec(text.slice(proposal.end, proposal.end + 12))?.groups?.['other'];
  const previous = ALTERNATIVE_BEFORE.exec(before)?.groups?.['other'];
  return [after, previous].some((other) => other !== undefined && LOCAL_BODY_ACRONYMS.has(other));
}
