/**
 * `P. Kerdoncuff`, `A.C. Lebrun`, `J.-L. Carrette`, `JL Carrette`: initials and a surname, as in tables
 * of working-group leads and attendee lists. The surname may open on a particle (`R. Le Quéré`,
 * `N. De Vries`) or carry an elided ending (`Y. Kerhervé`, `V. Kerouac’h`). Two bare capitals (`JY`)
 * are accepted only near another initialled name, since they are usually acronyms. OCR may double
 * the dot with a stray one (`N. . Delorme`).
 */
import { CAPITAL_AHEAD, alternation, compile } from '../../core/pattern.js';
import { particleForms } from '../lexicon/name-particles.js';
import { GAP } from '../patterns.js';
import type { Candidate, Parser } from '../../core/types.js';
import { ONE_INITIAL } from '../../core/word-shape.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName, isSurnameCandidate, naturalCase, surnameInCapitals } from '../names.js';
import { civilValue, initialM } from './person-civility.js';

const SURNAME = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+|['’]\\p{Ll}+)?";
/**
 * A surname in capitals (`M. VERDALON`): read only after `M.` read as Monsieur, the civil title minutes write before a
 * surname in capitals (`M. VERDALON, directeur des services`); after any other initial it is an acronym's place. One
 * word, no hyphen: `M. VER-⏎DALON` may be a surname a line's end split or a compound, which capitals cannot tell apart.
 */
const CAPITALS_SURNAME = "\\p{Lu}{3,}";
/** A capitalised or upper-case surname particle (`Le Moal`, `De Vries`, lexicon/name-particles.ts); lower-case ones read as prose. */
const PARTICLE = alternation(particleForms(false));
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}.'@-])(?<initials>\\p{Lu}\\.(?:[ ]?-?\\p{Lu}\\.)?|\\p{Lu}-?\\p{Lu}(?=\\s))(?:[ \\t]+\\.(?=[ \\t]))?(?:[ \\t]*\\n?[ \\t]*)(?<last>(?:${PARTICLE}${GAP})?(?:${SURNAME}|${CAPITALS_SURNAME}(?![-'’])))(?![\\p{L}\\p{N}@]|\\.\\p{L})`;
const NEIGHBOUR = new RegExp(`(?<![\\p{L}.])\\p{Lu}\\.[ \\t\\n]*${SURNAME}`, 'u');

// The word tests below, compiled once (core/word-shape.ts: a `\p{…}` literal in a function is built again at each call under tsx).
const SIGN_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:le|du|au|chez)[ \t]+$/iu;
const CAPITALISED_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;

/** `le M. Bricolage`, `M. Grand Public`: an article before or a capitalised word after (`M. Lachaud` stays a name). */
function signLike(text: string, start: number, end: number): boolean {
  return SIGN_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || CAPITALISED_AFTER.test(text.slice(end, end + 3));
}

/**
 * `du T. Conçu par…`, `au K. Ouvert en…`: a one-letter name after an article (a venue, a programme)
 * ends its sentence; the capitalised word after it opens the next one. A person's initial takes no article.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:le|la|du|au)[ \t]+$/iu;

/** A word in capitals only (`VERDALON`). */
const IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]*$/u;

/** Another word in capitals next (`M. JEAN⏎VERDALON`): the word before it is a given name, not the surname. */
const CAPITALS_WORD_NEXT = /^[ \t]*\n?[ \t]*\p{Lu}{2,}(?![\p{L}])/u;

/**
 * Whether a surname in capitals after `initials` is one: only after `M.` (Monsieur), and never a known acronym, a
 * common word (`M. LE`, `M. MAIRE`) or a place (`M. PARIS` reads as a heading): `M. VERDALON, directeur…`. A given
 * name is one when it closes the name (`M. BERNARD, directeur`: many surnames are given names), not when another
 * word in capitals follows (`M. JEAN VERDALON`: fr.person.civility.capitals reads the whole name).
 */
function capitalsSurnameAfterM(initials: string, word: string, after: string): boolean {
  // A common word is refused even when it is a surname too (`'word'`): after a bare `M.` nothing says a name comes.
  return initials === 'M.' && surnameInCapitals(word, 'word') && (!isFirstName(naturalCase(word)) || !CAPITALS_WORD_NEXT.test(after));
}

/**
 * `Y.Ateliers à Lyon`, `R.C.⏎Recruter des…`: a capitalised common word that is no known surname and has a plural's or
 * an infinitive's shape, glued to initials other than `M.` or on the line after them, with prose going on after it, is
 * a firm's name or the next sentence's first word after a credit's initials, not a surname (`L. Pervenche`, a space
 * between, and `O.⏎Cerisier,` in a list stay names). A singular noun stays one (`D.Poisson présente`,
 * `A.Couturier anime`): many French surnames are nouns of trades, animals and things.
 */
function wordAfterInitials(text: string, match: RegExpExecArray, initials: string, last: string, end: number): boolean {
  if (initials === 'M.' || IN_CAPITALS.test(last) || /\s/u.test(last) || !isCommonWord(last.toLowerCase()) || isSurname(last)) return false;
  if (!NO_SURNAME_SHAPE.test(last)) return false;
  const between = match[0].slice(initials.length, match[0].length - last.length);
  return (between === '' || between.includes('\n')) && PROSE_AFTER.test(text.slice(end, end + 4));
}

/** A plural's (`Ateliers`, `Travaux`) or an infinitive's ending (`Recruter`, `Agir`; a trade's `-ier` aside: `Potier`). */
const NO_SURNAME_SHAPE = /(?:[sx]|(?<!i)er|ir)$/u;

/** A lower-case word after the word read as a surname: a sentence goes on (`Y.Ateliers à Lyon`), no list of names. */
const PROSE_AFTER = /^[ \t]+\p{Ll}/u;

export const personInitialsParser: Parser = {
  id: 'fr.person.initials',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const initials = match.groups?.['initials'] ?? '';
    const last = match.groups?.['last'] ?? '';
    const core = last.split(/\s+/u).pop() ?? '';
    if (IN_CAPITALS.test(core) && !capitalsSurnameAfterM(initials, core, context.text.slice(match.index + match[0].length, match.index + match[0].length + 40))) return null;
    if (!isSurnameCandidate(core)) return null;
    // `R. Le Havre`, `M. Le Mans`: a particle and a place make a town (`M. Le Maire` is a role, refused above).
    if (core !== last && (isPlaceName(last) || isPlaceName(core))) return null;
    // `M. Bricolage` (a shop sign), `M. Grand Public`: `M.` before a common word that is no surname is a title.
    if (initials === 'M.' && isCommonWord(last.toLowerCase()) && !isSurname(last) && signLike(context.text, match.index, match.index + match[0].length)) return null;
    const end = match.index + match[0].length;
    if (wordAfterInitials(context.text, match, initials, last, end)) return null;
    if (ONE_INITIAL.test(initials) && initials !== 'M.' && ARTICLE_BEFORE.test(context.text.slice(Math.max(0, match.index - 6), match.index))) return null;
    // `M. Cazassus` alone or among other `M.`/`Mme`: Monsieur Cazassus, a civil title (fr.person.civility), no initial.
    if (initials === 'M.' && !initialM(context.text, match.index, end, last)) {
      return { type: 'person', start: match.index, end, value: civilValue(context.text, 'Monsieur', last), confidence: 0.75, rule: 'fr.person.civility', inferred: [] };
    }
    if (!initials.includes('.')) {
      const around = context.text.slice(Math.max(0, match.index - 80), match.index) + ' ' + context.text.slice(end, end + 80);
      if (!NEIGHBOUR.test(around)) return null;
    }
    return {
      type: 'person', start: match.index, end, value: `${initials.replace(/\s+/gu, '')} ${last.replace(/\s+/gu, ' ')}`,
      confidence: initials.includes('.') ? 0.8 : 0.6, rule: this.id, inferred: [],
    };
  },
};
