/**
 * `local-body-kind`: an acronym of a body every town or area has (lexicon LOCAL_BODY_ACRONYMS:
 * `CCAS`, `CCI`, `CAF`…) names one body when the text points at one (`le CCAS de Lunel`, `la CAF`),
 * and a kind of body when it counts or generalises: after a plural or indefinite determiner or a
 * number (`les CCAS`, `des CCAS`, `une CCI`, `4000 CCAS`, `la plupart des CAF`), or offered as an
 * alternative to another such acronym (`CCAS ou CIAS`, `CCAS/CIAS`), or closing an enumeration of kinds left
 * open (`agences, missions locales, CCAS …`, organisation/open-kind-list.ts). Such a proposal is dropped.
 * So is a name headed by the acronym of a kind of structure (lexicon KIND_HEAD_ACRONYMS) after such a
 * determiner: `des Scop du Val de Loire`, `plusieurs PTCE du Morbihan` name the kind in a place (in
 * `l'union régionale des Scop de…` the body is the union, read from its own type word if at all).
 */
import type { Candidate } from '../../core/types.js';
import { KIND_HEAD_ACRONYMS, LOCAL_BODY_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { NUMBER_WORDS } from '../lexicon/number-words.js';
import { alternation } from '../../core/pattern.js';
import { closesOpenKindList } from './open-kind-list.js';

/** A count in words or figures between a determiner and the acronym (`les trois EPCI`, `des 12 CUMA`). */
const COUNT_WORD = `(?:${alternation(Object.keys(NUMBER_WORDS).filter((word) => !word.includes(' ')))}|\\d+)[ \\t\\n]+`;
/** Determiners that count or generalise, ending the text before the acronym, maybe with a count after them. */
const GENERIC_WORD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:les|des|aux|une?|chaque|plusieurs|certaine?s|ces|nos|vos|leurs|quelques|tou(?:te)?s[ \\t]+les)[ \\t\\n]+(?:${COUNT_WORD})?$`,
  'iu',
);
/**
 * A count right before the acronym, in a sentence (`compte 3200 CCAS`): after a word on the same
 * line, one space between. Not a year, nor a number opening a line or a table row (`8    GEIQ…`,
 * `n°3⏎PTCE…`): those number entries, they count nothing.
 */
const COUNT_BEFORE = /[\p{L},:][ \t]+(?!(?:19|20)\d\d )\d+ $/u;
/** Whether the text before the acronym ends on a determiner that counts or generalises, or on a count. */
const countsOrGeneralises = (before: string): boolean => GENERIC_WORD_BEFORE.test(before) || COUNT_BEFORE.test(before);
/**
 * Another acronym joined to this one (`des CCAS et CIAS`, `des Scop et Scic`): the determiner before it
 * counts for both. A kind acronym is often written with a capital only (`Scop`).
 */
const JOINED_ACRONYM = /(?<![\p{L}])\p{Lu}(?:\p{Lu}{1,4}|\p{Ll}{2,4})s?[ \t\n]+(?:et|ou)[ \t\n]+$/u;

const genericBefore = (before: string): boolean => countsOrGeneralises(before) || (JOINED_ACRONYM.test(before) && countsOrGeneralises(before.replace(JOINED_ACRONYM, '')));

/** Another local-body acronym offered as an alternative: `ou CIAS`, `/CIAS` after, `CCAS ou` before. */
const ALTERNATIVE_AFTER = /^[ \t]*(?:ou[ \t\n]+|\/[ \t]*)(?<other>\p{Lu}{2,5})(?![\p{L}])/u;
const ALTERNATIVE_BEFORE = /(?:^|[^\p{L}])(?<other>\p{Lu}{2,5})(?:[ \t\n]+ou|[ \t]*\/)[ \t]*$/u;

/**
 * The acronym heading a longer name (a word of capitals, a capital and 2–3 lower-case letters, or the acronym
 * written in lower case, `des scic de…`) and a place's preposition after it (`Scop du Val`, `PTCE en Bray`), or
 * only lower-case words (`les AMAP existantes`): a kind in a place, or qualified. Plural before proper names
 * (`les PTCE Kalim à Lunel et Trokal`), the acronym lists bodies.
 */
const HEAD = '(?<head>\\p{Lu}(?:\\p{Lu}{1,4}|\\p{Ll}{2,3})|\\p{Ll}{3,5})s?';
const HEADED_NAME = new RegExp(`^${HEAD}(?:[ \\t\\n]+(?:du|de|des|d['’]|en)[ \\t\\n']|(?:[ \\t\\n]+\\p{Ll}[\\p{Ll}'’-]*)+$)`, 'u');
/** Any name the acronym heads: after another kind acronym and `et` (`des Scop et Scic X`) the two name the kinds. */
const HEADED_ANY = new RegExp(`^${HEAD}(?![\\p{L}\\p{N}])`, 'u');
/** The kind acronym joined before this one (`des Scop et`, `des scop & des`). */
const JOINED_KIND = /(?<![\p{L}])(?<other>\p{Lu}(?:\p{Lu}{1,4}|\p{Ll}{2,4})|\p{Ll}{3,5})s?[ \t\n]+(?:et|ou|&)[ \t\n]+(?:des[ \t\n]+)?$/u;

/** Whether the name headed by a kind acronym follows another kind acronym joined to it after a generic determiner. */
function joinedToKind(before: string): boolean {
  const joined = JOINED_KIND.exec(before);
  const other = joined?.groups?.['other'];
  return joined !== null && other !== undefined && KIND_HEAD_ACRONYMS.has(other.toUpperCase()) && countsOrGeneralises(before.slice(0, joined.index));
}

/** Whether `proposal` is a local-body acronym, or a name a kind acronym heads, read as a kind (see the file's comment). */
export function namesLocalBodyKind(text: string, proposal: Candidate): boolean {
  const before = text.slice(Math.max(0, proposal.start - 24), proposal.start);
  const head = HEADED_NAME.exec(proposal.value)?.groups?.['head'];
  if (head !== undefined && KIND_HEAD_ACRONYMS.has(head.toUpperCase())) return genericBefore(before);
  const anyHead = HEADED_ANY.exec(proposal.value)?.groups?.['head'];
  if (anyHead !== undefined && anyHead !== proposal.value && KIND_HEAD_ACRONYMS.has(anyHead.toUpperCase()) && joinedToKind(before)) return true;
  const acronym = proposal.value.replace(/s$/u, '');
  if (!LOCAL_BODY_ACRONYMS.has(acronym)) return false;
  // `(agences, missions locales, CCAS …)`: the last item of an enumeration of kinds left open (open-kind-list.ts).
  if (genericBefore(before) || closesOpenKindList(text, proposal.start, proposal.end)) return true;
  const after = ALTERNATIVE_AFTER.exec(text.slice(proposal.end, proposal.end + 12))?.groups?.['other'];
  const previous = ALTERNATIVE_BEFORE.exec(before)?.groups?.['other'];
  return [after, previous].some((other) => other !== undefined && LOCAL_BODY_ACRONYMS.has(other));
}
