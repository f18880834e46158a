/**
 * `l'atelier de réparation de vélos Kalimba`, `l'épicerie itinérante Panier Voyageur`, `la banque
 * coopérative la Bourse Verte`: after a lower-case type word, a lower-case description of what the
 * body is or does, then its name. The description is a cue, not part of the name, which starts
 * at the first capital, when that capital follows a word of the description (or an article), not
 * a preposition that ties a place or a field to the type word (`l'union régionale des Scop`,
 * `la communauté de communes du Val`: their name holds the type word).
 */
import { DESCRIPTION_BREAKERS } from '../lexicon/organisation-cues.js';
import { TERRITORY_HEADS } from '../lexicon/territory-words.js';

const BREAKERS: ReadonlySet<string> = new Set(DESCRIPTION_BREAKERS);
const TERRITORY: ReadonlySet<string> = new Set(TERRITORY_HEADS);
/** Words that tie what follows to the type word: the capital after them is a place or a field of the name. */
const TIES: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'à', 'au', 'aux', 'en', 'et', "l'"]);
/**
 * Up to twelve lower-case words, wrapping over lines, then a capital. Each word is whole (no
 * letter after it) and follows a space or a line break, so the match is linear.
 */
const DESCRIPTION = /^(?:(?:[ \t]+\n?|\n)[ \t]*(?:[dl]['’])?\p{Ll}[\p{Ll}'’-]*(?![\p{L}'’-])){1,12}?(?=(?:[ \t]+\n?|\n)[ \t]*(?:[dl]['’])?\p{Lu})/u;
const WORD = /(?:[dl]['’])?\p{Ll}[\p{Ll}'’-]*/gu;

/** Where the name after a description starts (after `headEnd`, the end of a lower-case type word), or null. */
export function describedNameStart(text: string, headEnd: number): number | null {
  const found = DESCRIPTION.exec(text.slice(headEnd, headEnd + 160));
  if (found === null) return null;
  const words = [...found[0].replace(/’/gu, "'").matchAll(WORD)].map((word) => word[0]);
  const last = words[words.length - 1] ?? '';
  if (words.some((word) => BREAKERS.has(word)) || TIES.has(last) || /^[dl]'$/u.test(last)) return null;
  // `l'atelier de réparation en région Loire`: the capital after a territory word names a place.
  if (TERRITORY.has(last)) return null;
  // `la banque coopérative la X`: an article may open the name; `de la X` ties a place to the type word.
  if (/^(?:la|le|les)$/u.test(last) && TIES.has(words[words.length - 2] ?? '')) return null;
  const rest = text.slice(headEnd + found[0].length);
  // `… de vélos l'Atelier`: an elided article before the capital is not the name's.
  const gap = /^[ \t]*\n?[ \t]*/u.exec(rest)?.[0].length ?? 0;
  return headEnd + found[0].length + gap;
}
