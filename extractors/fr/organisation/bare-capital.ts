/**
 * `bare-capital` (fr.organisation.cued): after a cue of working together or of who does a thing
 * (`porté par`, `en lien avec`), a common noun takes an article (`porté par la régie`); one
 * written with a capital and no article (`porté par Girouette en Savoie`, `en lien avec Tamis`) is
 * a name, though its word is in the dictionary. A place (`financé par Europe`), a first name
 * (`animé par Claire`) or a surname (`porté par Durand`) is left to its own rules, and so is a
 * role cue (`directeur de …`), and so is a word a lower-case adjective follows (`géré par Habitat
 * social`: a common noun and its adjective). A word that `et`, `&` or `de` joins to more (`géré par Girouette et
 * Compagnie`, `par Terres du⏎Val`) only opens a longer name, which this rule does not read; two or three
 * capitalised words with nothing between them (`organisée par Saveurs Durables`) are one name the same way.
 */
import { alternation, fold } from '../../core/pattern.js';
import { PLACE_QUALIFIERS } from '../lexicon/territory-words.js';
import { AREA_NOUNS, FIELD_WORDS } from '../lexicon/field-words.js';
import { QUALIFYING_ADJECTIVE_ENDINGS } from '../lexicon/capitalised-kinds.js';
import { CUE_END_ARTICLES, NAME_JOINERS, OPENING_ARTICLES } from '../lexicon/function-words.js';
import { SUBJECT_PRONOUNS } from '../lexicon/next-sentence-words.js';
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
/** Spaces between the words of the name, maybe with one line break. */
const WORD_GAP = /[ \t]*\n?[ \t]+|[ \t]*\n[ \t]*/u;
/** `porté par Val Doré, Terres Hautes et…`: a capital after a comma or `et`, the first item of a list the list rules read. */
const LIST_GOES_ON = /^[ \t]*(?:[,;][ \t]*\n?[ \t]*|\n?[ \t]*(?:et|ou)[ \t]+)\p{Lu}/u;
/** A lower-case adjective right after the word (`Habitat social`): a common noun and its adjective, no name. */
const ADJECTIVE_NEXT = new RegExp(`^[ \\t]*\\n?[ \\t]*\\p{Ll}+${alternation(QUALIFYING_ADJECTIVE_ENDINGS)}(?![\\p{L}])`, 'u');

/**
 * Whether `name`, right after `cue` (a done-by or partnership cue) and before `after`, is one capitalised word
 * with no article before it, or two or three (`organisée par Saveurs Durables`, `géré par Grand Vallon Habitat`):
 * no place, no person (a first name opening them), no place and its part (`Lunel Sud`), no first item of a
 * list (`porté par Val Doré, Terres Hautes…`: the list rules read it) and no field's title (`Emploi Formation Insertion`).
 */
export function bareCapitalName(cue: string, name: string, after: string): boolean {
  if (ARTICLE_END.test(cue) || name.length < 3 || !ENDS_HERE.test(after) || ADJECTIVE_NEXT.test(after)) return false;
  const words = name.split(WORD_GAP);
  return words.length === 1 ? oneWordName(name) : severalWordsName(words, after);
}

/** `porté par Girouette`: one capitalised word that is no place, first name or surname. */
function oneWordName(name: string): boolean {
  return TITLE_WORD.test(name) && !isPlaceName(name) && !isFirstName(name) && !isAmbiguousFirstName(name) && !isSurname(name);
}

/** `organisée par Saveurs Durables`: two or three capitalised words that make a name (see bareCapitalName). */
function severalWordsName(words: readonly string[], after: string): boolean {
  if (words.length > 3 || !words.every((word) => TITLE_WORD.test(word)) || isPlaceName(words.join(' ')) || LIST_GOES_ON.test(after)) return false;
  const first = words[0] ?? '';
  if (isFirstName(first) || isAmbiguousFirstName(first)) return false;
  // `Lunel Sud`: a place and its part, no name.
  if (!words.slice(1).some((word) => !isPlaceName(word) && !PLACE_QUALIFIERS.has(fold(word)))) return false;
  // `Emploi Formation Insertion`: a field's title.
  if (words.every((word) => FIELD_WORDS.has(fold(word)) || AREA_NOUNS.has(fold(word)))) return false;
  // `financé par Cahors Agglomération Nous avons…`: a pronoun or an article in the run opens the next sentence.
  return !words.some((word) => SUBJECT_PRONOUNS.has(fold(word)) || OPENING_ARTICLES.has(fold(word)));
}
