/**
 * A town's or an area's body written in lower case (`la commune de Lunel`, `la mairie de Lunel`):
 * whether the head names the body rather than the place, and where the place it governs ends.
 *
 * The head is the body when it is a local authority's (LOCAL_AUTHORITY_HEADS, always; so is a State body's named by its
 * seat, SEAT_NAMED_HEADS: `l'académie de Lunel`) or a noun
 * that names a town or an area (PLACE_OR_BODY_HEADS: `commune`, `ville`…) after its article, no
 * word of location or of the place's life before it (`sur la commune de…`: `place-reading-before`;
 * nor what the town is or how many live there after it, `la ville de Lunel, berceau de…`: `place-reading-after`;
 * `la maison commune de…`, an adjective: `no-article`). Its name is the place after `de`: the
 * longest known place there (`la commune de Lunel Intéressée⏎par…` stops after `Lunel`:
 * `known-place`), else the capitalised words on the head's line (`line-end`).
 */
import { alternation, endsWithWord } from '../../core/pattern.js';
import { LOCAL_AUTHORITY_HEADS, PLACE_APPOSITIONS_AFTER, PLACE_OR_BODY_HEADS, PLACE_POPULATION_VERBS, PLACE_READING_BEFORE, PLACE_THING_NOUNS, SEAT_NAMED_HEADS } from '../lexicon/organisation-types.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { NUMBER_PATTERN } from '../patterns.js';

/** A word of location or of a place's life before the head and its article (`sur la commune`, `centre-ville`). */
const PLACE_READING = endsWithWord(PLACE_READING_BEFORE, "(?:[ \\t\\n]+(?:la|le|les|l['’]))?[ \\t\\n-]*");
/** Spaces, maybe with one line break (a wrapped line). */
const WRAP = '[ \\t]*\\n?[ \\t]*';
/**
 * After the head: `de` and the place (capitalised words, maybe joined by a particle), then what the
 * place is (`, berceau de…`) or how many live there (`abrite 2 730 habitants`, `, 3 000 habitants,`):
 * the text speaks of the town, not of its council (`place-reading-after`).
 */
const PLACE_READING_AFTER = new RegExp(
  `^${WRAP}(?:de|d['’]|du)${WRAP}\\p{Lu}[\\p{L}'’-]*(?:${WRAP}(?:(?:de|du|des|sur|en|la|le|les)${WRAP})?\\p{Lu}[\\p{L}'’-]*)*` +
    `(?:${WRAP},${WRAP}${alternation(PLACE_APPOSITIONS_AFTER)}(?![\\p{L}])|` +
    `(?:${WRAP},${WRAP}|${WRAP}${alternation(PLACE_POPULATION_VERBS)}${WRAP})(?:(?:plus de|près de|environ|quelque|moins de)${WRAP})?(?:${NUMBER_PATTERN})${WRAP}habitants(?![\\p{L}]))`,
  'u',
);
/**
 * What the place has or is, maybe with up to two lower-case adjectives, then `de` and the head's article (`le patrimoine
 * architectural de la commune`, `la consommation d'eau annuelle de la ville`): the place (`place-thing-before`).
 */
const PLACE_THING = new RegExp(`(?<![\\p{L}])${alternation(PLACE_THING_NOUNS)}(?:[ \\t\\n]+(?!de(?![\\p{L}]))\\p{Ll}[\\p{Ll}-]*){0,2}[ \\t\\n]+de[ \\t\\n]+(?:la|le|l['’])[ \\t\\n]*$`, 'iu');
/** The head's article right before it: a noun (`la commune`), not an adjective (`la maison commune`). */
const ARTICLE_BEFORE = endsWithWord(['la', 'le', "l'", 'l’'], '[ \\t\\n]*');
/** `de`, `du`, `d'`, `de la`, `de l'` after the head, up to the place's first letter. */
const OF_PLACE = /^[ \t]*\n?[ \t]*(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|d['’][ \t]*|du[ \t]+|des[ \t]+|de[ \t]+)/u;
/**
 * Heads whose name is a town's alone (`la mairie de Lunel`), so a known place ends it; an
 * intercommunal body's may go on past one (`communauté de communes de Lunel et du Vidourle`).
 */
const TOWN_HEADS: ReadonlySet<string> = new Set([...PLACE_OR_BODY_HEADS, 'mairie', 'préfecture', 'sous-préfecture']);
/** How many words of the place are tried as a known place (`Saint-Martin de Ré`, `Puy Saint Martin`). */
const MOST_PLACE_WORDS = 4;

/** Whether the head (its lower-cased `key`, at `start`) names the body governing the place after it. */
export function governsPlace(text: string, start: number, key: string, lower: boolean): boolean {
  if (LOCAL_AUTHORITY_HEADS.has(key) || SEAT_NAMED_HEADS.has(key)) return true;
  if (!lower || !PLACE_OR_BODY_HEADS.has(key)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  return ARTICLE_BEFORE.test(before) && !PLACE_READING.test(before) && !PLACE_THING.test(text.slice(Math.max(0, start - 72), start)) && !PLACE_READING_AFTER.test(text.slice(start + key.length, start + key.length + 120));
}

/**
 * Where the place a town's body (head `key`, ending at `headEnd`) governs ends, the name read up to
 * `scannedEnd`: the longest known place, else the head's line. `scannedEnd` when neither cuts it,
 * or when the head is not a town's.
 */
export function governedPlaceEnd(key: string, text: string, headEnd: number, scannedEnd: number): number {
  if (!TOWN_HEADS.has(key)) return scannedEnd;
  const of = OF_PLACE.exec(text.slice(headEnd, scannedEnd));
  if (of === null) return scannedEnd;
  const placeStart = headEnd + of[0].length;
  const words = [...text.slice(placeStart, scannedEnd).matchAll(/[^\s]+/gu)];
  let known = -1;
  for (let count = 1; count <= Math.min(MOST_PLACE_WORDS, words.length); count += 1) {
    const last = words[count - 1];
    if (last !== undefined && isPlaceName(text.slice(placeStart, placeStart + last.index + last[0].length).replace(/\s+/gu, ' '))) known = count;
  }
  const lastKnown = words[known - 1];
  if (lastKnown !== undefined) return placeStart + lastKnown.index + lastKnown[0].length;
  const lineBreak = text.indexOf('\n', placeStart);
  // The place starts on a letter, so trimming the line's end never goes back past it.
  return lineBreak >= 0 && lineBreak < scannedEnd ? placeStart + text.slice(placeStart, lineBreak).trimEnd().length : scannedEnd;
}
