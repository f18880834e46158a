/**
 * The words `scanName` (organisation-name-scan.ts) reads names with, and its looks ahead: what
 * joins a name, what ends it, which heads are places, and whether a name, a lower-case phrase or
 * a new entry follows a word.
 */
import { sportsClubEnd } from './sports-club.js';
import { fold } from '../../core/pattern.js';
import { LEGAL_FORM_HEADS, ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { MONTHS } from '../lexicon/months.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { isCommonWord, isPlaceName } from '../lexicon-lookup.js';
import { PLACES_SOURCE } from '../lexicon/places.js';
import { TERRITORY_NAME_WORDS } from '../lexicon/territory-words.js';
import { GAP } from '../patterns.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { opensWithMultiWordName, opensWithWellKnownName } from './well-known-starts.js';
import { ALL_UPPER, ALL_LOWER } from '../../core/word-shape.js';

/** The long form of `PTCE`, a head like `PTCE` itself. */
export const PTCE_HEADS = ['pôle territorial de coopération économique', 'pôle territorial de coopération economique'];

/** One word, a capital then lower-case letters only (`Tamis`; not `ADEME`, not `N`, not `eDoc`). */
export const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

export const CONNECTORS = new Set(['di', 'u', 'de', 'du', 'des', 'la', 'et', 'en', 'sur', 'à', 'aux', 'au', 'pour', 'un', 'une', 'le', 'les']);
export const LOCATIVES = new Set(['à', 'au', 'aux', 'en', 'sur']);
export const TAIL_STOP = new Set([
  ...['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cette', 'il', 'elle', 'nous', 'vous', 'ils', 'elles'],
  ...['on', 'phase', 'saison', 'et', 'ou', 'mais', 'donc', 'qui', 'que', 'merci', 'pour', 'avec', 'dans', 'sur', 'par', 'en'],
  ...['notre', 'nos', 'votre', 'vos', 'son', 'sa', 'ses', 'leur', 'leurs', 'contact', 'source', 'site', 'tel'],
  ...['quel', 'quels', 'quelle', 'quelles', 'comment', 'pourquoi', 'territoire', 'structure', 'nom', 'projet'],
  // `… de la communauté d'agglomération⏎Mesdames et Messieurs les élus`: a speech's address opens the next sentence.
  ...['mesdames', 'messieurs'],
  ...Object.keys(MONTHS).map(fold),
  // Full weekday names only: `mer`, `mar` abbreviations end names (`Caen la Mer`, `Berre Mar`).
  ...Object.keys(WEEKDAYS).filter((day) => day.length > 4).map(fold),
]);
/** Heads that are places when written in lower case (`la ville de Carvin`). */
export const PLACE_HEADS = new Set(['eurométropole', 'collectivité', 'ville', 'commune', 'région', 'département', 'mairie', 'métropole', 'conseil', 'centre', 'espace', 'parc', 'maison', 'école', 'union']);
/** Heads of institutions whose names are lower-case words (`secrétariat d'État à l'économie sociale`). */
export const LOWER_NAME_HEADS = new Set(["secrétariat d'état", 'ministère', 'direction régionale et interdépartementale', 'direction régionale', 'direction départementale', 'direction interdépartementale', 'direction interrégionale', 'direction territoriale', 'agence']);
/** Heads after which the name must start at once with a capital (`PTCE Anima`, `l'association Les Anges Gardins`). */
export const NAME_FIRST_HEADS = new Set(['ptce', ...PTCE_HEADS, ...LEGAL_FORM_HEADS]);
/** The one-word type words, folded (`recyclerie`, `association`): to look up a single word. */
export const ONE_WORD_HEADS: ReadonlySet<string> = new Set(ORGANISATION_HEADS.filter((head) => !/[\s'’]/u.test(head)).map(fold));
export const HEAD_FIRST_WORDS = new Set(ORGANISATION_HEADS.map((head) => fold(head).split(' ')[0] ?? ''));
export const HEAD_WORDS = new Set(ORGANISATION_HEADS.flatMap((head) => [fold(head), `${fold(head)}s`]));
export const PROGRAMME_BEFORE = /(?:appels?\s+à\s+(?:projets?|manifestation\s+d'intérêt|candidatures?)|programme|dispositif|plan|AMI|AAP)\s+$/iu;
/** Whether a name (a capital, or `de`/`d'` + capital) follows `offset`. */
export function startsName(text: string, offset: number): boolean {
  return /^[ \t]*\n?[ \t]*(?:\p{Lu}|(?:de|du|des)[ \t]+\p{Lu}|[dl]'\p{Lu})/u.test(text.slice(offset, offset + 12));
}

/** A lower-case word of three letters or more. */
const LOWER_WORD = /^\p{Ll}{3,}$/u;
/**
 * Whether a lower-case phrase follows `offset`: after a connector (`aux entreprises`) or on the
 * next line (`⏎solidaire D. Martin`). A lower-case word right after a name on the same line, or
 * one taking an object on the next, is the verb of the sentence (`Jeunesse accueille les…`).
 */
export function opensLowerPhrase(text: string, offset: number): boolean {
  const next = /^(?<connectors>(?:[ \t]*\n?[ \t]*(?:(?:de|du|des|aux|au|en|à|et|pour)(?=\s)|[dl]['’]))*)[ \t]*(?<newline>\n?)[ \t]*(?<word>[\p{L}]+)/u.exec(text.slice(offset, offset + 40));
  const word = next?.groups?.['word'] ?? '';
  if (next === null || !LOWER_WORD.test(word) || TAIL_STOP.has(fold(word))) return false;
  // `X Levant pour livrer…`: `pour` and an infinitive are the sentence going on, not a next cell.
  if (/^\s*pour$/u.test(next.groups?.['connectors'] ?? '') && /(?:er|ir|re)$/u.test(word)) return false;
  // `Quadrant Conseil et conduite entre…`: `et` + a participle and a preposition is the sentence going on.
  if (/^\s*et$/u.test(next.groups?.['connectors'] ?? '') && /^[ \t]*\n?[ \t]*(?:entre|par|en|à|au|avec|pour|dans|le|la|les|l'|des|du|de)(?![\p{L}])/u.test(text.slice(offset + next[0].length, offset + next[0].length + 10))) return false;
  if (next.groups?.['connectors'] === '') {
    if (next.groups['newline'] === '') return false;
    if (/^[ \t]+(?:le|la|les|l'|un|une|des|du|ses|son|sa|leur|leurs|ce|cette|ces|à|au|aux|en|que|qui)(?![\p{L}])/u.test(text.slice(offset + next[0].length, offset + next[0].length + 8))) return false;
  }
  // `Solidaire du pays de Bray`: the lower-case words lead back to a capital, the name goes on.
  return !/^[ \t]*\n?[ \t]*(?:de|du|des|d')[ \t]*\n?[ \t]*\p{Lu}/u.test(text.slice(offset + next[0].length, offset + next[0].length + 12));
}

/** After a type word opening a line: a number, a dash, a capital or an adjective, not the sentence going on. */
export function startsEntry(text: string, offset: number): boolean {
  const next = /^[ \t]*(?<token>\S+)/u.exec(text.slice(offset, offset + 30))?.groups?.['token'];
  if (next === undefined) return false;
  if (/^[\p{N}–—-]|^\p{Lu}/u.test(next)) return true;
  if (/^(?:de|du|des)$/u.test(next)) return true;
  return ALL_LOWER.test(next) && !TAIL_STOP.has(fold(next)) && !CONNECTORS.has(next) && !/(?:ent|ont)$/u.test(next);
}

/** `… et du Pays de Saillans`: a connector (then an article) and a capitalised word that is no type word. */
export function continuesTerritory(text: string, offset: number): boolean {
  const next = /^(?=\s)[ \t]*\n?[ \t]*(?:(?:la|le|les)[ \t]+|l['’])?(?<word>\p{Lu}[\p{L}-]*)/u.exec(text.slice(offset, offset + 30));
  const word = next?.groups?.['word'];
  return word !== undefined && !ALL_UPPER.test(word) && !HEAD_WORDS.has(fold(word));
}

let shortPlaces: ReadonlySet<string> | null = null;

/**
 * `Romans`, `Châlons`: a town written by the first part of its compound name (`Romans-sur-Isère`,
 * `Châlons-en-Champagne`): the part before a link word, folded.
 */
function isShortPlace(word: string): boolean {
  shortPlaces ??= new Set(PLACES_SOURCE.split('|').flatMap((place) => /^(?<first>[^-]{3,})-(?:sur|sous|en|les|lès|lez|le|la|de|du|des|aux|au|d')-/u.exec(place)?.groups?.['first'] ?? []));
  const folded = fold(word);
  // `Val-de-Reuil`, `Pays-de-…`: first words of territories' names (`en Val de Loire`) are no town.
  return shortPlaces.has(folded) && !TERRITORY_NAME_WORDS.has(folded);
}

/** A commune, department or region, or a town by the first part of its compound name. */
/** `Lyon-Villeurbanne`: two towns joined by a hyphen (an area named by its towns) are a place too. */
const joinsPlaces = (word: string): boolean => word.includes('-') && word.split('-').every((part) => part.length > 1 && isPlaceName(part));
export const isPlaceLike = (word: string): boolean => isPlaceName(word) || isShortPlace(word) || joinsPlaces(word);

/** The capitalised word after a locative, on the same line or the next (GAP). */
const AFTER_LOCATIVE = new RegExp(`^${GAP}(?<word>\\p{Lu}[\\p{L}'’-]*)`, 'u');

/** `aux Herbiers`, `au Mans`: `aux`/`au` hold the article of a place named with one (`Les Herbiers`, `Le Mans`). */
function placeAfterContraction(text: string, offset: number, word: string): boolean {
  const locative = /(?:^|[^\p{L}])(?<locative>aux|au)$/u.exec(text.slice(Math.max(0, offset - 4), offset))?.groups?.['locative'];
  if (locative === undefined) return false;
  return locative === 'aux' ? isPlaceName(`Les ${word}`) : isPlaceName(`Le ${word}`);
}

/** `à` right before the offset (the locative just read). */
const A_BEFORE = /(?:^|[^\p{L}])à$/u;
/** Closing punctuation or a line's end after a word. */
const CLAUSE_END_AFTER = /^[ \t]*(?:[.,;:)]|\n|$)/u;

/**
 * `Groupe Kalvéo à Vernoux.`: after `à`, a capitalised word no dictionary knows that closes the clause is a small
 * commune the places' lexicon lacks (it holds communes of 1 000 inhabitants or more), where the body is; a word of the
 * language there is the name's (`La Fabrique à Neuf.`).
 */
function unknownPlaceClosing(text: string, offset: number, word: string, end: number): boolean {
  if (!A_BEFORE.test(text.slice(Math.max(0, offset - 2), offset))) return false;
  if (saintPlace(text, word, end)) return true;
  return !isCommonWord(word) && (CLAUSE_END_AFTER.test(text.slice(end, end + 3)) || PREPOSITION_AFTER.test(text.slice(end, end + 12)));
}

/**
 * After the place: a preposition opening the sentence's next phrase (`… à Vernouzac pour présenter`, `à Kerbic aux
 * Abymes`), which a name's last word is seldom followed by; the unknown word before it is the place where the body is.
 */
const PREPOSITION_AFTER = /^[ \t]+(?:pour|avec|afin|dans|depuis|lors|chez|pendant|durant|aux|au)(?![\p{L}'’-])/u;
/** `Saint`, `St`, `Sainte`, `Ste`: the first word of a saint-named commune. */
const SAINT_WORD = /^(?:Saint|Sainte|St|Ste)$/u;

/**
 * `à St Martin du Bois`, `à Sainte Anne`, `à St-Brice`: thousands of communes are named after a saint, and a
 * text writes them with spaces or the abbreviation the places' lexicon does not hold; after `à` they are where the
 * body is, not a word of its name.
 */
function saintPlace(text: string, word: string, end: number): boolean {
  const parts = word.split('-');
  if (!SAINT_WORD.test(parts[0] ?? '')) return false;
  return parts.length > 1 ? /^\p{Lu}/u.test(parts[1] ?? '') : /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3));
}

/** After `en`/`à`: a capitalised word that is no place, no type word and no month (`en Transition`, not `à Amiens`, `à Romans`). */
export function continuesAfterLocative(text: string, offset: number): boolean {
  // The word may open the next line: the text layer wraps anywhere (`Kalimba en⏎Gohelle`).
  const after = AFTER_LOCATIVE.exec(text.slice(offset, offset + 30));
  const word = after?.groups?.['word'];
  if (word === undefined || unknownPlaceClosing(text, offset, word, offset + (after?.[0].length ?? 0))) return false;
  return !ALL_UPPER.test(word) && !isPlaceLike(word) && !placeAfterContraction(text, offset, word) && !HEAD_WORDS.has(fold(word)) && !TAIL_STOP.has(fold(word));
}

/** `chargée de`, `membre du`, `basé à`: a participle or a role after a name, not a word of it (`Centres sociaux de…`). */
export function isRoleWord(word: string): boolean {
  return /(?:é|ée|és|ées|ant|ent)$/u.test(word) || /^(?:responsable|membre|président|adjoint|partenaire)s?$/u.test(word);
}

/**
 * `CRESS Occitanie et Montpellier Méditerranée⏎Métropole`: after `et`, a capitalised run holding a
 * type word (`Métropole`, `Agglomération`) is another body, not more of the name.
 */
export function startsOtherBody(text: string, offset: number): boolean {
  const run = /^(?:[ \t]*\n?[ \t]*\p{Lu}[\p{L}'’-]*){1,4}/u.exec(text.slice(offset, offset + 80))?.[0] ?? '';
  const words = run.trim().split(/\s+/u);
  // `… de la Loire et Lunel métropole`: the type word in lower case right after the capitalised run.
  const lowerNext = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?<word>\p{Ll}+)/u.exec(text.slice(offset + run.length, offset + run.length + 20))?.groups?.['word'];
  if (run !== '' && lowerNext !== undefined && BODY_AFTER_AND.has(fold(lowerNext))) return true;
  // `Conseil départemental de l'Aude et Président du GIP…`: one office opening the phrase after `et` is a person's, no word of the name.
  if (words.length === 1 && SINGLE_OFFICES.has((words[0] ?? '').toLowerCase()) && OF_AFTER_OFFICE.test(text.slice(offset + run.length, offset + run.length + 8))) return true;
  // `Fondation X et France Active…`: a well-known body after `et` is another organisation.
  if (opensWithMultiWordName(words)) return true;
  // `… de la Somme et US Amiens`: a sports club (its initials and town) is another body.
  if (sportsClubEnd(text, offset + (/^[ \t]*\n?[ \t]*/u.exec(text.slice(offset, offset + 8))?.[0].length ?? 0)) !== null) return true;
  return words.length >= 2 && words.slice(1).some((word) => BODY_AFTER_AND.has(fold(word)));
}

/** `Fondation Agir et France Active Savoie`: after `et`, a well-known body's name is another body. */
export function startsWellKnown(text: string, offset: number): boolean {
  const after = text.slice(offset, offset + 40).replace(/^[ \t]*\n?[ \t]*/u, '');
  if (opensWithWellKnownName(after)) return true;
  // `… de la Fondation de Lorraine et de la Nef`: the preposition repeated after `et` opens the second name, whose
  // article the gazetteer writes with a capital (`La Nef`).
  const second = /^(?:de|du|des)[ \t]+(?<rest>(?:la|le|les)[ \t]+\p{Lu}.*)$/su.exec(after)?.groups?.['rest'];
  return second !== undefined && opensWithWellKnownName(second.charAt(0).toUpperCase() + second.slice(1));
}

/** `… et le ministère de…`, `… et la Fondation…`: after `et`, an article then a type word opens another body. */
export function articleThenHead(text: string, offset: number): boolean {
  const word = /^[ \t]*\n?[ \t]*(?<word>\p{L}+)/u.exec(text.slice(offset, offset + 30))?.groups?.['word'];
  return word !== undefined && HEAD_FIRST_WORDS.has(fold(word));
}

const BODY_AFTER_AND = new Set(['metropole', 'agglomeration', 'agglo', 'agglopole', 'communaute', 'eurometropole']);
/** One office held by one person (lexicon/roles.ts, singular), which a name's `et` never joins: `et Présidente de…`. */
const SINGLE_OFFICES: ReadonlySet<string> = new Set([...ROLE_NOUNS].filter((role) => !/[sx]$/u.test(role)));
/** `du`, `de la`, `de l'`, `d'` right after the office: the body it is held in. */
const OF_AFTER_OFFICE = /^[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|d['’])/u;

/** `Pas à pas 93,`: lower-case words, then a department number ending the name. */
export function endsOnDepartment(text: string, offset: number): boolean {
  return /^(?:[ \t]+\p{Ll}+){1,2}[ \t]+(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?=[ \t]*[,;.)]|\t|[ \t]{2,}|[ \t]*\n|$)/u.test(text.slice(offset, offset + 40));
}
