/**
 * `people-word`: one capitalised word made of a word the page writes (or a known place) and an ending that names
 * its people, its members or what comes from it (`-ien(ne)(s)`, `-ois(e)(s)`, `-ais(e)(s)`, `-iers`) names people or
 * a quality, no body, whichever rule proposed it: `un bistrot Kalvanais` on a page that writes `Kalvanes`, `Lise
 * Moreau (Trokalienne)` beside `TROKAL`, `les Brindailliers, comme on les appelle` beside `Brindailles`, `l'atelier
 * Vilaretois` (Vilaret a known town). A coined name with such an ending keeps its reading when no word of the page
 * or place is its stem (`le Fabrulien`), and so does a name with its article (`La Vilaretoise`, two words).
 */
import { alternation } from '../../core/pattern.js';
import { PEOPLE_WORD_ENDINGS } from '../lexicon/word-endings.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { printedWords } from './page-words.js';

/** One capitalised word (a hyphen-free run of letters), then one of the endings, its stem three letters or more. */
const PEOPLE_WORD = new RegExp(`^(?<stem>\\p{Lu}\\p{Ll}{2,}?)${alternation(PEOPLE_WORD_ENDINGS)}$`, 'u');
/** A stem's last letter doubled before the ending (`Kalvass-ien`): the word it comes from has it once. */
const DOUBLED_END = /(\p{Ll})\1$/u;

/** The words a stem may stand for: as written, with `e`, `es` or `s` (the word it comes from lost its ending), its doubled letter undone. */
function stemWords(stem: string): string[] {
  const bases = [stem, ...(DOUBLED_END.test(stem) ? [stem.slice(0, -1)] : [])];
  return bases.flatMap((base) => [base, `${base}e`, `${base}es`, `${base}s`, ...(base.endsWith('s') ? [base.slice(0, -1)] : [])]);
}

/** Whether the proposal's value is one word naming people or a quality by its ending (see the file's comment). */
export function namesPeopleWord(text: string, value: string): boolean {
  const stem = PEOPLE_WORD.exec(value)?.groups?.['stem'];
  if (stem === undefined) return false;
  const printed = printedWords(text);
  return stemWords(stem).some((word) => word.length >= 3 && (isPlaceName(word) || printed.has(word.toLowerCase())));
}
