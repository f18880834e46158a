/**
 * `complement-list`: an official name whose head takes several complements, listed with commas and a last `et`
 * (`Direction régionale des forêts, de la chasse, des rivières et de la pêche`, `Ministère de la Ville, de
 * la Jeunesse et des Sports`). The comma after the first complement does not end the name when what follows is
 * that list: at least one more complement after a comma, then `et` and a last one, every one opening on `de`, `du`,
 * `des` or `d'` (an article maybe) and reading a short noun phrase (a noun, then adjectives or `de` + a noun). A
 * complement holding a type word (`, du Conseil régional`) or a place (`, de la Drôme et de l'Isère`) makes the
 * list an enumeration of bodies or territories, and the name ends at the comma. Shared by the readers of a name's
 * extent after a head (`nameExtent`, name-extent.ts; `capitalisedKindNames`, capitalised-kind.ts).
 */
import { alternation, fold } from '../../core/pattern.js';
import { OPENS_UPPER } from '../../core/word-shape.js';
import { ADJECTIVE_ENDINGS } from '../lexicon/capitalised-kinds.js';
import { HEAD_WORDS, isPlaceLike } from './name-words.js';

/** Spaces with at most one line break. */
const GAP = '[ \\t]*\\n?[ \\t]*';
/** `de la`, `de l'`, `du`, `des`, `d'`, `de`: what opens a complement. */
const OF = `(?:de${GAP}la[ \\t\\n]+|de${GAP}l['’]|du[ \\t\\n]+|des[ \\t\\n]+|d['’]|de[ \\t\\n]+)`;
/** One word (letters, inner hyphens and apostrophes). */
const WORD = "(?<word>\\p{L}[\\p{L}'’-]*)";
/** A comma and a complement's opening, maybe on the next line. */
const NEXT_ITEM = new RegExp(`^[ \\t]*,${GAP}${OF}${GAP}${WORD}`, 'u');
/** `et` and the last complement's opening. */
const LAST_ITEM = new RegExp(`^[ \\t]*\\n?[ \\t]+et${GAP}${OF}${GAP}${WORD}`, 'u');
/** After a complement's noun: an adjective, or `de` and a noun (`de la police des eaux`). */
const MORE = new RegExp(`^${GAP.replace('*', '+')}(?:${OF}${GAP})?${WORD}`, 'u');
const ADJECTIVE = new RegExp(`(?:${alternation(ADJECTIVE_ENDINGS)})$`, 'u');
/** Words that open a clause or a phrase, never a complement's noun. */
const NOT_NOUNS: ReadonlySet<string> = new Set(['qui', 'que', 'dont', 'ou', 'et', 'plus', 'moins', 'tres', 'tout', 'tous', 'toutes', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);
/** `de Lunel`, `du Val-Vert`: a preposition and a capitalised word, the body's territory after its list. */
const TERRITORY = new RegExp(`^${GAP.replace('*', '+')}${OF}${GAP}(?<word>\\p{Lu}[\\p{L}'’-]*)`, 'u');
/** An article or a possessive after a word: its object, so the word is a verb. */
const OBJECT_AFTER = /^[ \t]*\n?[ \t]*(?:(?:le|la|les|un|une|des|du|ses|sa|son|leur|leurs|ce|cette|ces)[ \t\n]|l['’])/u;
/** At most this many words after a complement's noun. */
const MAX_MORE = 3;

/** A complement's noun: no function word, no type word, no place. */
function isComplementNoun(word: string): boolean {
  const folded = fold(word);
  return !NOT_NOUNS.has(folded) && !HEAD_WORDS.has(folded) && !(OPENS_UPPER.test(word) && isPlaceLike(word));
}

/** Where a complement whose noun ends at `end` ends: its adjectives and `de` + noun read on. Null when a word bars the list. */
function complementEnd(text: string, end: number): number | null {
  let position = end;
  for (let count = 0; count < MAX_MORE; count += 1) {
    const more = MORE.exec(text.slice(position, position + 60));
    const word = more?.groups?.['word'] ?? '';
    if (more === null) break;
    const governed = more[0].trimStart().length > word.length;
    // `… et de la Culture finance le projet`: a word taking an object is the sentence's verb, no adjective.
    const verb = !governed && OBJECT_AFTER.test(text.slice(position + more[0].length, position + more[0].length + 8));
    if (governed ? !isComplementNoun(word) : verb || !ADJECTIVE.test(word.toLowerCase()) || HEAD_WORDS.has(fold(word))) {
      // A type word governed inside a complement lists bodies (a place there is the territory after the list, read by the caller).
      if (governed && HEAD_WORDS.has(fold(word))) return null;
      break;
    }
    position += more[0].length;
  }
  return position;
}

/**
 * Where the list of complements opening at `position` (right after the first complement, on its comma) ends, or
 * null when no such list follows.
 */
export function complementListEnd(text: string, position: number): number | null {
  let at = position;
  let items = 0;
  for (let item = NEXT_ITEM.exec(text.slice(at, at + 80)); item !== null; item = NEXT_ITEM.exec(text.slice(at, at + 80))) {
    if (!isComplementNoun(item.groups?.['word'] ?? '')) return null;
    const end = complementEnd(text, at + item[0].length);
    if (end === null) return null;
    at = end;
    items += 1;
  }
  const last = items === 0 ? null : LAST_ITEM.exec(text.slice(at, at + 80));
  if (last === null || !isComplementNoun(last.groups?.['word'] ?? '')) return null;
  const end = complementEnd(text, at + last[0].length);
  // `… d'Industrie et de Services de Lunel`: the territory the body serves closes its name.
  const territory = end === null ? null : TERRITORY.exec(text.slice(end, end + 60));
  return end !== null && territory !== null && isPlaceLike(territory.groups?.['word'] ?? '') ? end + territory[0].length : end;
}
