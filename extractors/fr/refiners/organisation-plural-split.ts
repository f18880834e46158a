/**
 * `plural-split`: after a plural kind (`les coopératives Trokal et Vibo`, `deux compagnies (Kalvo et Bimo)`, `ses trois
 * épiceries : Tamis et Brindille`), `X et Y` names two bodies of that kind, not one: a name read whole over `et`
 * (`and`, name-end-rules.ts; a capitalised run, candidates.ts) is split into its two names. The plural is what the
 * text says before the name: a plural determiner or a count, then lower-case words holding a type word
 * (name-words.ts HEAD_WORDS, plural forms included), maybe a bracket or a colon, and nothing else. Each part is
 * a capitalised run without connectors (`Habitat et Humanisme` after `l'association`: one body, untouched; after
 * `les associations`, two). Each part keeps the mention's rule and evidence, and gets `plural-split`.
 */
import { fold } from '../../core/pattern.js';
import type { Candidate, Refiner } from '../../core/types.js';
import { HEAD_WORDS } from '../organisation/name-words.js';

export const PLURAL_SPLIT = 'plural-split';

/** Two capitalised runs (one to three words, no connector) joined by `et`, maybe over a line break. */
const TWO_NAMES = /^(?<first>\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*){0,2})(?:[ \t]+|[ \t]*\n[ \t]*)et(?:[ \t]+|[ \t]*\n[ \t]*)(?<second>\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]*\n?[ \t]*\p{Lu}[\p{L}\p{N}'’-]*){0,2})$/u;
/** A plural determiner or a count, one to six lower-case words, maybe a bracket or a colon, right before the name. */
const PLURAL_KIND_BEFORE = /(?<![\p{L}\p{N}])(?:[Ll]es|des|aux|ces|ses|nos|leurs|deux|trois|quatre|cinq|six|plusieurs|[2-9])(?<words>(?:[ \t]*\n?[ \t]+(?:[dl]['’])?\p{Ll}[\p{Ll}'’-]*){1,6})[ \t]*\n?[ \t]*[(:]?[ \t]*\n?[ \t]*$/u;

/** Words that open another phrase (`les projets de la région avec X et Y`): the name is not the plural kind's. */
const OTHER_PHRASE: ReadonlySet<string> = new Set([
  'la', 'le', 'les', 'un', 'une', 'avec', 'pour', 'par', 'sur', 'dans', 'chez', 'entre', 'à', 'au', 'aux', 'en', 'comme', 'dont', 'que', 'qui',
  'selon', 'vers', 'sont', 'ont', 'est', 'ou',
  // `les ateliers du Cabinet X et Y`: after `de`, the name is what the kind belongs to, not its members.
  'de', 'du', 'des',
]);

/** Whether the text before a name ends on a plural kind: a type word among the lower-case words after the plural, no other phrase. */
function pluralKindBefore(before: string): boolean {
  const words = PLURAL_KIND_BEFORE.exec(before)?.groups?.['words']?.trim().split(/\s+/u);
  return words !== undefined && !words.some((word) => OTHER_PHRASE.has(word)) && words.some((word) => HEAD_WORDS.has(fold(word.replace(/^[dl]['’]/u, ''))));
}

/** The two parts of a mention that names two bodies after a plural kind, or null. */
function split(text: string, candidate: Candidate): Candidate[] | null {
  const names = TWO_NAMES.exec(text.slice(candidate.start, candidate.end));
  const first = names?.groups?.['first'];
  const second = names?.groups?.['second'];
  if (names === null || first === undefined || second === undefined) return null;
  if (!pluralKindBefore(text.slice(Math.max(0, candidate.start - 90), candidate.start))) return null;
  const evidence = [...(candidate.evidence ?? []), PLURAL_SPLIT];
  const secondStart = candidate.end - second.length;
  return [
    { ...candidate, end: candidate.start + first.length, value: first.replace(/\s+/gu, ' '), evidence },
    { ...candidate, start: secondStart, value: second.replace(/\s+/gu, ' '), evidence },
  ];
}

export const organisationPluralSplitRefiner: Refiner = {
  id: 'fr.organisation.plural-split',
  refine(context, candidates): Candidate[] {
    return candidates.flatMap((candidate) => (candidate.type === 'organisation' ? split(context.text, candidate) ?? [candidate] : [candidate]));
  },
};
