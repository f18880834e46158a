/**
 * Proposer family "a name in sentence case and its town": after an article, a capitalised word, one lower-case
 * word, then `de`/`du`/`d'` and a known place, closed by punctuation, a line's end or the finite verb of the
 * sentence (`le Grand atelier de Lunel a ouvert`, `les Chœurs réunis de Vilaret-sur-Loire se sont produits`).
 * French writes a body's name with one capital; the place after `de` and the verb bound it. Not proposed when
 * the capitalised word is a type word (the type-word rules read it), a place's, a building's, a street's or an
 * event's head, a role or a title, or a place itself, nor when the lower-case word is a function word or a
 * verb (`le Maire parle de Lunel`), nor when the phrase goes on (`… de Lunel pour la…`). Evidence
 * `sentence-case-place`.
 */
import { CAPITAL_OR_ABOVE_AHEAD, endsWithWord, fold, WRAP_GAP } from '../../core/pattern.js';
import { anchoredMatches } from '../../core/pipeline.js';
import type { SourcedSpan } from '../../core/types.js';
import { EVENT_NOUNS } from '../lexicon/event-nouns.js';
import { BUILDING_WORDS, PLACE_HEADS, VENUE_HEADS } from '../lexicon/place-heads.js';
import { FINITE_VERB_FORMS } from '../lexicon/prose-words.js';
import { OFFICE_TITLES, ROLE_NOUNS } from '../lexicon/roles.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { HEAD_WORDS } from './name-words.js';

export type SentenceCasePlaceName = SourcedSpan<'sentence-case-place'>;

/** Spaces between two words, maybe one line break (a wrapped line). */
const GAP = WRAP_GAP;
/** The capitalised word, the lower-case word, `de` and the place (one token, maybe hyphenated), on one line or wrapped once. */
const NAME = new RegExp(
  `${CAPITAL_OR_ABOVE_AHEAD}(?<![\\p{L}\\p{N}'’-])(?<first>\\p{Lu}\\p{Ll}+)${GAP}(?<second>\\p{Ll}{3,})${GAP}` +
    `(?:de|du|d['’])(?:${GAP}|(?<=['’]))(?<place>\\p{Lu}[\\p{L}'’-]*\\p{L})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
/**
 * `de`, `du` or `d'` and the place's capital (`d'` maybe glued to it), as every match of `NAME` holds it: the name starts at most
 * two line breaks before it (one in each gap), so `NAME` is tried around these only (speed only: the same matches;
 * over the whole page it was tried at every capital).
 */
const OF_CAPITAL = /(?:de|du|d['’])(?:[ \t]+|[ \t]*\n[ \t]*)\p{Lu}|d['’]\p{Lu}/gu;
/** An article or a contraction right before the name (`le`, `La`, `l'`, `des`, `aux`). */
const ARTICLE_BEFORE = endsWithWord(['le', 'la', 'les', "l'", 'l’', 'du', 'des', 'au', 'aux'], '[ \\t\\n]*');
/** What may close the name: punctuation, a line's end, the page's end, or a word read next (a clitic, a verb). */
const AFTER = /^[ \t]*(?:(?<stop>[,.;:!?)»"]|\n|$)|(?<word>\p{Ll}+)(?:['’]|[ \t]|$))/u;
/** Clitics that open the verb's phrase (`se sont`, `s'est`, `n'a`). */
const CLITICS: ReadonlySet<string> = new Set(['se', 's', 'ne', 'n', 'y']);

const NOT_FIRST: ReadonlySet<string> = new Set(
  [...PLACE_HEADS, ...VENUE_HEADS, ...BUILDING_WORDS, ...EVENT_NOUNS, ...ROLE_NOUNS, ...OFFICE_TITLES].map(fold),
);

/** Whether the capitalised word may open a body's name: no type, place, event or role word, no place. */
function mayOpen(first: string): boolean {
  const key = fold(first);
  return !HEAD_WORDS.has(key) && !NOT_FIRST.has(key) && !NOT_FIRST.has(key.replace(/s$/u, '')) && !isPlaceName(first);
}

/** Whether the lower-case word describes (a noun or an adjective), no function word or finite verb. */
const describes = (second: string): boolean => !FINITE_VERB_FORMS.has(fold(second)) && !/^(?:qui|que|dont|est|sont|pour|par|sur|dans|avec|sans|vers|chez|plus|moins|tout|tous|très)$/u.test(second);

/** Whether the name closes right after the place: punctuation, a line's end, a clitic or a finite verb. */
function closes(after: string): boolean {
  const found = AFTER.exec(after);
  if (found === null) return false;
  const word = found.groups?.['word'];
  return word === undefined || CLITICS.has(word) || FINITE_VERB_FORMS.has(fold(word));
}

/** Every sentence-case name before `de` and a known place that an article opens and the sentence closes. */
export function sentenceCasePlaceNames(text: string): SentenceCasePlaceName[] {
  const found: SentenceCasePlaceName[] = [];
  for (const match of anchoredMatches(NAME, OF_CAPITAL, 2, text)) {
    const { first = '', second = '', place = '' } = match.groups ?? {};
    if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    if (!mayOpen(first) || !describes(second) || !isPlaceName(place)) continue;
    const end = match.index + match[0].length;
    if (closes(text.slice(end, end + 16))) found.push({ start: match.index, end, source: 'sentence-case-place' });
  }
  return found;
}
