/**
 * `programme-led-expansion`: `le projet Kalimbo de développement solidaire (KDS)`, `le BTS Gestion, animation des
 * vergers (GAV)`, `Concept de Fermes Coopératives (FC)`: an acronym the page spells out right after a programme's,
 * a project's, a concept's or a diploma's word names that programme or that course, not a body, wherever the page
 * writes it (one sense per page). The leading word is outside the expansion (the acronym has no letter for it), which
 * is what `expandsProgramme` (acronym-evidence.ts), reading the expansion's own first word, does not see.
 *
 * The expansion is read loosely, as writers shorten and mix cases: its first content word gives the acronym's first
 * letter, every content word's initial is a later letter of the acronym, in order, and the content words are as many
 * as its letters or one fewer. Commas may part its words (`Gestion, animation…`); a sentence's end or a bracket may not.
 */
import { memoisedForPage } from '../../core/memo.js';
import { fold } from '../../core/pattern.js';
import { looselySpells, phrasesBeforeBracket } from './acronym-initials.js';
import { DIPLOMA_WORDS, PROGRAMME_WORDS } from '../lexicon/organisation-acronyms.js';

/** Words that lead a programme's or a course's expansion from outside it, folded. */
const LEADING_WORDS: ReadonlySet<string> = new Set([
  ...[...PROGRAMME_WORDS].filter((word) => !word.includes(' ')),
  ...DIPLOMA_WORDS.map(fold),
  'concept',
]);

/** Words that lend no initial (connectors and articles). */
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'à', 'a', 'en', 'aux', 'au', 'sur', 'par', 'dans']);

/** The most words read back from the bracket. */
const MAX_WORDS = 10;

/** The phrase before `(ACR)`, back to a sentence's end, a bracket or a quotation mark (commas may part its words). */
const PHRASE_BEFORE = { window: 160, pattern: /(?:^|[.!?;:•()«»"–—])(?<phrase>[^.!?;:•()«»"–—]{3,160})$/u, unwrap: false } as const;

const wordsOf = (phrase: string): string[] =>
  phrase.replace(/\s+/gu, ' ').split(/[ '’,]+/u).map((word) => word.replace(/[^\p{L}\p{N}-]+$/u, '')).filter((word) => word !== '');

/** Whether the words end with a leading word, then an expansion spelling `letters`. */
function ledExpansion(words: readonly string[], letters: string): boolean {
  for (let lead = words.length - 2; lead >= Math.max(0, words.length - MAX_WORDS); lead -= 1) {
    if (!LEADING_WORDS.has(fold(words[lead] ?? ''))) continue;
    const content = words.slice(lead + 1).filter((word) => !CONNECTORS.has(fold(word)));
    if (looselySpells(letters, content)) return true;
  }
  return false;
}

/** Whether the page writes `(ACR)` right after a programme-led expansion (the first 20 brackets). */
export const ledByProgrammeOnPage = memoisedForPage((text: string, acronym: string): boolean => {
  const letters = fold(acronym).replace(/[^a-z]/gu, '');
  if (letters.length < 2) return false;
  for (const phrase of phrasesBeforeBracket(text, acronym, PHRASE_BEFORE)) {
    if (ledExpansion(wordsOf(phrase), letters)) return true;
  }
  return false;
});
