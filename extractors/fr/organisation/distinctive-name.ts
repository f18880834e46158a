/**
 * Whether a capitalised phrase found only by its context (no type word, no acronym) can be an
 * organisation's name: one of its words at least must be no French common word, no first name,
 * no frequent surname and no place (`Euralens`, `Citéo`), and the phrase must not be a place or
 * a person.
 */
import { fold } from '../../core/pattern.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/capitalised-words.js';
import { MONTHS } from '../lexicon/months.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { OPENS_UPPER, ALL_UPPER } from '../../core/word-shape.js';

const CALENDAR = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map(fold));

/**
 * `Aujourd'hui`, `Presqu'île`, `Quelqu'un`, `Prud'hommes`: a word of two letters or more, an
 * apostrophe, then a lower-case letter is one French compound word, not two; a coined name
 * writes a capital after its apostrophe (`Vél'Ouest`, `Kal'Immo`), an elision has one letter
 * before it (`d'Argile`). Such a compound is no word of a name's own.
 */
const COMPOUND = /^\p{L}{2,}['’]\p{Ll}+$/u;

export function isDistinctiveName(name: string): boolean {
  const words = (name.match(/\S+/gu) ?? []).filter((token) => !COMPOUND.test(token)).flatMap((token) => token.split(/['’]+/u)).filter((word) => OPENS_UPPER.test(word));
  if (words.length === 0 || isPlaceName(name)) return false;
  // `Jean Dupont`, `Marie Claire Martin`: a first name before another capitalised word is a person.
  if (words.length >= 2 && words.slice(0, -1).some((word) => isFirstName(word))) return false;
  if (words.some((word) => CALENDAR.has(fold(word)))) return false;
  // `Emploi/Formation`: a slash joins the words of a category tag, each tried on its own (like a hyphen's parts).
  return words.some((word) => !/^(?:Saint|Sainte|St|Ste)-/u.test(word) && word.split(/[-/]/u).some(isUnknownWord));
}

/**
 * A word no lexicon knows. Each part of a hyphenated word is tried (`Lens-Liévin` is two places);
 * `Saint-…` words are left out above: places and parishes far more often than organisations.
 */
function isUnknownWord(word: string): boolean {
  return (
    word.length >= 3 && OPENS_UPPER.test(word) && !ALL_UPPER.test(word) && !CAPITALISED_NON_NAMES.has(fold(word)) &&
    !isCommonWord(word) && !isFirstName(word) && !isSurname(word) && !isPlaceName(word)
  );
}
