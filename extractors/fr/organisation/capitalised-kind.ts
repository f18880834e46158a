/**
 * Proposer family "a type word written with a capital in running text, then a lower-case
 * description" (an official name with only its first word capitalised): `rejoint par l'Union
 * régionale des scop.`, `avec le Campus des arts appliqués, la CAPEB…`, `les Éditions solidaires du
 * Val tiendront…` is not one (a verb follows), `l'Institut d'études rurales, Université…`.
 * A kind named in passing stays in lower case (`une union d'associations`), so the capital after
 * an article is what makes it a name. The name is read word by word: adjectives (by their ending,
 * lexicon/capitalised-kinds.ts), and `de`/`du`/`des`/`en`/`pour` with their object; it must hold
 * at least one such object and close on punctuation, a line end, `et`/`ou`, or a place after
 * `à` (`… à Saint-Pierre`), so a sentence that goes on with a verb is never swallowed. A body's
 * organs (`le Conseil d'administration`) and concepts (`le Pôle territorial de coopération
 * économique` as a label) are not proposed, nor a name its acronym follows in
 * brackets (`la Chambre des métiers (CMA)`: the acronym rules read that pair). Evidence
 * `capitalised-kind`.
 */
import { alternation, fold } from '../../core/pattern.js';
import { cueMatches, cueWords } from '../../core/cue-words.js';
import {
  ADJECTIVE_ENDINGS, AUXILIARY_ADVERBS, CAPITALISED_KIND_CONCEPTS, CAPITALISED_KIND_HEADS, CAPITALISED_KIND_NOT_BODIES, CAPITALISED_ORGAN_HEADS,
  IRREGULAR_PAST_PARTICIPLES,
} from '../lexicon/capitalised-kinds.js';
import { OPENS_UPPER, OPENS_LOWER } from '../../core/word-shape.js';
import { isFiniteVerbForm } from './name-continuation.js';
import { complementListEnd } from './complement-list.js';
import type { SourcedSpan } from '../../core/types.js';

export type CapitalisedKindName = SourcedSpan<'capitalised-kind'>;

/** A lower-case or capitalised article (or `du`, `des`, `au`, `aux`), then the capitalised type word. */
const HEAD = new RegExp(
  `(?:(?<![\\p{L}\\p{N}'’-])(?:[Ll]a|[Ll]e|[Ll]es|du|des|au|aux)(?:[ \\t]+\\n?|\\n)[ \\t]*|(?<![\\p{L}\\p{N}-])[Ll]['’][ \\t]*)(?<head>${alternation([...CAPITALISED_KIND_HEADS, ...CAPITALISED_ORGAN_HEADS])})(?![\\p{L}\\p{N}'’-])`,
  'gdu',
);
/** Where `HEAD` can start: at a word opening on one of its articles (tried there only, core/cue-words.ts). */
const HEAD_CUES = cueWords(['la', 'le', 'les', 'du', 'des', 'au', 'aux', "l'"]);
/** Spaces with one line break at most (a wrapped name), then a word (an elided `d'`/`l'` kept on it). */
const NEXT_WORD = /^(?:[ \t]+\n?[ \t]*|\n[ \t]*)(?<word>(?:[dlDL]['’])?\p{L}[\p{L}'’-]*)/u;
const ADJECTIVE = new RegExp(`${alternation(ADJECTIVE_ENDINGS)}$`, 'u');
const PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'en', 'pour']);
const ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'les']);
/** Lower-case words that are no noun of a name (they open a clause). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'qui', 'que', 'dont', 'où', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette',
  'ces', 'un', 'une', 'et', 'ou', 'à', 'au', 'aux', 'est', 'sont', 'a', 'ont', 'par', 'avec', 'dans', 'sur', 'pour', 'de', 'du', 'des',
  'afin', 'lors', 'depuis',
]);
const NOT_BODIES: ReadonlySet<string> = new Set(CAPITALISED_KIND_NOT_BODIES);
/**
 * What may close the name: punctuation (a footnote's bracket `[3]` too), a line end, `et`/`ou`, a place after `à`, or a
 * word that opens a relative or a circumstance clause (`qui`, `dont`, `afin`, `lors`, `depuis`): no name goes on with it.
 */
const CLOSE = /^(?:[ \t]*(?:[,.;:!?)(»"–—…[]|$)|[ \t\n]+(?:afin|lors|depuis|dont|qui)[ \t\n]|[ \t]*\n|[ \t]+(?:et|ou)[ \t\n]|[ \t\n]+(?:à|au|aux)[ \t\n]+\p{Lu})/u;
/**
 * The subject's verb in a compound past, `a` or `ont` and a past participle (`l'Atelier des vergers a ouvert`, `… ont
 * accompagné`; lexicon IRREGULAR_PAST_PARTICIPLES, AUXILIARY_ADVERBS): the clause's verb after its subject's name, which
 * closes it as punctuation does (`a lieu` is no participle).
 */
const PAST_VERB_AFTER = new RegExp(
  `^[ \\t\\n]+(?:a|ont)[ \\t\\n]+(?:${alternation(AUXILIARY_ADVERBS)}[ \\t\\n]+)?(?:\\p{Ll}+(?:é|ée|és|ées)|${alternation(IRREGULAR_PAST_PARTICIPLES)})(?![\\p{L}'’-])`,
  'u',
);
/** `la Chambre des métiers (CMA)`: a defined acronym follows; the acronym rules read the pair. */
const DEFINED_ACRONYM = /^[ \t\n]*\([ \t]*\p{Lu}[\p{Lu}\p{N}&'’-]{1,9}[ \t]*\)/u;
/** Whether a name is a concept written like one (`Pôle territorial de coopération économique`), with no capitalised name in it. */
function isConcept(name: string): boolean {
  const folded = fold(name.replace(/\s+/gu, ' '));
  return CAPITALISED_KIND_CONCEPTS.some((concept) => folded.startsWith(concept)) && !/\s\p{Lu}/u.test(name);
}
/** At most this many words after the type word. */
const MAX_WORDS = 10;

const isAdjective = (word: string): boolean => word.length > 3 && !FUNCTION_WORDS.has(word.toLowerCase()) && ADJECTIVE.test(word.toLowerCase());
const isNoun = (word: string): boolean => OPENS_UPPER.test(word) || (OPENS_LOWER.test(word) && !FUNCTION_WORDS.has(word));
/** An elided preposition or article and the word glued to it. */
const ELIDED = /^(?<mark>[dlDL])['’](?<rest>\p{L}.*)$/u;
/** `d'échanges`, `l'initiative`: an elided preposition or article glued to its noun. */
const elided = (word: string): string | null => ELIDED.exec(word)?.groups?.['rest'] ?? null;

type State = 'modifier' | 'object' | 'noun' | 'and';

/** One word read in `state`: the next state, and whether the name may end after the word; null stops the scan. */
function step(state: State, word: string): { state: State; complete: boolean; object: boolean } | null {
  const lower = word.toLowerCase();
  const glued = elided(word);
  if (state === 'modifier' || state === 'and') {
    if (PREPOSITIONS.has(lower)) return { state: 'object', complete: false, object: false };
    if (glued !== null && lower.startsWith('d') && isNoun(glued)) return { state: 'modifier', complete: true, object: true };
    if (state === 'modifier' && lower === 'et') return { state: 'and', complete: false, object: false };
    return isAdjective(word) ? { state: 'modifier', complete: true, object: false } : null;
  }
  if (state === 'object' && ARTICLES.has(lower)) return { state: 'noun', complete: false, object: false };
  if (state === 'object' && glued !== null && lower.startsWith('l') && isNoun(glued)) return { state: 'modifier', complete: true, object: true };
  return isNoun(word) && glued === null ? { state: 'modifier', complete: true, object: true } : null;
}

/** Where the name whose type word ends at `from` ends, or null when it does not close cleanly. */
function nameEnd(text: string, from: number, adjectiveFirst = false): number | null {
  let at = from;
  let state: State = 'modifier';
  let end: number | null = null;
  let objects = 0;
  let objectsAtEnd = 0;
  for (let count = 0; count < MAX_WORDS; count += 1) {
    const found = NEXT_WORD.exec(text.slice(at, at + 80));
    const word = found?.groups?.['word'];
    if (found === null || word === undefined) break;
    if (NOT_BODIES.has(word.toLowerCase().replace(/^[dl]['’]/u, ''))) return null;
    const next: ReturnType<typeof step> = count === 0 && adjectiveFirst && !isAdjective(word) ? null : step(state, word);
    if (next === null) break;
    at += found[0].length;
    state = next.state;
    if (next.object) objects += 1;
    if (next.complete) {
      end = at;
      objectsAtEnd = objects;
    }
  }
  if (end === null || objectsAtEnd === 0) return null;
  // `la Direction générale des forêts, de la chasse et de la pêche en rivière`: its complements, listed.
  const listed = complementListEnd(text, end);
  if (listed !== null) return listed;
  const after = text.slice(end, end + 40);
  if ((CLOSE.test(after) || PAST_VERB_AFTER.test(after)) && !DEFINED_ACRONYM.test(after)) return end;
  return state === 'modifier' && objects === objectsAtEnd ? closingAdjectiveEnd(text, end) : null;
}

/**
 * `l'Observatoire des patrimoines maritimes –`: one more lower-case word that is no verb, right before what closes the
 * name, is its adjective (an ending the list does not know): where the name ends after it, or null.
 */
function closingAdjectiveEnd(text: string, end: number): number | null {
  const closing = NEXT_WORD.exec(text.slice(end, end + 40));
  const word = closing?.groups?.['word'] ?? '';
  if (closing === null || word.length <= 3 || !OPENS_LOWER.test(word) || FUNCTION_WORDS.has(word) || isFiniteVerbForm(fold(word))) return null;
  return CLOSE.test(text.slice(end + closing[0].length, end + closing[0].length + 40)) ? end + closing[0].length : null;
}

const KIND_HEADS: ReadonlySet<string> = new Set(CAPITALISED_KIND_HEADS);
const ORGAN_HEADS: ReadonlySet<string> = new Set(CAPITALISED_ORGAN_HEADS);

/**
 * The end of an official name whose capitalised type word opens at `start` with no article before
 * it (a speaker's affiliation: `Léa Morel – Institut de recherche en gestion, …`, affiliation.ts),
 * or null when no type word opens there or the name does not close cleanly.
 */
export function capitalisedKindEndAt(text: string, start: number): number | null {
  const head = /^\p{Lu}[\p{L}-]*/u.exec(text.slice(start, start + 30))?.[0] ?? '';
  if (!KIND_HEADS.has(head)) return null;
  const end = nameEnd(text, start + head.length);
  return end === null || isConcept(text.slice(start, end)) ? null : end;
}

/** Every official name (a capitalised type word and its lower-case description) on the page. */
export function capitalisedKindNames(text: string): CapitalisedKindName[] {
  const found: CapitalisedKindName[] = [];
  for (const match of cueMatches(HEAD, HEAD_CUES, text)) {
    const head = match.indices?.groups?.['head'];
    if (head === undefined) continue;
    const end = nameEnd(text, head[1], ORGAN_HEADS.has(text.slice(head[0], head[1])));
    if (end !== null && !isConcept(text.slice(head[0], end))) found.push({ start: head[0], end, source: 'capitalised-kind' });
  }
  return found;
}
