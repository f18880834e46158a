/**
 * `bare-capital` (fr.organisation.cued): after a cue of working together or of who does a thing
 * (`porté par`, `en lien avec`), a common noun takes an article (`porté par la régie`); one
 * written with a capital and no article (`porté par Girouette en Savoie`, `en lien avec Tamis`) is
 * a name, though its word is in the dictionary. A place (`financé par Europe`), a first name
 * (`animé par Claire`) or a surname (`porté par Durand`) is left to its own rules, and so is a
 * role cue (`directeur de …`), and so is a word a lower-case adjective follows (`géré par Habitat
 * social`: a common noun and its adjective). A word that `et`, `&` or `de` joins to more (`géré par Girouette et
 * Compagnie`, `par Terres du⏎Val`) only opens a longer name, which this rule does not read.
 */
import { alternation } from '../../core/pattern.js';
import { QUALIFYING_ADJECTIVE_ENDINGS } from '../lexicon/capitalised-kinds.js';
import { CUE_END_ARTICLES, NAME_JOINERS } from '../lexicon/function-words.js';
import { isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isAmbiguousFirstName, isFirstName } from '../names.js';
import { TITLE_WORD } from './name-words.js';

/** The cue ends on an article (`porté par la`, `avec l'`): a common noun may follow. */
const ARTICLE_END = new RegExp(`(?:^|[ \\t\\n])${alternation(CUE_END_ARTICLES)}[ \\t\\n]*$`, 'iu');
/**
 * After the word: punctuation, or a lower-case word that joins nothing to it (`en Savoie`, `chaque
 * été`). `et`, `&`, `de`/`du`/`des`/`d'` or a capital there make it the start of a longer name.
 */
const ENDS_HERE = new RegExp(`^(?:[ \\t]*[,.;:!?)]|[ \\t]*\\n?[ \\t]*(?!${alternation(NAME_JOINERS)}(?![\\p{L}]))\\p{Ll}(?!['’]))`, 'u');
/** A lower-case adjective right after the word (`Habitat social`): a common noun and its adjective, no name. */
const ADJECTIVE_NEXT = new RegExp(`^[ \\t]*\\n?[ \\t]*\\p{Ll}+${alternation(QUALIFYING_ADJECTIVE_ENDINGS)}(?![\\p{L}])`, 'u');

/** Whether `name`, right after `cue` (a done-by or partnership cue) and before `after`, is one capitalised word with no article before it. */
export function bareCapitalName(cue: string, name: string, after: string): boolean {
  if (ARTICLE_END.test(cue) || !TITLE_WORD.test(name) || name.length < 3 || !ENDS_HERE.test(after) || ADJECTIVE_NEXT.test(after)) return false;
  return !isPlaceName(name) && !isFirstName(name) && !isAmbiguousFirstName(name) && !isSurname(name);
}
