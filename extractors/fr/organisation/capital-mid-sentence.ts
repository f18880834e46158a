/**
 * Evidence `capital-mid-sentence`: a candidate named by one common word (`Girouette`, `Tamis`,
 * `Sablier`) written with a capital inside a sentence, right after a lower-case word that is no
 * preposition (`les chantiers d'insertion Tamis, le réseau…`, `qui réunit Girouette, le…`,
 * `telles Sablier.`, `sont Lanterne et le FSE`). Nothing in the sentence asks for that capital but a name, so the
 * word is read as one: this replaces the `common-word` reading (evidence.ts). The capital says
 * nothing at a sentence's or a line's start (even after a line with no full stop: a heading),
 * after a full stop, a colon or a bullet. After a preposition (`à Lunel`, `du Fonds régional`) the
 * word is as often a place, an event or a scheme; after a plural determiner (`les Départements`)
 * it names a class of bodies; after a singular article it is as often a role or an organ written
 * with a capital (`la Trésorière`, `le Conseil`, `le Théâtre` of a list of activities), so there
 * it counts only when the next or the previous item of the enumeration is a body's acronym
 * (`la Navette, le FSE`, `(URSCOP), le Sablier`) or a name by its shape: an item opening on an article
 * written with a capital inside the sentence (`…, Les Forges d'Ostal, la Loutre`), or on a lower-case
 * article and two capitalised words (`la Loutre, le Café Troc`; a person's name takes no article). So it
 * does in a person's affiliation between brackets (`Anne Roux (la Boussole)`), when the name is that one
 * word (`(le Premier ministre)` is an office); the article may be read with the candidate (`la Loutre`).
 * A role noun (lexicon/roles.ts) is never read as a name here.
 */
import { fold } from '../../core/pattern.js';
import { PLURAL_DETERMINERS, PREPOSITIONS_BEFORE_NAME, SINGULAR_ARTICLES } from '../lexicon/function-words.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { TITLE_WORD } from './name-words.js';

/**
 * The lower-case word right before the name (maybe elided: `d'insertion`), on the same line: a
 * line opening on a capital after a line with no full stop may follow a heading (`Un lieu clé⏎Moulinet…`).
 */
const LOWER_WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{L}['’])?(?<word>\p{Ll}[\p{Ll}-]*)[ \t]+$/u;
/** An elided article right before the name, after a space or a line break (`, l'`, not `d'` nor a word's own apostrophe). */
const ELIDED_ARTICLE = /(?:^|[ \t\n])l['’]$/u;
/** Words after which a capital says nothing of a name: prepositions, plural determiners. */
const NOT_BEFORE_NAME: ReadonlySet<string> = new Set([...PREPOSITIONS_BEFORE_NAME, ...PLURAL_DETERMINERS]);
/** The next item of an enumeration is an acronym, maybe after its article (`, le FSE`, ` et l'ADEME`). */
const ACRONYM_ITEM_NEXT = /^[ \t]*(?:,|[ \t]et(?![\p{L}]))[ \t\n]*(?:(?:le|la|les)[ \t]+|l['’])?\p{Lu}{2,}(?![\p{L}])/u;
/** The previous item of the enumeration ends on an acronym, maybe in brackets (`l'Union des Scop (URSCOP), le `). */
const ACRONYM_ITEM_BEFORE = /(?<![\p{L}])\p{Lu}{2,}\)?[ \t\n]*,[ \t\n]*\p{Ll}+[ \t]+$/u;

/**
 * The next item of the enumeration is a name by its shape: it opens on an article written with a capital
 * (`, Les Vergers`), or on a lower-case article and two capitalised words (`, le Comptoir Vert`; a person takes no article).
 */
const NAME_ITEM_NEXT = /^[ \t]*(?:,|[ \t](?:et|ou)(?![\p{L}]))[ \t\n]*(?:(?:Les|La|Le)[ \t]+\p{Lu}|L['’]\p{Lu}|(?:(?:le|la|les)[ \t]+|l['’])\p{Lu}[\p{Ll}'’-]*[ \t\n]+\p{Lu})/u;
/** The previous item of the enumeration is such a name, inside the sentence (`…, Les Vergers d'Ici, la `, `, le Comptoir Vert, le `). */
const NAME_ITEM_BEFORE = /(?:[\p{Ll},;][ \t\n]+(?:Les|La|Le)[ \t]+|(?<![\p{L}])(?:le|la|les)[ \t]+\p{Lu}[\p{Ll}'’-]*[ \t\n]+)\p{Lu}[\p{L}'’-]*(?:[ \t\n]+(?:(?:de|du|des)[ \t\n]+|[dl]['’])?\p{Lu}[\p{L}'’-]*)*[ \t\n]*,[ \t\n]*\p{Ll}+[ \t]+$/u;

/** Whether `word`, the one main word of a name, is written with a capital mid-sentence; `before` and `after` are the text around it. */
export function capitalMidSentence(word: string, before: string, after = '', affiliation = false): boolean {
  if (!TITLE_WORD.test(word) || ROLE_NOUNS.has(word.toLowerCase())) return false;
  // `…, l'Atelier et le MES`: an elided article glued to the name is a singular article too.
  const previous = ELIDED_ARTICLE.test(before) ? 'l' : fold(LOWER_WORD_BEFORE.exec(before)?.groups?.['word'] ?? '');
  if (SINGULAR_ARTICLES.has(previous)) {
    return affiliation || ACRONYM_ITEM_NEXT.test(after) || ACRONYM_ITEM_BEFORE.test(before) || NAME_ITEM_NEXT.test(after) || NAME_ITEM_BEFORE.test(before);
  }
  return previous !== '' && !NOT_BEFORE_NAME.has(previous);
}
