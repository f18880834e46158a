/**
 * The named rules `nameExtent` (name-extent.ts) reads a name with. Stop rules are evidence that
 * the name ended before a word; extend rules say how a word is part of the name. Each rule is one
 * small predicate with the shape of text it answers in its comment; the word lists it uses are
 * in `name-words.ts` and `../lexicon/`.
 */
import { alternation, fold } from '../../core/pattern.js';
import { isAreaName, isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isAmbiguousFirstName, isFirstName } from '../names.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { KIND_ACRONYMS } from '../lexicon/kinds-of-structure.js';
import { SCOPE_ADJECTIVES } from '../lexicon/organisation-head-kinds.js';
import { STREET_ONLY_WORDS, STREET_WORDS } from '../lexicon/street-words.js';
import { ELIDED_CLITICS, FINITE_VERB_FORMS, PROSE_WORDS } from '../lexicon/prose-words.js';
import { PLACE_QUALIFIERS, PLACE_SURROUNDINGS, REGION_SCOPED_HEADS, TERRITORY_NAME_WORDS } from '../lexicon/territory-words.js';
import { isFiniteVerbForm, isVerbForm, nameContinuation, type ContinuationRule } from './name-continuation.js';
import { INFINITIVE_LOOKALIKE_NOUNS, INFINITIVE_OBJECT_OPENERS } from '../lexicon/function-words.js';
import { POSTCODE, lineStartOf } from '../patterns.js';
import { isCapitalsBeforeName } from './name-code-words.js';
import {
  CONNECTORS, HEAD_FIRST_WORDS, HEAD_WORDS, LOCATIVES, TAIL_STOP, continuesAfterLocative, continuesTerritory, endsOnDepartment,
  articleThenHead, opensLowerPhrase, startsEntry, startsName, startsOtherBody, startsWellKnown,
} from './name-words.js';
import { OPENS_LOWER, OPENS_UPPER, ALL_UPPER } from '../../core/word-shape.js';

/** What the head word allows of the name after it. */
export interface HeadKind {
  /** The head is written in lower case (`l'association`, not `Association`). */
  readonly lower: boolean;
  /** Institutions named by lower-case words (`ministère de l'économie`). */
  readonly lowerNames: boolean;
  /** Heads that are places when written in lower case (`la ville de Lunel`). */
  readonly place: boolean;
  /** The name must open at once with a capital (`PTCE Terres Vives`). */
  readonly nameFirst: boolean;
  /** Inside an enumeration `et` separates names instead of joining words of one name. */
  readonly enumeration?: boolean;
  /** A kind of business or association (`SCOP`, `épicerie solidaire`): a first name may open its name. */
  readonly firstNameName?: boolean;
  /** A school, a university or a hospital (`lycée`, `université de Lunel`): its name may close on a person's (`first-name` does not stop it there). */
  readonly personNamed?: boolean;
  /**
   * One PTCE (`PTCE`, not `les PTCE`): its name is often its territory (`PTCE du Pays de Caux`) or
   * ends with it (`PTCE Terres Vives en Val de Loire`), so `de` (or `en` + a territory, `PTCE en Pays de Caux`) may open it
   * and `en`/`à` + a place closing it reads on.
   */
  readonly territoryName?: boolean;
  /** An intercommunal body (`communauté de communes`): its name may list the territories it joins (`territory-list`, name-extent.ts). */
  readonly territoryList?: boolean;
}

export type Previous = 'head' | 'connector' | 'name' | 'lower' | 'and';

/** The walk's state, updated by the extend rules. */
export interface Walk {
  readonly text: string;
  readonly kind: HeadKind;
  position: number;
  /** End of the last word read as the name's: the current candidate end. */
  lastGood: number;
  nameWords: number;
  lowerRun: number;
  beforeAnd: Previous;
  previous: Previous;
  connector: string;
  connectors: number;
  articleFirst: boolean;
  lastName: string;
  departmentAhead: boolean;
  /** The name-continuation.ts rule that read a lower-case word as the name's, and that word's end. */
  continuation?: { readonly rule: ContinuationRule; readonly at: number };
}

export interface Token {
  /** Spaces (and at most one line break) before the word. */
  readonly gap: string;
  readonly elision: string | undefined;
  readonly word: string;
  readonly folded: string;
  readonly capitalised: boolean;
  readonly end: number;
  /** The first word after the head. */
  readonly first: boolean;
}

export interface StopRule {
  readonly id: string;
  readonly stops: (walk: Walk, token: Token) => boolean;
}

export type Outcome = 'extend' | 'skip' | { readonly stop: string };

export interface ExtendRule {
  readonly id: string;
  /** `skip`: the rule does not apply; `extend`: the word was read; `{ stop }`: the name ends here. */
  readonly read: (walk: Walk, token: Token) => Outcome;
}

/** A wrapped prose line is at least this long; shorter lines are headings or table cells. */
const PROSE_LINE = 25;

const rest = (walk: Walk, from: number, length: number): string => walk.text.slice(from, from + length);

/** A capital after a first name: on the same line, or on the next when it is no common word (`Frédéric⏎Schaller`). */
function surnameFollows(text: string, offset: number): boolean {
  if (/^[ \t]+\p{Lu}/u.test(text.slice(offset, offset + 3))) return true;
  const next = /^[ \t]*\n[ \t]*(?<word>\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(offset, offset + 40))?.groups?.['word'];
  return next !== undefined && !isCommonWord(next);
}

function personStarts(walk: Walk, token: Token): boolean {
  if (isFirstName(token.word)) return surnameFollows(walk.text, token.end);
  if (walk.previous !== 'and' || !isAmbiguousFirstName(token.word)) return false;
  const surname = /^[ \t]+(?<word>\p{Lu}[\p{L}'’-]+)/u.exec(walk.text.slice(token.end, token.end + 30))?.groups?.['word'] ?? '';
  // `et Anne ROUX`: a surname in capitals after the given name is the `Prénom NOM` convention,
  // even when the word is also a common word; otherwise the surname must be none.
  if (surname.length > 2 && surname === surname.toUpperCase()) return true;
  return /^\p{Lu}\p{Ll}/u.test(surname) && !isCommonWord(surname);
}

/**
 * `person-closes-name`: after a first name, one capitalised surname (maybe on the next line), then the name's end: a mark
 * closing the phrase or a lower-case word (`… Anne Morvan, à Lunel`, `le lycée public Anne Morvan accueille`; a line's
 * end is a directory row's, where a person follows the school). A second
 * capitalised word after the surname (`… Anne Morvan Directrice`) is another entry, not the namesake.
 */
const SURNAME_CLOSING = /^[ \t]*\n?[ \t]*\p{Lu}[\p{Ll}'’-]+(?=[ \t]*[,;.:)»!?]|[ \t]+\p{Ll})/u;
/**
 * After a place (`le lycée de Lunel Anne Morvan`), only a mark may close the namesake: a verb after it (`… Anne Morvan
 * enseigne`) makes the pair the sentence's subject, a person at the school, as often as the school's namesake.
 */
const SURNAME_CLOSING_AFTER_PLACE = /^[ \t]*\n?[ \t]*\p{Lu}[\p{Ll}'’-]+(?=[ \t]*[,;.)»])/u;
const personClosesName = (walk: Walk, offset: number): boolean =>
  (walk.connectors > 0 ? SURNAME_CLOSING_AFTER_PLACE : SURNAME_CLOSING).test(walk.text.slice(offset, offset + 40));

/** A lower-case word before the name's last word (`le lycée public Anne`): the given name is not the first word after the head. */
const LOWER_WORD_BEFORE = /(?<![\p{L}'’-])\p{Ll}{3,}[ \t]+$/u;
const HEAD_BEFORE = /(?<![\p{L}'’-])(?:lycée|collège|école|ecole|université|institut|hôpital|conservatoire|académie|hospitalier|scolaire)[ \t]+$/u;
const wordBeforeLastName = (walk: Walk): boolean => {
  const before = walk.text.slice(Math.max(0, walk.position - walk.lastName.length - 30), walk.position - walk.lastName.length);
  return LOWER_WORD_BEFORE.test(before) && !HEAD_BEFORE.test(before);
};

/** The name's end right after a word: a mark closing the phrase (a line's end is a directory row's, no namesake's). */
const NAME_CLOSES_AFTER = /^[ \t]*[,;.)»]/u;

/**
 * `person-closes-name` over a line break: a school's or a university's namesake wrapped after the given name (`le lycée
 * Anne⏎Morvan,`), its surname itself a given name, opening the next line and closing the name.
 */
const namesakeWrapped = (walk: Walk, token: Token): boolean =>
  walk.kind.personNamed === true && walk.previous === 'name' && isFirstName(walk.lastName) && (walk.nameWords > 1 || walk.connectors > 0 || wordBeforeLastName(walk)) &&
  NAME_CLOSES_AFTER.test(rest(walk, token.end, 3));

function followedBySurname(text: string, offset: number): boolean {
  const next = /^[ \t]+(?<word>\p{Lu}[\p{L}'-]*)/u.exec(text.slice(offset, offset + 40))?.groups?.['word'];
  return next !== undefined && (isSurname(next) || isFirstName(next));
}

/**
 * A line break continues a name only inside wrapped prose (a long line) or after a connector;
 * table cells and headings are short lines. A type word or a label opening the next line starts
 * a new entry (`…⏎Groupe 2 –`, `…⏎Absents :`), unless the sentence goes on after it.
 */
function lineBreakEnds(walk: Walk, token: Token): boolean {
  if (!token.gap.includes('\n')) return false;
  // `…du Pays⏎d'Argonne`: no heading nor cell opens with an elided `d'` before a capital.
  if (walk.previous === 'name' && token.capitalised && token.elision !== undefined && /^d/iu.test(token.elision)) return false;
  const wrapped = walk.previous === 'connector' || walk.previous === 'and' || walk.position - lineStartOf(walk.text, walk.position) >= PROSE_LINE;
  return wrapped ? wrappedLineEnds(walk, token) : !wrappedEntry(walk, token);
}

/**
 * After a connector or in a long line (wrapped prose), whether the word opening the next line ends the name: a type
 * word right after the head or a given name (no namesake), a capital opening the next entry; right after the head, a
 * lower-case word (no adjective of wrapped prose) or a function word in capitals other than `de`, `du`, `des`.
 */
function wrappedLineEnds(walk: Walk, token: Token): boolean {
  if (token.elision !== undefined) return false;
  if ((token.first && HEAD_WORDS.has(token.folded)) || (isFirstName(token.word) && !namesakeWrapped(walk, token))) return true;
  if (token.capitalised && !goesOnAfterConnector(walk, token) && !kindAfterScope(walk, token) && opensNextEntry(walk, token)) return true;
  // `…du pôle⏎régional Terre…`: in wrapped prose an adjective after the head reads as after a space.
  if (token.first && !token.capitalised && ADJECTIVE.test(token.word) && wrappedProse(walk)) return false;
  return token.first && !/^(?:de|du|des)$/u.test(token.word) && (!token.capitalised || (TAIL_STOP.has(token.folded) && !isCapitalsBeforeName(walk.text, token.word, token.end)));
}

/** The lower-case word the walk read last, right before `position`. */
const LAST_LOWER = /(?<![\p{L}'’-])(?<word>\p{Ll}+)[ \t]*\n?[ \t]*$/u;
/** Kinds of structure written as acronyms (`SCOP`, `AMAP`, `CUMA`), folded. */
const KIND_ACRONYM_WORDS: ReadonlySet<string> = new Set(KIND_ACRONYMS.map((kind) => fold(kind)));

/**
 * `Fédération régionale SCOP BTP`, `Union départementale⏎CUMA Ouest`: right after a scope adjective (`régionale`,
 * `nationale`), a kind of structure in capitals is the class of members the network federates, part of its name, not
 * another body's type word opening another name.
 */
function kindAfterScope(walk: Walk, token: Token): boolean {
  if (walk.previous !== 'lower' || walk.nameWords > 0 || !ALL_UPPER.test(token.word) || !KIND_ACRONYM_WORDS.has(token.folded)) return false;
  const last = LAST_LOWER.exec(walk.text.slice(Math.max(0, walk.position - 30), walk.position))?.groups?.['word'];
  return last !== undefined && SCOPE_ADJECTIVES.has(fold(last));
}

/**
 * No entry of a list ends on a connector (`…Union régionale des⏎SCOP du Littoral`): after one, the next line goes on
 * with the name, unless a type word follows a singular connector (`PTCE du Pays du⏎PTCE X`: OCR cut an entry there;
 * `des⏎SCOP` is a plural's).
 */
function goesOnAfterConnector(walk: Walk, token: Token): boolean {
  return walk.previous === 'connector' && (walk.connector === 'des' || !HEAD_WORDS.has(token.folded));
}

/** Dots (or spaces and dots) leading to a page number: a table of contents' leader. */
const LEADER = /^[ \t]*(?:\.[ \t]?){4,}/u;

/**
 * `toc-wrapped-entry`: `PTCE Ormeau⏎Nantes.........P.27`: in a table of contents, an entry wrapped
 * over two lines ends at the leader; the capitalised word before it is the entry's last word.
 */
function wrappedEntry(walk: Walk, token: Token): boolean {
  return walk.previous === 'name' && token.capitalised && token.elision === undefined && LEADER.test(rest(walk, token.end, 12));
}

/** A capitalised word opening the next line starts a new entry of a list or a timeline. */
function opensNextEntry(walk: Walk, token: Token): boolean {
  // `…⏎Absents :`, `…⏎Bretagne - Les Voiles`: a label or a `Place - Name` entry opens the next line.
  // `la Région⏎Bretagne : Anne Durand, vice-présidente`: a place right after the head is the body's territory, not a label (`place-after-head`).
  if (/^[ \t]*:/u.test(rest(walk, token.end, 3))) return !(token.first && isPlaceName(token.word));
  if (walk.previous === 'name' && /^[ \t]+[-–—][ \t]/u.test(rest(walk, token.end, 3)) && isPlaceName(token.word)) return true;
  if (HEAD_WORDS.has(token.folded) && startsEntry(walk.text, token.end)) return true;
  // `…Vallée de l'Orne⏎Bilan au 30 juin`, `…Région Nord⏎Printemps 2026 :`: a common word then a date opens the next entry.
  return DATE_AFTER.test(rest(walk, token.end, 16)) && isCommonWord(token.word);
}

/** A year, or a day of the month after `au`/`du`/`le`: `Printemps 2026`, `Bilan au 30 juin`. */
const DATE_AFTER = /^[ \t]+(?:(?:au|du|le)[ \t]+\d{1,2}(?:er)?[ \t]+\p{Ll}|(?:19|20)\d{2}(?!\d))/u;

/** An article or a possessive, then a capital: the object of a verb (`réunit la CAF`, `anime l'Atelier`). */
const VERB_OBJECT_AFTER = /^[ \t]+(?:(?:la|le|les|un|une|son|sa|ses|leur|leurs|nos|notre)[ \t]+\p{Lu}|l['’][ \t]*\p{Lu})/u;

/** A present participle governing an object (`défendant les`, `œuvrant pour`); a noun in -ant (`restaurant de`) takes `de`, not these. */
const PRESENT_PARTICIPLE = /^\p{Ll}{3,}ant$/u;
const PRESENT_OBJECT = /^[ \t]*\n?[ \t]*(?:le|la|les|un|une|ses|leurs|pour|dans|sur|avec|l['’])(?![\p{L}])/u;
/** A past participle placing or qualifying the body (`installée près de`, `agréée par`, `basée à`). */
const PAST_PARTICIPLE = /^\p{Ll}{3,}(?:é|ée|és|ées)$/u;
const PAST_OBJECT = /^[ \t]*\n?[ \t]*(?:près|à|au|aux|en|par|dans|depuis|sur|pour|avec)(?![\p{L}])/u;

/** Whether `word`, then the text `after` it, open a participle clause. */
function participleClause(word: string, after: string): boolean {
  // `ministère délégué aux Sports`: a role's participle is the body's own word.
  return (PRESENT_PARTICIPLE.test(word) && PRESENT_OBJECT.test(after)) || (PAST_PARTICIPLE.test(word) && PAST_OBJECT.test(after) && !ROLE_NOUNS.has(word));
}

/** A street word (`rue`, `avenue`, `bd`…), maybe `bis`/`ter` before it, then another word: an address after a street number. */
function streetAfter(after: string): boolean {
  const found = /^(?:[ \t]*(?:bis|ter|b))?[ \t,]+(?<street>\p{L}[\p{L}-]*)\.?[ \t]+\S/u.exec(after);
  const street = found?.groups?.['street'] ?? '';
  return STREET_WORDS.has(street.toLowerCase()) || STREET_WORDS.has(fold(street));
}

/** The street's name after its word: maybe `de`/`du`/`des`/`d'`, maybe an article, then a capital (`rue de la Gare`). */
const STREET_NAME_AFTER = /^[ \t]+(?:(?:de|du|des)[ \t]+|d['’])?(?:(?:la|le|les)[ \t]+|l['’])?\p{Lu}/u;
/** A French postcode then its town, on the rest of the line or the next: `56000 VANNES`, `18 570 La Chapelle`. */
const POSTCODE_AHEAD = new RegExp(`^[^\\n]{0,50}?(?:\\n[ \\t]*)?(?<![\\p{N}])${POSTCODE}(?![\\p{N}])[ \\t]+\\p{Lu}`, 'u');

/**
 * `street-address`: the body's address after its name. A street word only streets are named by, in lower case, before the
 * street's name (`… chemin des Vignes`); or any street word (or `Zone`), capitalised, before the street's name and a postcode
 * with its town (`… Zone de Kerbic 56000 VANNES`): a street word written with a capital may be a name's own (`Rue du Monde`).
 */
function streetAddress(walk: Walk, token: Token): boolean {
  const after = rest(walk, token.end, 80);
  if (!STREET_NAME_AFTER.test(after)) return false;
  if (!token.capitalised) return STREET_ONLY_WORDS.has(token.word);
  const word = token.word.toLowerCase();
  return (STREET_WORDS.has(word) || word === 'zone') && POSTCODE_AHEAD.test(after);
}

/** Endings of French adjectives (`territorial`, `culturelle`, `solidaire`, `numérique`). */
const ADJECTIVE = /^\p{Ll}+(?:al|ale|aux|el|elle|aire|ique|icole|if|ive|ien|ienne|é|ée)s?$/u;

/** The line before the break is long prose and the walk is right after the head. */
function wrappedProse(walk: Walk): boolean {
  return walk.position - lineStartOf(walk.text, walk.position) >= PROSE_LINE && !/^\s*\n\s*\p{Ll}+[ \t]*(?:\n|$)/u.test(walk.text.slice(walk.position, walk.position + 40));
}

/** `… du Val et du Pays de Brie`: `et` + the same kind of connector + a capitalised word coordinates one territory's name. */
function coordinated(walk: Walk, token: Token): boolean {
  return walk.previous === 'and' && walk.connectors > 0 && walk.kind.enumeration !== true && /^(?:de|du|des)$/u.test(token.word) &&
    (continuesTerritory(walk.text, token.end) || parallelAnd(walk, token));
}

/** An article closing the text before a word: `par l'`, `de la `. */
const ARTICLE_BEFORE = /(?:(?<![\p{L}])(?:la|le|les)[ \t]+|(?<![\p{L}])[lL]['’])$/u;
/** One capitalised word (maybe on the next line), then the name closes (a mark or a line end). */
const CLOSING_CAPITAL = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?<word>\p{Lu}\p{Ll}+)(?=[ \t]*(?:[,;:.()]|\n|$))/u;

/**
 * `Plateforme d'Accueil par l'Entraide et la Solidarité :`: in a title-case name whose last word came
 * after an article, `et`, an article and one capitalised word closing the name are a parallel part of
 * it. Not a type word, the State, a role, a place or a first name (`… et la Région.`: another body).
 */
function parallelArticle(walk: Walk, token: Token): boolean {
  if (walk.previous !== 'and' || walk.beforeAnd !== 'name' || walk.connectors === 0 || walk.kind.enumeration === true || !/^(?:la|le|les)$/u.test(token.word)) return false;
  if (!ARTICLE_BEFORE.test(walk.text.slice(Math.max(0, walk.lastGood - walk.lastName.length - 8), walk.lastGood - walk.lastName.length))) return false;
  const word = CLOSING_CAPITAL.exec(rest(walk, token.end, 40))?.groups?.['word'];
  if (word === undefined) return false;
  const folded = fold(word);
  return !HEAD_WORDS.has(folded) && !STATE_WORDS.has(folded) && !ROLE_NOUNS.has(word.toLowerCase()) && !isPlaceName(word) && !isFirstName(word);
}

/** A capitalised word (maybe after an article) right after the connector, on the same line. */
const CAPITAL_AFTER_CONNECTOR = /^[ \t]+(?:(?:la|le|les)[ \t]+|l['’])?(?<word>\p{Lu}[\p{L}-]*)/u;

/**
 * `parallel-and`: `Union des Cuma & des Ateliers`, `Maison de l'Entraide et de la Solidarité`: in a
 * name written in title case, `et`/`&` after a name word, then the very connector read before it
 * and a capital, joins two parallel parts of one name (a body's own name repeats its connector;
 * `… du Pays et de la Région`, with another connector, names two bodies). The two parts are alike:
 * both kinds of bodies (`des Scop & des Scic`) or neither; `Fondation de Lumen et de l'Agence…`
 * (a place or a name, then a type word) joins two bodies.
 */
function parallelAnd(walk: Walk, token: Token): boolean {
  if (walk.beforeAnd !== 'name' || walk.nameWords === 0 || token.word !== walk.connector) return false;
  const next = CAPITAL_AFTER_CONNECTOR.exec(rest(walk, token.end, 40))?.groups?.['word'];
  return next !== undefined && HEAD_WORDS.has(fold(next)) === HEAD_WORDS.has(fold(walk.lastName));
}

/** After `de`/`du`: a territory, maybe after an article and a lower-case kind (`de l'agglomération de La Ville`). */
const TERRITORY_AFTER_DE = /^[ \t]*\n?[ \t]*(?:(?:la|le|les)[ \t]+|l['’])?(?:\p{Ll}{4,}[ \t]*\n?[ \t]*(?:de|du|des|d['’])[ \t]*\n?[ \t]*(?:(?:la|le|les)[ \t]+|l['’])?)?\p{Lu}\p{Ll}/u;

/** `PTCE de l'État` (a call of the State), `de la Région`: a public body, not a territory. */
const STATE_WORDS: ReadonlySet<string> = new Set(['etat', 'region', 'departement', 'europe']);
const STATE_AFTER = /^[ \t]*\n?[ \t]*(?:la[ \t]+|le[ \t]+|l['’])?(?:État|Etat|Région|Region|Département|Departement|Europe)(?![\p{L}])/u;

/** After `en`: a territory's first word (`Pays`, `Val`, lexicon/territory-words.ts), then `de` and its name. */
const TERRITORY_AFTER_EN = /^[ \t]*\n?[ \t]*(?<word>\p{Lu}\p{Ll}+)(?<name>[ \t]+(?:de|du|des)[ \t]+(?:(?:la|le|les)[ \t]+)?\p{Lu}[\p{L}'’-]*|[ \t]+d['’]\p{Lu}[\p{L}'’-]*)/u;

/**
 * `PTCE en Pays de Caux`, `PTCE en Val d'Argens`: `en`, a territory's first word and its name: the PTCE is named
 * by the territory it serves, with its preposition. Not a region (`en Pays de la Loire`: the PTCE of a region, a kind).
 */
function territoryAfterEn(after: string): boolean {
  const found = TERRITORY_AFTER_EN.exec(after);
  const word = found?.groups?.['word'] ?? '';
  const territory = `${word}${found?.groups?.['name'] ?? ''}`.replace(/\s+/gu, ' ');
  // A commune (`en Val-de-Reuil`) ends the name; an area (`en Pays de Caux`, lexicon/areas.ts) names the PTCE's territory.
  return found !== null && TERRITORY_NAME_WORDS.has(fold(word)) && (!isPlaceName(territory) || isAreaName(territory));
}

/** `PTCE du Pays de Caux`, `PTCE d'Argonne`, `PTCE en Pays de Caux`: a PTCE named by its territory. */
function opensTerritory(walk: Walk, token: Token): boolean {
  if (walk.kind.territoryName !== true) return false;
  if (token.elision !== undefined) return /^d/iu.test(token.elision) && token.capitalised && !STATE_WORDS.has(token.folded);
  const after = rest(walk, token.end, 60);
  if (token.word === 'en') return territoryAfterEn(after);
  return /^(?:de|du)$/u.test(token.word) && TERRITORY_AFTER_DE.test(after) && !STATE_AFTER.test(after);
}

const isTailStop = (folded: string): boolean => TAIL_STOP.has(folded) || TAIL_STOP.has(folded.replace(/s$/u, ''));

/** A word that ends a name (`ses`, `projet`), unless it is an acronym in capitals before a word of the name (`SON Tri Girouette`). */
const endsName = (walk: Walk, token: Token): boolean => isTailStop(token.folded) && !isCapitalsBeforeName(walk.text, token.word, token.end);

/** `EEEEEE`, `P422`: a letter repeated, or one or two letters glued to a number (an OCR'd leader line or page number). */
const OCR_JUNK = /^(?:(\p{L})\1{2,}|\p{L}{1,2}\d{2,})$/iu;

/** The token, or the capitals right before such junk (`RSR EEEEEE`), are OCR noise, no word of a name. */
function junkAhead(walk: Walk, token: Token): boolean {
  if (OCR_JUNK.test(token.word)) return true;
  if (!ALL_UPPER.test(token.word)) return false;
  const next = /^[ \t]+(?<word>[\p{L}\p{N}]+)/u.exec(rest(walk, token.end, 20))?.groups?.['word'];
  return next !== undefined && OCR_JUNK.test(next);
}

/** A word opened by an elided pronoun or conjunction (`C'est`, `S'informer`, `Qu'en`). */
const ELIDED_CLAUSE = new RegExp(`^${alternation(ELIDED_CLITICS)}['’]\\p{L}`, 'iu');

/** A lower-case word of four letters or more. */
const LOWER_WORD = /^\p{Ll}{4,}$/u;
/** A lower-case word ending like a past participle in `-é`. */
const PARTICIPLE_IN_E = /^\p{Ll}+(?:é|ée|és|ées)$/u;
/** The first word after a kind of business or a lower-case type word, and no place: the name itself (`la SCOP Kalimba (74)`). */
const kindNamedFirst = (walk: Walk, token: Token): boolean =>
  walk.nameWords === 0 && (walk.kind.firstNameName === true || walk.kind.lower) && !isPlaceName(token.word);

/** The name's first word after its head is a finite verb in lower case (no connector, no past participle): the sentence goes on. */
function finiteVerbFirst(token: Token): boolean {
  return token.first && !token.capitalised && token.elision === undefined && !CONNECTORS.has(token.word) && !PAST_PARTICIPLE.test(token.word) && isFiniteVerbForm(token.word);
}

/** Evidence that the name ended before `token`, in the order they are tried. */
export const STOP_RULES: readonly StopRule[] = [
  // `… La Ville RSR EEEEEE P27`: OCR noise of a leader line after a name.
  { id: 'ocr-junk', stops: (walk, token) => walk.nameWords > 0 && junkAhead(walk, token) },
  // `Atelier42`: no space before the word (a glued number or a word of the same token).
  { id: 'glued', stops: (_walk, token) => token.gap === '' && token.elision === undefined },
  // `SCOP Les Granges    Albi`: a tab or a run of spaces is a table's cell boundary.
  { id: 'table-cell', stops: (_walk, token) => !token.gap.includes('\n') && /\t| {2,}/u.test(token.gap) },
  { id: 'line-break', stops: lineBreakEnds },
  // `CCAS de Lunel⏎C'est ici que…`, `… Bretagne⏎S'informer sur…`: a word opened by an elided pronoun or
  // conjunction starts a clause, even in capitals at a line start. Right after the head it may open a
  // name (`l'association C'est Possible`).
  { id: 'elided-clause', stops: (_walk, token) => !token.first && ELIDED_CLAUSE.test(token.word) },
  // `… en Val de Loire⏎Bilan de la saison`: after a place closing a line, a capitalised common
  // word and a lower-case word open the next sentence or heading, not more of the name.
  {
    id: 'place-then-sentence',
    stops: (walk, token) => token.gap.includes('\n') && token.capitalised && walk.previous === 'name' && token.elision === undefined &&
      /^[ \t]+\p{Ll}/u.test(rest(walk, token.end, 3)) && !HEAD_WORDS.has(token.folded) && isPlaceName(walk.lastName) && isCommonWord(token.word),
  },
  // `LUNEL (34)`: a place and its department code end a table cell. After a kind of business or a lower-case
  // type word, the name's own first word is no such place (`la SCOP Kalimba (74)`: the code says where the body is).
  { id: 'department-code', stops: (walk, token) => /^[ \t]*\(\d{2,3}\)/u.test(rest(walk, token.end, 7)) && !kindNamedFirst(walk, token) },
  // `PTCE Terres Vives`, not `PTCE est né…`: after such a head the name opens at once with a capital.
  {
    id: 'name-must-open',
    stops: (walk, token) => token.first && walk.kind.nameFirst && (token.elision !== undefined || !token.capitalised) && !opensTerritory(walk, token),
  },
  // `la ville de Lunel`: a lower-case place head followed by a connector is a place.
  { id: 'place-head', stops: (walk, token) => token.first && walk.kind.lower && walk.kind.place && (token.elision !== undefined || !token.capitalised) },
  // `ministère de la Mer et le ministère du Travail`, `Fondation Lumen et la Fondation Azur`: `et`, an article and a type word open another body.
  {
    id: 'and-other-head',
    stops: (walk, token) => walk.previous === 'and' && token.elision === undefined && /^(?:le|la|les|un|une)$/u.test(token.folded) && articleThenHead(walk.text, token.end),
  },
  // `Sociale et Solidaire`, `Mille et une Idées` go on; `Région et de la CCI` stops.
  {
    id: 'and-lower',
    stops: (walk, token) => !coordinated(walk, token) && !parallelArticle(walk, token) && walk.previous === 'and' && !token.capitalised && token.folded !== 'un' &&
      token.folded !== 'une' && walk.beforeAnd !== 'lower' && !walk.kind.lowerNames,
  },
  // `Réseau compte des membres et la FNARS`: after a lower-case word, `et` + an article + a capital is another body.
  {
    id: 'and-article-after-lower',
    stops: (walk, token) => walk.previous === 'and' && walk.beforeAnd === 'lower' && !walk.kind.lowerNames && /^(?:le|la|les)$/u.test(token.word) &&
      /^[ \t]*\n?[ \t]*\p{Lu}/u.test(rest(walk, token.end, 6)),
  },
  // `le CCAS compte 45 bénévoles`, `l'ESAT emploie 40 travailleurs`: a lower-case word right after the head, then a number, is a verb and its count.
  {
    id: 'verb-then-number',
    stops: (walk, token) => token.first && !token.capitalised && !walk.kind.lowerNames && token.elision === undefined && LOWER_WORD.test(token.word) &&
      !CONNECTORS.has(token.word) && !ADJECTIVE.test(token.word) && /^[ \t]+\d/u.test(rest(walk, token.end, 4)),
  },
  // `le réseau réunit la CAF`, `le collectif anime l'Atelier…`: a lower-case word right after the head, then an
  // article or a possessive and a capital, is a verb and its object, not a name in lower case.
  {
    id: 'verb-then-object',
    stops: (walk, token) => token.first && !token.capitalised && !walk.kind.lowerNames && token.elision === undefined && LOWER_WORD.test(token.word) &&
      !CONNECTORS.has(token.word) && !ADJECTIVE.test(token.word) && VERB_OBJECT_AFTER.test(rest(walk, token.end, 12)),
  },
  // `Conseil général et de la Métropole`: after a lower-case word, `et de` + a capitalised name is another body.
  {
    id: 'and-of-other-body',
    stops: (walk, token) => walk.previous === 'and' && walk.beforeAnd === 'lower' && !walk.kind.lowerNames && /^(?:de|du|des)$/u.test(token.word) &&
      /^[ \t]*\n?[ \t]*(?:(?:la|le|les)[ \t]+|l['’])?\p{Lu}\p{Ll}/u.test(rest(walk, token.end, 12)),
  },
  // `et d'Activités` continues a name; `et l'État`, `et d'IDA 66` (an acronym) start another one.
  {
    id: 'and-article',
    stops: (walk, token) => token.elision !== undefined && walk.previous === 'and' && (!token.capitalised || /^l'/iu.test(token.elision) || /^\p{Lu}{2,}$/u.test(token.word)),
  },
  // `la Région chargée de l'ESS`, `le Réseau basé à Lunel`: a participle right after the head, then a
  // preposition, describes the body; it is no word of its name.
  {
    id: 'participle-after-head',
    stops: (walk, token) => token.first && !walk.kind.lowerNames && PARTICIPLE_IN_E.test(token.word) &&
      /^[ \t]+(?:de|du|des|d['’]|à|au|aux|par|sur)(?![\p{L}])/u.test(rest(walk, token.end, 6)),
  },
  // `ministère de l'Économie sociale a publié`, `ministère des Outre-mer visant à soutenir`: an
  // institution named in lower case reads lower-case words, up to a verb (an auxiliary, or a
  // present participle taking its object): the sentence goes on there.
  { id: 'verb-in-lower-name', stops: (walk, token) => walk.kind.lowerNames && walk.nameWords > 0 && token.elision === undefined && verbGoesOn(walk, token) },
  // `ministère de la Mer et financer ses chantiers`, `ministère du Travail et géré directement par la…`: in an
  // institution named in lower case, `et` then an infinitive taking its object, or a participle then an adverb or
  // `par`, is the sentence's next verb (`… et solidaire`, `… et de la Santé` read on).
  { id: 'and-verb-in-lower-name', stops: (walk, token) => walk.kind.lowerNames && walk.previous === 'and' && token.elision === undefined && verbAfterAnd(walk, token) },
  // `la direction territoriale a validé…`, `le ministère organise une réunion`: a finite verb right after an
  // institution's head is the sentence, the head alone names no one body (`ministère délégué aux sports`: a participle, read on).
  {
    id: 'verb-after-lower-head',
    stops: (walk, token) => walk.kind.lowerNames && finiteVerbFirst(token),
  },
  // `Banque des Territoires Co-pilote : Anne Morel`: a role noun then a colon is the label of the next entry.
  {
    id: 'role-label',
    stops: (walk, token) => token.capitalised && /^[ \t]*\n?[ \t]*:/u.test(rest(walk, token.end, 6)) &&
      (ROLE_NOUNS.has(token.word.toLowerCase()) || ROLE_NOUNS.has(`${token.word.toLowerCase()}s`)),
  },
  // `M. Durand`: an initial starts a person.
  { id: 'initial', stops: (walk, token) => token.capitalised && walk.text.charAt(token.end) === '.' && token.word.length <= 2 },
  // A first name then a capital starts a person (`l'association Anne Martin`), except a first name
  // opening a business's name right after its kind (`la SCOP Rosa Lumière`). A given name that is
  // also a word or a surname (`Claude`, `Dominique`) starts one only after `et`, where a body is
  // joined to a person (`le bureau et Dominique Ferrand`).
  // A school or a university named after a person, after its kind or its place (`l'université de Lunel Anne Morvan,`,
  // `le lycée public Anne Morvan a…`): the first name and surname closing the name are its namesake (`person-closes-name`).
  {
    id: 'first-name',
    stops: (walk, token) => token.capitalised && token.elision === undefined && personStarts(walk, token) &&
      !(token.first && walk.kind.firstNameName === true && !followedBySurname(walk.text, token.end)) &&
      !(walk.kind.personNamed === true && walk.previous !== 'head' && personClosesName(walk, token.end)),
  },
  // `comité de suivi du Réseau Vert`: a descriptor before another organisation's name. After
  // `des` a type word is a plural class the name is made of (`Collectif des Associations du Nord`);
  // after a capitalised article it opens the name itself (`Les Jardins du Cœur`).
  {
    id: 'other-organisation',
    stops: (walk, token) => token.capitalised && walk.nameWords === 0 && walk.previous !== 'head' && walk.connector !== 'des' && !walk.articleFirst &&
      HEAD_FIRST_WORDS.has(token.folded) && !TERRITORY_REGION.test(`${token.folded}${rest(walk, token.end, 5)}`) && !regionScope(walk, token) && !kindAfterScope(walk, token),
  },
  // `Incubateur Kernel Coopérative d'Activités`: another type word starts another name (table
  // cells); `… Coteaux du Val Comité 2 –`: a numbered section of a list joined to the name.
  {
    id: 'other-type-word',
    stops: (walk, token) => token.capitalised && walk.previous === 'name' && HEAD_WORDS.has(token.folded) && !ALL_UPPER.test(token.word) &&
      (startsName(walk.text, token.end) || SECTION_NUMBER.test(rest(walk, token.end, 8)) || QUALIFIED_HEAD.test(rest(walk, token.end, 40))),
  },
  // `SCOP Les Granges Gaillac 30 000 €`: a town after the name and before a number is the
  // next column of a table whose lines were joined, not a word of the name.
  {
    id: 'place-before-number',
    stops: (walk, token) => token.capitalised && walk.previous === 'name' && walk.nameWords > 0 && /^[ \t]*\n?[ \t]*\d/u.test(rest(walk, token.end, 6)) &&
      isPlaceName(token.word),
  },
  // `agence de design installée près de…`, `coopérative œuvrant pour les circuits courts…`: a participle and what it governs
  // describe the body in the sentence; the name (if any) ended before it.
  { id: 'participle-clause', stops: (walk, token) => !token.capitalised && token.elision === undefined && participleClause(token.word, rest(walk, token.end, 10)) },
  // `Maison des Associations de Vilaret 28 rue …`: a number before a street word opens the body's address.
  { id: 'street-number', stops: (walk, token) => walk.nameWords > 0 && /^\d{1,4}$/u.test(token.word) && streetAfter(rest(walk, token.end, 16)) },
  // `communauté de communes chemin des Vignes à Lunel`, `Trokal Communauté⏎Zone de Kerbic 56000 VANNES`: a street word and its
  // street's name open the body's address (`street-address`).
  { id: 'street-address', stops: (walk, token) => token.elision === undefined && streetAddress(walk, token) },
  // `Réseau Bleu Conseil en gestion`: a capitalised common word opening a lower-case
  // phrase is the next cell or heading in sentence case.
  {
    id: 'sentence-case-cell',
    stops: (walk, token) => token.capitalised && walk.previous === 'name' && token.elision === undefined && opensLowerPhrase(walk.text, token.end) &&
      isCommonWord(token.word) && !PURPOSE_CLAUSE.test(rest(walk, token.end, 30)),
  },
  // `le Centre organisera une visite de l'Atelier Vert`, `la Maison accueille…`: as after an institution's head
  // (`verb-after-lower-head`), a finite verb right after any other head is the sentence going on, no word of the
  // name (`Centre social`, `Maison familiale`: no verb, read on). Last, so the rules above name the stop first.
  {
    id: 'verb-after-head',
    stops: (walk, token) => !walk.kind.lowerNames && finiteVerbFirst(token),
  },
];

/** A present participle then what it takes (`visant à`, `portant sur`, `permettant de`, `soutenant les`). */
const PARTICIPLE_OBJECT = /^[ \t]*\n?[ \t]*(?:à|a|au|aux|de|du|des|d['’]|sur|le|la|les|l['’]|un|une)(?![\p{L}])/u;

/** An infinitive in `-er`/`-ir` then what opens its object (`mobiliser des fonds`). */
const INFINITIVE_THEN_OBJECT = new RegExp(`^[ \\t]*\\n?[ \\t]*(?:${alternation(INFINITIVE_OBJECT_OPENERS)})(?:(?<=['’])|(?![\\p{L}]))`, 'u');
/** `localement`, `par`: what follows a participle going on with the sentence. */
const ADVERB_OR_AGENT = /^[ \t]*\n?[ \t]*(?:\p{Ll}{3,}ment|par)(?![\p{L}])/u;

/** After `et`, a lower-case verb going on with the sentence: an infinitive and its object, or a participle and an adverb or its agent. */
function verbAfterAnd(walk: Walk, token: Token): boolean {
  if (token.capitalised || !/^\p{Ll}+$/u.test(token.word)) return false;
  const after = rest(walk, token.end, 16);
  if (/(?:er|ir)$/u.test(token.word) && !INFINITIVE_LOOKALIKE_NOUNS.has(token.word)) return INFINITIVE_THEN_OBJECT.test(after);
  return isVerbForm(token.word) && ADVERB_OR_AGENT.test(after);
}

function verbGoesOn(walk: Walk, token: Token): boolean {
  if (token.capitalised) return false;
  if (FINITE_VERB_FORMS.has(token.folded)) return true;
  return /^\p{Ll}{3,}ant$/u.test(token.word) && PARTICIPLE_OBJECT.test(rest(walk, token.end, 8));
}

/** `Grain Levant pour livrer…`: `pour` or `afin de` + an infinitive is the sentence going on, not a cell in sentence case. */
const PURPOSE_CLAUSE = /^[ \t]+(?:pour|afin[ \t]+de|afin[ \t]+d['’])[ \t]+\p{Ll}+(?:er|ir|re)(?![\p{L}])/u;

/** `… Lycée⏎agricole de Rochefort`: a type word, one lower-case qualifier, then `de` and a capital open another body. */
const QUALIFIED_HEAD = /^[ \t]*\n?[ \t]*\p{Ll}{4,}[ \t]*\n?[ \t]*(?:de|du|des|d['’])[ \t]*\n?[ \t]*(?:la[ \t]+|le[ \t]+|l['’])?\p{Lu}/u;

/** `Comité 2 –`: a type word numbered as a section of a list. */
const SECTION_NUMBER = /^[ \t]+\d{1,2}[ \t]*[–—:-]/u;

/**
 * `Roue Verte 64,`: a department number ending a name, not a number going on into the sentence; also before where the
 * body is (`Roue Verte 64 à Pau`: `à`/`au`/`en` and a capitalised place, never a count's noun).
 */
const DEPARTMENT = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/u;
const AFTER_DEPARTMENT = /^(?:[ \t]*[,;.:()»"—–-]|[ \t]*\n|\t|[ \t]{2,}|[ \t]*$|[ \t]+(?:et|ou)[ \t]|[ \t]+\p{Ll}*(?:e|ent|a|ont)[ \t]|[ \t]+(?:à|au|en)[ \t]+\p{Lu})/u;

/** `Amis du Quartier 47 Nérac 12 500 €`: after a department number, a town then a number is the next column of a table. */
function townThenNumber(after: string): boolean {
  const town = /^[ \t]+(?<town>\p{Lu}[\p{L}'’-]*\p{L})[ \t]*\n?[ \t]*\d/u.exec(after)?.groups?.['town'];
  return town !== undefined && isPlaceName(town);
}

/**
 * `Au`/`Aux` (`à` + article) opening a name in title case: `Au Jardin des Merles`, `Aux Quatre Vents`.
 * Only before a capitalised word on the same line: `Au total`, `Au⏎Conseil` are no name's opening.
 */
const OPENING_CONTRACTION = (walk: Walk, token: Token): boolean =>
  /^(?:Au|Aux|AU|AUX)$/u.test(token.word) && /^[ \t]+\p{Lu}/u.test(rest(walk, token.end, 3));

function readNameWord(walk: Walk, token: Token): Outcome {
  if (!token.capitalised || endsName(walk, token) || token.word.length < 2 || (token.first && OPENING_CONTRACTION(walk, token))) return 'skip';
  walk.nameWords += 1;
  walk.lastName = token.word;
  walk.lowerRun = 0;
  walk.lastGood = token.end;
  walk.previous = 'name';
  return 'extend';
}

/** `Les Jardins du Cœur`; `A Casa Nostra`, `U Ponte` (Corsican articles); `Au Jardin…` (`opening-contraction`): an article opening the name. */
function readOpeningArticle(walk: Walk, token: Token): Outcome {
  if (!token.capitalised || !token.first) return 'skip';
  if (!/^(?:le|la|les)$/u.test(token.folded) && !(/^[AU]$/u.test(token.word) && /^[ \t]+\p{Lu}/u.test(rest(walk, token.end, 3))) && !OPENING_CONTRACTION(walk, token)) return 'skip';
  // `PTCE Les⏎enjeux des…`: an article then a lower-case word opens a sentence, not a name.
  if (/^[ \t]*\n?[ \t]*\p{Ll}/u.test(rest(walk, token.end, 4))) return { stop: 'article-then-lower' };
  walk.previous = 'connector';
  walk.articleFirst = true;
  return 'extend';
}

/** The article and the capitalised word after it are a known town (`Le Havre`, `Les Mureaux`). */
function townWithArticle(text: string, token: Token): boolean {
  const next = /^[ \t]+(?<word>\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(token.end, token.end + 30))?.groups?.['word'];
  return next !== undefined && isPlaceName(`${token.word} ${next}`);
}

/** `de La Rochelle`, `du Le Havre`: a place whose name starts with an article. */
function readPlaceArticle(walk: Walk, token: Token): Outcome {
  if (!token.capitalised || !/^(?:le|la|les)$/u.test(token.folded)) return 'skip';
  // `Mission Locale Le Havre`, `PTCE Vivre Les Mureaux`: a town whose name opens with its article, right after a word of the name.
  if (walk.previous === 'name' && townWithArticle(walk.text, token)) {
    walk.previous = 'connector';
    return 'extend';
  }
  if (walk.previous !== 'connector') return 'skip';
  if (!/^[ \t]+\p{Lu}\p{Ll}/u.test(rest(walk, token.end, 3))) return 'skip';
  walk.previous = 'connector';
  return 'extend';
}

/** `Sociale et Solidaire`: `et` between two parts of one name, not after the head nor in an enumeration. */
function readAnd(walk: Walk, token: Token): Outcome {
  if (token.elision !== undefined || token.folded !== 'et') return 'skip';
  if (token.first || walk.kind.enumeration === true || (walk.previous !== 'name' && walk.previous !== 'lower')) return { stop: 'and-first' };
  // `CRESS Bretagne et Rennes Métropole`: `et` + a run holding a type word is another body.
  if (startsOtherBody(walk.text, token.end) || startsWellKnown(walk.text, token.end)) return { stop: 'and-other-body' };
  if (walk.previous === 'name' && otherNameAfterPlace(walk, token)) return { stop: 'and-after-place' };
  walk.beforeAnd = walk.previous;
  walk.previous = 'and';
  return 'extend';
}

/** The capitalised word after `et` (spaces or one line break before it) and what follows it. */
const WORD_AFTER_AND = /^[ \t]*\n?[ \t]*(?<word>\p{Lu}[\p{L}'’-]*)(?<after>[^\n]{0,30})/u;
/** `Pays de Caux`, `Côte d'Opale`, `Val du Loir`: a common word then `de` and a capital names a territory. */
const TERRITORY_OF = /^[ \t]+(?:de|du|des|d['’])[ \t]*(?:(?:la|le|les)[ \t]+|l['’])?\p{Lu}/u;

/**
 * `and-after-place`: `Fédération de pêche de l'Hérault et CS Lunel`, `Région Bretagne et Terres
 * Solidaires`: a name closing on a known place (its territory) is whole, and `et` then an acronym
 * or a capitalised common word opens another body. A second territory goes on with the name
 * (`Lunel et Sommières`, `Lunel et Pays de l'Or`), so does a proper name the lexicon does not know
 * (`Lunel et Camargue`: no common word, maybe a territory).
 */
function otherNameAfterPlace(walk: Walk, token: Token): boolean {
  if (!isPlaceName(walk.lastName) || ALL_UPPER.test(walk.lastName)) return false;
  const next = WORD_AFTER_AND.exec(rest(walk, token.end, 60));
  const word = next?.groups?.['word'] ?? '';
  if (next === null) return false;
  // An acronym first: a few are also the names of small communes.
  if (/^\p{Lu}{2,6}$/u.test(word)) return true;
  if (placeAhead(walk.text, token.end) || TERRITORY_OF.test(next.groups?.['after'] ?? '') || territoryWord(word, next.groups?.['after'] ?? '')) return false;
  return /^\p{Lu}\p{Ll}/u.test(word) && !word.includes('-') && isCommonWord(word.toLowerCase());
}

/** `Nord et Sud`, `Lunel et Environs`, `Lunel et Haut Vidourle`: a word naming a part, the surroundings or a kind of territory. */
function territoryWord(word: string, after: string): boolean {
  const folded = fold(word);
  if (PLACE_QUALIFIERS.has(folded) || PLACE_SURROUNDINGS.has(folded)) return true;
  return TERRITORY_NAME_WORDS.has(folded) && /^[ \t]+\p{Lu}/u.test(after);
}

/** A capitalised place after a space or one line break (`Auch`, `Lyon-Villeurbanne`, `La Rochelle`). */
function placeAhead(text: string, offset: number): boolean {
  const word = /^[ \t]*\n?[ \t]*(?<word>(?:(?:La|Le|Les)[ \t]+)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)/u.exec(text.slice(offset, offset + 40))?.groups?.['word'];
  return word !== undefined && (isPlaceName(word) || isPlaceName(word.split('-')[0] ?? ''));
}

/**
 * `RECYCLERIE a Toucy`, `chantier d'insertion a Auch`: OCR drops the accent of `à` (its most
 * frequent loss); before a known place the verb `a` cannot stand, so `a` is read as the
 * preposition and ends the name like `à` does (or closes a PTCE's territory, known place or not).
 */
function graveAOfOcr(walk: Walk, token: Token): Token {
  if (token.word !== 'a' || token.elision !== undefined) return token;
  // A PTCE's name closing on its territory (`PTCE Culture a⏎Montaigu.`): the place need not be known.
  const territory = walk.kind.territoryName === true && walk.nameWords > 0 && CLOSING_PLACE.test(rest(walk, token.end, 70));
  return territory || placeAhead(walk.text, token.end) ? { ...token, word: 'à', folded: 'a' } : token;
}

/**
 * `Insertion par l'Activité Économique`, `Plateforme d'Insertion par l'Humanitaire`: `par`, an
 * article and a capital, right after a word of the name, go on with it (a name written in title
 * case). Without the article (`… par France Active`) or after a lower-case word (`soutenu par
 * la Région`), `par` names an agent: the name ended before it.
 */
function meansPar(walk: Walk, token: Token): boolean {
  if (token.word !== 'par' || walk.previous !== 'name') return false;
  const next = /^[ \t]*\n?[ \t]*(?:(?:la|le|les)[ \t]+|l['’])(?<word>\p{Lu}\p{Ll}+)/u.exec(rest(walk, token.end, 40))?.groups?.['word'];
  // `… par la Région`, `… par l'État`: a body is the agent.
  return next !== undefined && !HEAD_WORDS.has(fold(next)) && !STATE_WORDS.has(fold(next));
}

/**
 * `de`, `du`, `pour`, `en`…: a connector inside the name. `Groupement pour l'Emploi`: `pour` + a
 * capital; `CRESS Bretagne à Rennes`: a place after `à`/`en`/`sur` ends the name, but `Estuaire en
 * Transition`, `La Boîte à Outils` go on.
 */
function readConnector(walk: Walk, given: Token): Outcome {
  const token = graveAOfOcr(walk, given);
  if (token.elision !== undefined || !(CONNECTORS.has(token.word) || meansPar(walk, token)) || token.capitalised) return 'skip';
  const purpose = token.word === 'pour' && /^[ \t]+(?:(?:le|la|les)[ \t]+|l['’])?\p{Lu}/u.test(rest(walk, token.end, 8));
  // `PTCE en Pays de Caux`: `en` opening the territory a PTCE is named by.
  const territory = token.first && token.word === 'en' && opensTerritory(walk, token);
  if (token.first && !walk.kind.lowerNames && !/^(?:de|du|des|di)$/u.test(token.word) && !purpose && !territory) return { stop: 'connector-first' };
  if (walk.nameWords > 0 && endsOnDepartment(walk.text, token.end)) walk.departmentAhead = true;
  else if (LOCATIVES.has(token.word) && !walk.kind.lowerNames && !territory && !(walk.nameWords > 0 && (continuesAfterLocative(walk.text, token.end) || closingTerritory(walk, token)))) {
    return { stop: 'locative-place' };
  }
  walk.previous = 'connector';
  walk.connector = token.word;
  walk.connectors += 1;
  return 'extend';
}

/**
 * A lower-case word. After an institution named in lower case it is the name's (`ministère de
 * l'économie`), up to a place. Otherwise after a name word it is the sentence going on (`Kour
 * Vert fédère…`), unless it leads to the name's acronym (`(MESS)`) or, after a connector, back
 * to a capital (`Solidaire du pays de Caux`); at most two in a row.
 */
/** The continuation rules that read one lower-case word closing the name (name-continuation.ts). */
const CLOSING_RULES: ReadonlySet<ContinuationRule> = new Set([
  'closing-word', 'closing-word-before-verb', 'closing-word-elsewhere', 'closing-word-before-apposition', 'closing-unknown-word',
]);

function readLowerWord(walk: Walk, token: Token): Outcome {
  if (!OPENS_LOWER.test(token.word) || TAIL_STOP.has(token.folded)) return 'skip';
  if (walk.kind.lowerNames) {
    if (walk.previous === 'name' && isPlaceName(walk.lastName)) return { stop: 'lower-after-place' };
    walk.lastGood = token.end;
    walk.nameWords += 1;
    walk.previous = 'name';
    return 'extend';
  }
  if (walk.nameWords > 0 && !walk.departmentAhead) {
    // name-continuation.ts: the one decision of whether a lower-case word goes on with a name.
    const continuation = nameContinuation(walk.text, walk.position, { nameWords: walk.nameWords, lastWord: walk.previous === 'name' ? walk.lastName : '' });
    if (continuation === null) return { stop: 'verb-after-name' };
    walk.continuation = { rule: continuation.rule, at: token.end };
    if (CLOSING_RULES.has(continuation.rule)) {
      walk.lastGood = token.end;
      walk.previous = 'lower';
      return 'extend';
    }
  }
  walk.lowerRun += 1;
  if (walk.lowerRun > 2 && !describesTerritoryBody(walk, token)) return { stop: 'lower-run' };
  walk.previous = 'lower';
  return 'extend';
}

/**
 * Up to three lower-case words (an article may open each; no possessive, demonstrative nor
 * relative), then a comma, a full stop, a bracket or a relative pronoun (`qui`, `dont`, `que`, `où`).
 */
const TITLE_PHRASE_TAIL = /^(?:[ \t]*\n?[ \t]*(?:(?:la|le|les)[ \t]+|[ld]['’])?(?!(?:nos|vos|leurs?|son|sa|ses|notre|votre|mon|ma|mes|ce|cet|cette|ces|qui|que|dont|et|ou|est|sont|a|ont)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){1,3}?(?=[ \t]*(?:[,.;:()»!?]|\n?[ \t]*(?:qui|dont|que|qu['’]|où)(?![\p{L}])))/u;

/**
 * `title-phrase`: `l'association Au Fil de l'onde qui…`, `Le Banc de trois planches,`: a name written
 * as a phrase in sentence case (an article, one capitalised word, `de`/`du`/`des`/`à`, then lower-case
 * words) closes where the clause does: at a comma, a full stop, a bracket or a relative pronoun.
 * Returns that end, or null.
 */
function readTitlePhrase(walk: Walk, token: Token): Outcome {
  if (token.capitalised) return 'skip';
  const phrase = titlePhraseEnd(walk);
  if (phrase === null) return 'skip';
  walk.lastGood = phrase;
  walk.position = phrase;
  return { stop: 'title-phrase' };
}

function titlePhraseEnd(walk: Walk): number | null {
  if (!walk.articleFirst || walk.nameWords !== 1 || walk.previous !== 'connector' || walk.connectors > 2 || !/^(?:de|du|des|à|la|le|les)$/u.test(walk.connector)) return null;
  const after = rest(walk, walk.position, 80);
  // `l'association Les 4K de trier les dons`: `de` + an infinitive is a verb's complement, not the name's tail.
  if (/^[ \t]*\n?[ \t]*\p{Ll}+(?:er|ir)(?![\p{L}])/u.test(after)) return null;
  const tail = TITLE_PHRASE_TAIL.exec(after);
  return tail === null ? null : walk.position + tail[0].length;
}

/** A possessive opening or inside a name written as a phrase (`Ma ressourcerie`, `Cultive ta rue`). */
const PHRASE_POSSESSIVES: ReadonlySet<string> = new Set(['ma', 'mon', 'ta', 'ton', 'notre', 'votre']);
/** A word (letters, inner hyphens and apostrophes) after spaces or one line break, then maybe the mark closing the clause: a comma, a semicolon, a bracket, a closing quote or a full stop. */
const PHRASE_WORD = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?<word>\p{L}[\p{L}'’-]*)(?<closing>[ \t]*(?:[,;()»”"]|\.(?![\p{L}\p{N}])))?/u;
/** A capital then a lower-case letter (`Rue`, `Cultive`). */
const SENTENCE_CASE = /^\p{Lu}\p{Ll}/u;
/** A lower-case word of three letters or more. */
const SHORT_LOWER_WORD = /^\p{Ll}{3,}$/u;
/** A phrase name has at most this many words after its first. */
const PHRASE_TAIL_WORDS = 3;

/** A word of a phrase name's tail: a possessive, a capitalised word that opens no other body, or a lower-case word that is no verb form, adverb or function word. */
function phraseWord(word: string): boolean {
  const folded = fold(word);
  if (PHRASE_POSSESSIVES.has(folded)) return true;
  if (SENTENCE_CASE.test(word)) return !HEAD_WORDS.has(folded) && !isFirstName(word);
  return SHORT_LOWER_WORD.test(word) && !TAIL_STOP.has(folded) && !CONNECTORS.has(folded) && !PROSE_WORDS.has(folded) && !/ment$/u.test(folded) && !isFiniteVerbForm(word);
}

/** `phrase-name` (see `phraseNameEnd`): the name ends where its phrase does. */
function readPhraseName(walk: Walk, token: Token): Outcome {
  if (token.capitalised) return 'skip';
  const phrase = phraseNameEnd(walk);
  if (phrase === null) return 'skip';
  walk.lastGood = phrase;
  walk.position = phrase;
  walk.continuation = { rule: 'phrase-name', at: phrase };
  return { stop: 'phrase-name' };
}

/** Possessives in the plural a phrase name may hold after its `de` (`Fiers de nos rues`). */
const PHRASE_PLURAL_POSSESSIVES: ReadonlySet<string> = new Set(['nos', 'vos', 'leurs']);
/** Links inside a phrase name, each before a lower-case content word: `de`/`des`/`du` (`Pieds de lune`), an article after its first word (`Mangeons le bon pain`). */
const PHRASE_LINKS: ReadonlySet<string> = new Set(['de', 'des', 'du', 'le', 'la', 'les']);
/** An elided `d'` or `l'` glued to its word (`d'art`). */
const ELIDED_LINK = /^(?<link>[dl])['’](?<word>\p{Ll}[\p{L}'’-]*)$/u;
/** A word opened by an elided pronoun (`s'inscrit`, `n'a`): the clause's verb. */
const ELIDED_CLITIC_WORD = new RegExp(`^(?:${ELIDED_CLITICS.join('|')})['’]\\p{Ll}`, 'u');
/** `qui` and a lower-case word: a relative clause after the name (`… Pieds de lune qui regroupe`). */
const RELATIVE_NEXT = /^(?:[ \t]+|[ \t]*\n[ \t]*)qui(?:[ \t]+|[ \t]*\n[ \t]*)(?<verb>\p{Ll}+)/u;
/** A spaced dash after the name: what the entry says of it follows (`Chasseurs d'art – Structuration…`). */
const DASH_AFTER = /^[ \t]+[–—-][ \t]/u;
/** A phrase name has at most this many words after its first, links included. */
const PHRASE_TAIL_WORDS_WITH_LINKS = 5;

/**
 * `phrase-name`: `l'association Ma ressourcerie,`, `l'association Cultive ta rue,`: after a lower-case
 * type word, a name whose one capitalised word is an ordinary word or a possessive is a phrase in
 * sentence case; its lower-case words (a possessive, maybe a capital among them) read on to the mark
 * closing the clause or to a finite verb (`… Cultive ta Rue tiendra la buvette`), up to three of them. An
 * adverb or a preposition on the way is the sentence going on, and so is a verb right after the
 * first word (`l'association Partage recrute,`): no phrase then. Its words may be linked by `de`/`d'`
 * (maybe with a plural possessive), `des`, `du`, or an article after its first word, each before a
 * lower-case content word (`la compagnie Pieds de lune qui…`, `la fondation Fiers de nos rues cherche`,
 * `l'association Mangeons le bon pain s'engage`; not `de la`: `Granges de la ville` is prose); such a
 * phrase, up to five words after its first, also ends before a relative `qui` and its verb, a word
 * opened by an elided pronoun (`s'engage`) or a spaced dash. Returns the end, or null.
 */
function phraseNameEnd(walk: Walk): number | null {
  if (!phraseMayOpen(walk)) return null;
  // Links only after a capitalised first word of a name that is not an institution's lower-case one (`fédération départementale des…`).
  const links = OPENS_UPPER.test(walk.lastName) && !walk.kind.lowerNames;
  const state: PhraseState = { position: walk.position, last: '', linked: false, afterLink: false, content: 0 };
  for (let count = 0; count <= PHRASE_TAIL_WORDS_WITH_LINKS; count += 1) {
    const after = rest(walk, state.position, 40);
    const next = PHRASE_WORD.exec(after);
    const word = next?.groups?.['word'] ?? '';
    if (count > 0 && !state.afterLink) {
      const end = phraseEndBefore(state, word, after);
      if (end !== undefined) return end;
    }
    if (next === null || count === PHRASE_TAIL_WORDS_WITH_LINKS) return null;
    const closing = next.groups?.['closing'];
    const folded = fold(word);
    const elided = ELIDED_LINK.exec(word);
    if (closing === undefined && links && isPhraseLink(state, folded, elided !== null, count)) {
      if (!readPhraseLink(state, next[0].length, folded, elided?.groups?.['word'])) return null;
      continue;
    }
    if (!phraseWordFits(state, word, count)) return null;
    state.afterLink = false;
    state.content += 1;
    state.last = word;
    state.position += next[0].length - (closing ?? '').length;
    if (closing !== undefined) return PHRASE_POSSESSIVES.has(folded) ? null : state.position;
  }
  return null;
}

/** Where a phrase name's reading stands: its end so far, its last word, whether a link was read (and right before). */
interface PhraseState {
  position: number;
  last: string;
  linked: boolean;
  afterLink: boolean;
  content: number;
}

/** A lower-case type word, then one capitalised word that is an ordinary word or a possessive, and nothing else yet. */
function phraseMayOpen(walk: Walk): boolean {
  if (!walk.kind.lower || walk.nameWords !== 1 || walk.previous !== 'name' || walk.connectors > 0 || walk.articleFirst) return false;
  const first = fold(walk.lastName);
  return PHRASE_POSSESSIVES.has(first) || isCommonWord(first);
}

/**
 * The phrase's end before `word`: a finite verb (`… Cultive ta Rue tiendra la buvette`: the sentence's; none after a
 * possessive), a word opened by an elided pronoun, a spaced dash, or a relative `qui` and its verb; undefined when the
 * phrase may go on.
 */
function phraseEndBefore(state: PhraseState, word: string, after: string): number | null | undefined {
  if (OPENS_LOWER.test(word) && isFiniteVerbForm(word)) return PHRASE_POSSESSIVES.has(fold(state.last)) ? null : state.position;
  if (ELIDED_CLITIC_WORD.test(word) || DASH_AFTER.test(after) || isVerbForm(RELATIVE_NEXT.exec(after)?.groups?.['verb'] ?? '')) return state.position;
  return undefined;
}

/** A link of the phrase: `de`/`des`/`du` or an elided `d'`/`l'` anywhere, an article right after the first word, `nos` after `de`. */
function isPhraseLink(state: PhraseState, folded: string, elided: boolean, count: number): boolean {
  if (state.afterLink) return PHRASE_PLURAL_POSSESSIVES.has(folded) && state.last === 'de';
  return elided || (PHRASE_LINKS.has(folded) && (folded.startsWith('d') || count === 0));
}

/**
 * Reads a link (and the word an elided one holds, `d'art`) into the state; false when the phrase cannot go on: a verb
 * before the link is the sentence's, and what it takes (`l'association Partage produit des repas,`).
 */
function readPhraseLink(state: PhraseState, length: number, folded: string, elidedWord: string | undefined): boolean {
  if ((elidedWord !== undefined && !phraseWord(elidedWord)) || (state.last !== '' && !state.afterLink && isVerbForm(state.last))) return false;
  state.linked = true;
  state.afterLink = elidedWord === undefined;
  state.content += elidedWord === undefined ? 0 : 1;
  state.last = elidedWord ?? folded;
  state.position += length;
  return true;
}

/**
 * Whether `word` goes on with the phrase: a phrase word; after a link in lower case (a capital there, `Partage de
 * Lyon`, is a place or another name, read by the connector rule); at most three words with no link, three content words.
 */
function phraseWordFits(state: PhraseState, word: string, count: number): boolean {
  if (!phraseWord(word) || (state.afterLink && !OPENS_LOWER.test(word))) return false;
  return (state.linked || count !== PHRASE_TAIL_WORDS) && state.content !== PHRASE_TAIL_WORDS;
}

/** `PTCE Terres Vives en Val de Loire.`: `en`/`à` + a place that closes the sentence or the line ends a PTCE's name. */
const CLOSING_PLACE = /^[ \t]*\n?[ \t]*(?:(?:la|le|les)[ \t]+|l['’]|d['’])?\p{Lu}[\p{L}'’-]*(?:[ \t]*\n?[ \t]*(?:(?:de|du|des|la|le|les)[ \t]+|[dl]['’])?\p{Lu}[\p{L}'’-]*){0,3}(?=[ \t]*(?:[.,;:!?()»"…]|\n|$))/u;

function closingTerritory(walk: Walk, token: Token): boolean {
  return walk.kind.territoryName === true && /^(?:en|à)$/u.test(token.word) && CLOSING_PLACE.test(rest(walk, token.end, 70));
}

/**
 * `Pôle de gestion des déchets et de recyclage des Coteaux`: after a capitalised head and only
 * lower-case words joined by connectors, a longer description reads on when it closes on
 * `de`/`en` + a capitalised place or territory (a body named by what it does, where); an article
 * inside the run (`fait rayonner la région`) is a verb's object, not a name.
 */
const LOWER_RUN_TO_PLACE = /^(?:[ \t]*\n?[ \t]*(?:(?!(?:la|le|les|un|une|se|sa|son|ses|qui|que|est|sont|a|ont)(?![\p{L}'’]))\p{Ll}+|[dl]['’]\p{Ll}+)){0,8}?[ \t]*\n?[ \t]*(?:de|du|des|en|d['’])[ \t]*\n?[ \t]*(?:(?:la|le|les)(?:[ \t]+|[ \t]*\n[ \t]*)|l['’])?(?<place>\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

/**
 * What `LOWER_RUN_TO_PLACE` needs, tested first because it runs in linear time: everything before
 * the place is lower-case letters, apostrophes and spaces, so the place is the first other
 * character, and right before it come the connector and the article. The full pattern can split a
 * word at every letter (its runs are lazy and its spaces optional): when it fails, it tries them
 * all (milliseconds on `… et solidaires dans le Gard`).
 */
const LOWER_THEN_PLACE = /^[\p{Ll} \t\n'’]*(?<=(?:de|du|des|en|d['’])[ \t]*\n?[ \t]*(?:(?:la|le|les)(?:[ \t]+|[ \t]*\n[ \t]*)|l['’])?)\p{Lu}\p{Ll}/u;

function describesTerritoryBody(walk: Walk, token: Token): boolean {
  if (walk.kind.lower || walk.kind.lowerNames || walk.nameWords > 0 || walk.connectors === 0 || walk.lowerRun > 10) return false;
  const after = rest(walk, token.end, 140);
  if (!LOWER_THEN_PLACE.test(after)) return false;
  const place = LOWER_RUN_TO_PLACE.exec(after)?.groups?.['place'];
  return place !== undefined && !HEAD_WORDS.has(fold(place)) && !TAIL_STOP.has(fold(place));
}

/** A year or a span of years (`2030`, `2021-2035`). */
const YEAR_OR_SPAN = /^(?:19|20)\d\d(?:-(?:19|20)\d\d)?$/u;
/** What closes a name's phrase right after its year: a comma, a full stop, a semicolon or a closing bracket or quote. */
const CLOSE_AFTER_YEAR = /^[ \t]*[,.;)»"]/u;

/**
 * `place-year`: `le Fonds de dotation Lyon 2030.`, `l'Agence Bretagne 2021-2035,`: a year (or a span of years) right
 * after a known place that ends the name, on its line and closing the phrase, is the name's own (an event's or a
 * plan's horizon); not after a head that is a place in lower case (`ville de Lille 2024`), nor in a heading.
 */
function placeYear(walk: Walk, token: Token): boolean {
  return walk.previous === 'name' && !walk.kind.place && !token.gap.includes('\n') && YEAR_OR_SPAN.test(token.word) &&
    isPlaceName(walk.lastName) && CLOSE_AFTER_YEAR.test(rest(walk, token.end, 4));
}

/** `Roue Verte 64`: a department number closes the name; another number is read over. */
function readNumber(walk: Walk, token: Token): Outcome {
  if (!/^\p{N}/u.test(token.word)) return 'skip';
  if (placeYear(walk, token)) {
    walk.lastGood = token.end;
    walk.position = token.end;
    return { stop: 'place-year' };
  }
  if ((walk.previous === 'name' || walk.departmentAhead) && DEPARTMENT.test(token.word) && (AFTER_DEPARTMENT.test(rest(walk, token.end, 16)) || townThenNumber(rest(walk, token.end, 40)))) {
    walk.lastGood = token.end;
    walk.position = token.end;
    return { stop: 'department-number' };
  }
  walk.previous = 'lower';
  return 'extend';
}

/** `communauté de communes de la Région d'Arly`: `Région` + `de` is the territory's own name, not a body. */
const TERRITORY_REGION = /^region[ \t]*\n?[ \t]*(?:d['’]|de[ \t]|du[ \t])/u;
/** `Préfecture de Région Bretagne`: an office of the State, `de`, then `Région` (lexicon/territory-words.ts). */
const REGION_SCOPED_BEFORE = new RegExp(`(?<![\\p{L}-])${alternation(REGION_SCOPED_HEADS)}[ \\t]*\\n?[ \\t]*de[ \\t]*\\n?[ \\t]*$`, 'u');

/** `Région` after an office scoped by it (`Préfecture de Région …`): the office's formal name goes on over it. */
function regionScope(walk: Walk, token: Token): boolean {
  return token.folded === 'region' && REGION_SCOPED_BEFORE.test(walk.text.slice(Math.max(0, walk.position - 40), walk.position));
}

/** `Station B (Aveyron)`, `Bâtiment C,`: one capital letter closes a name before a bracket or a comma. */
function readClosingLetter(walk: Walk, token: Token): Outcome {
  if (!/^\p{Lu}$/u.test(token.word) || walk.previous !== 'name' || !/^[ \t]*(?:\(|,|\)|\n|$)/u.test(rest(walk, token.end, 2))) return 'skip';
  walk.nameWords += 1;
  walk.lastGood = token.end;
  walk.previous = 'name';
  return 'extend';
}

/** `TERRES VIVES EN VAL DE LOIRE`: a connector in capitals between two words in capitals joins one name written in capitals. */
function readCapitalConnector(walk: Walk, token: Token): Outcome {
  if (!ALL_UPPER.test(token.word) || !CONNECTORS.has(token.word.toLowerCase()) || walk.previous !== 'name' || !/^\p{Lu}{2,}$/u.test(walk.lastName)) return 'skip';
  if (!/^[ \t]+(?:[DL]['’])?\p{Lu}{2,}(?![\p{Ll}])/u.test(rest(walk, token.end, 20))) return 'skip';
  walk.previous = 'connector';
  walk.connector = token.word.toLowerCase();
  walk.connectors += 1;
  return 'extend';
}

/** How a word is read as part of the name, tried in order; a word no rule reads ends the name. */
export const EXTEND_RULES: readonly ExtendRule[] = [
  { id: 'name-word', read: readNameWord },
  // Before the connectors and articles: a phrase name reads its own links (`Pieds de lune`, `Mangeons le bon pain`).
  { id: 'phrase-name', read: readPhraseName },
  { id: 'opening-article', read: readOpeningArticle },
  { id: 'place-article', read: readPlaceArticle },
  { id: 'and', read: readAnd },
  { id: 'connector', read: readConnector },
  { id: 'title-phrase', read: readTitlePhrase },
  { id: 'lower-word', read: readLowerWord },
  { id: 'number', read: readNumber },
  { id: 'capital-connector', read: readCapitalConnector },
  { id: 'closing-letter', read: readClosingLetter },
  { id: 'unread', read: () => ({ stop: 'unread-word' }) },
];
