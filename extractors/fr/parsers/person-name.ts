/**
 * `Odile Ferrand`, `Nordine BOUKHATEB`, `Quentin DE BEAUCHAMP-RIVIÈRE`, `Monsieur Rachid
 * CHERFAOUI`, `Jean-Michel\nBONDU`, `Marie\nHélène Dufour`: a known first name, then a capitalised or upper-case
 * surname (hyphenated, with a particle: `Rachid El Ouafi`, `Manon Da Costa`), possibly on the next line, after an optional title.
 * Two given names (`Thi Mai Pham`) when both are known; a Vietnamese middle part (`Tran Van Minh`).
 * OCR may glue a given name to the surname (`ClaireDerian`, `ClaireDERIAN`). An elided particle is glued to the
 * surname it opens (`Nathalie d'Aubigny`), which must then be no common word (`d'Abord`).
 */
import { alternation, CAPITAL_AHEAD, compile, endsWithWord, fold, WRAP_GAP } from '../../core/pattern.js';
import { NON_UNIT_WORDS } from '../lexicon/function-words.js';
import { PAGE_FURNITURE_WORDS } from '../lexicon/page-furniture.js';
import { PLACE_AND_PERSON_NAMED_HEADS, PLACE_HEAD_QUALIFIERS, PLACE_HEADS, SAINT_WORDS } from '../lexicon/place-heads.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';
import { FORMER_REGIONS } from '../lexicon/territory-words.js';
import { BODY_ROLES_BEFORE_OF, BUSINESS_HEADS, PERSON_NAMED_BODY_HEADS, PERSON_NAMED_BODY_QUALIFIERS } from '../lexicon/organisation-cues.js';
import { NAME_PARTICLES, particleForms } from '../lexicon/name-particles.js';
import type { Candidate, Parser } from '../../core/types.js';
import { WORD_FIRST_NAMES } from '../lexicon/ambiguous-first-names.js';
import { CIVIL_TITLES, PLURAL_CIVIL_TITLES, TITLES } from '../lexicon/titles.js';
import { NON_ORGANISATION_ACRONYMS, ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { isCountryName } from '../lexicon/countries.js';
import { isCommonWord, isPlaceName, isSurname, isWideArea } from '../lexicon-lookup.js';
import { afterAreaElision, isAmbiguousFirstName, isFirstName, isSurnameCandidate, nearRole, naturalCase } from '../names.js';

const TITLE = alternation(TITLES.filter((title) => title !== 'Me'));
/** A given name, maybe compound; a text layer may leave a space after its hyphen (`Jean- Luc`, joined back by `joinedGiven`). */
const FIRST = '\\p{Lu}\\p{Ll}+(?:-[ \\t]?\\p{Lu}\\p{Ll}+)?';
/** A surname word; a line-end hyphenation (`Lefeb- vre`) joins a lower-case rest of two letters or more. */
const SURNAME_WORD = "\\p{Lu}(?:[\\p{Ll}\\p{Lu}]|['-](?=\\p{Lu}))+(?:-[ \\t]*\\p{Ll}{2,}(?=[\\s,.;:)]))?";
/** The hyphen and space of a line-end hyphenation inside a surname. */
const HYPHENATION = /-[ \t]*(?=\p{Ll})/gu;
/** Surname particles (lexicon/name-particles.ts) in three casings, and `d'`. */
const PARTICLE = `(?:${alternation(particleForms(true))}|d')`;
const BREAK = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';
/** `d'Aubigny`, `de l'Étang`: an elided particle glued to the surname. */
const ELIDED = "(?:[dl]['’](?=\\p{Lu}))";
/**
 * A scan may read a blank line between a given name ending a line and its surname (`Coralie⏎⏎VAUTRIN`):
 * allowed only before a surname in capitals, the `Prénom NOM` convention, which no paragraph opens on.
 */
const SCAN_GAP = '[ \\t]*\\n[ \\t]*\\n[ \\t]*(?=\\p{Lu}{2,}(?![\\p{Ll}]))';
/** `Tran Van Minh`, `Tran Thi Mai`: the middle part of Vietnamese names, after the family name. */
const MIDDLE = '(?:Van|Văn|Thi|Thị|VAN|THI)';
/**
 * A civil title opens the next name, never ends this one: `Madame Lisette Varnier⏎Monsieur Roux` is two people (the
 * pair before the title is not two given names and `Monsieur` no surname), as a list of attendees writes one a line.
 */
const NOT_A_TITLE = `(?!${alternation([...Object.keys(CIVIL_TITLES), ...Object.keys(PLURAL_CIVIL_TITLES), 'Messieurs', 'Mesdames'])}(?![\\p{L}]))`;
const PATTERN =
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}@.-])(?:(?<title>${TITLE})[ \\t]+)?(?<first>${FIRST}(?:${BREAK}${FIRST})?)(?:${BREAK}|${SCAN_GAP}|(?<glued>)(?=\\p{Lu}\\p{Ll}{2}|\\p{Lu}{4,}(?!\\p{Ll})))` +
  `(?<last>${NOT_A_TITLE}(?:${PARTICLE}${BREAK}){0,2}${ELIDED}?${SURNAME_WORD}(?:[ \\t]+${MIDDLE}[ \\t]+${SURNAME_WORD})?)(?<tail>(?:[ \\t]+(?:DE|DU|DES)[ \\t]+|(?<=-(?:DI|DA|DE|DEL|DOS|LE|LA|EL|VAN))${BREAK})\\p{Lu}{2,}(?:-\\p{Lu}{2,})*)?(?![\\p{L}\\p{N}@]|\\.\\p{L})`;

/**
 * `Denis MARTEL DE JANVILLE`: a surname in capitals joined to a second one by a particle in capitals,
 * as the `Prénom NOM` convention writes a compound family name; likewise after a hyphen and a short
 * particle (`Lise FAURE-DI LUCCA`, `Anne MORVAN-LE GOFF`), also across a line break. Not a place (`MARTEL DE BREST`) and not
 * a common word (`DUPONT DE NOUVEAU`); a lower-case `de` after a name is prose (`Jean Dupont de Brest`).
 */
function nobleTail(last: string, tail: string | undefined): boolean {
  if (tail === undefined || last !== last.toUpperCase()) return false;
  const word = tail.trim().split(/\s+/u).pop() ?? '';
  if (isPlaceName(word.toLowerCase()) || isPlaceName(naturalCase(word))) return false;
  // After a hyphenated particle (`FAURE-DI MARIA`) a known given or family name is a name even when a common word.
  const afterHyphen = !/^\s+(?:DE|DU|DES)\s/u.test(tail);
  return word.split('-').every((part) => !isCommonWord(part.toLowerCase()) || (afterHyphen && (isFirstName(naturalCase(part)) || isSurname(naturalCase(part)))));
}

/** Where the match ends without the compound tail (`DE JANVILLE`) it may hold. */
const endBeforeTail = (match: RegExpExecArray, tail: string | undefined): number => match.index + match[0].length - (tail?.length ?? 0);

/** The surname and its end with the capitals' compound tail joined, when read whole (not cut back to the second given name). */
function withTail(read: { last: string; end: number }, whole: { last: string; end: number }, tail: string | undefined): { last: string; end: number } {
  if (tail === undefined || read.end !== whole.end || read.last !== whole.last || !nobleTail(read.last, tail)) return read;
  return { last: `${read.last} ${tail.trim()}`, end: read.end + tail.length };
}

/** A surname that opens on a lower-case particle (`du Roc`, `de Saint-Aulaire`, `de La Tour`). */
const PARTICLE_SURNAME = /^(?:de|du|des|d['’])[ \t]/u;
/** A second lower-case particle and a capitalised word after such a surname (` de Vallon`, ` du Tertre`). */
const PARTICLE_TAIL = /^[ \t]+(?:de|du|des)[ \t]+(?<word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}'’-])/u;

/**
 * `Jeanne du Roc de Vallon`, `Lise de Montval du Tertre`: a surname that opens on a particle goes on
 * with a second particle and a capitalised word, as a compound family name is written; not when
 * that word is a place (`Marie du Roc de Lyon` comes from Lyon). A surname with no particle keeps
 * `de` + a word as prose (`Jean Dupont de Brest`). The surname and its end, longer or as read.
 */
function withParticleTail(text: string, read: { last: string; end: number }): { last: string; end: number } {
  if (!PARTICLE_SURNAME.test(read.last)) return read;
  const found = PARTICLE_TAIL.exec(text.slice(read.end, read.end + 60));
  const word = found?.groups?.['word'];
  if (found === null || word === undefined || isPlaceName(word) || isPlaceName(word.toLowerCase())) return read;
  return { last: `${read.last}${found[0]}`, end: read.end + found[0].length };
}

/** A surname written as one capitalised word (`Carrel`, `Amrani-Roux`), which a second surname may follow. */
const PLAIN_SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
/**
 * A second surname after a space: a capitalised word, or a capitalised particle and one
 * (` Vandamme`, ` Le Goff`, also `Le⏎Goff` in a narrow column), that no capitalised word follows (a list of names, a heading, a table row).
 */
const SECOND_SURNAME = new RegExp(
  `^[ \t](?<particle>${alternation(particleForms(false).filter((form) => form !== form.toUpperCase()))}${BREAK})?` +
    "(?<word>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)(?![\\p{L}\\p{N}@'’-]|[ \\t]+\\p{Lu})",
  'u',
);
const ORGANISATION_HEAD_WORDS: ReadonlySet<string> = new Set(ORGANISATION_HEADS.filter((head) => !head.includes(' ')));

/** Whether `word` can be a second surname: a surname, or no common word, given name, place, role or organisation head. */
function secondSurnameWord(word: string): boolean {
  if (!isSurnameCandidate(word) || isFirstName(word) || isAmbiguousFirstName(word) || isPlaceName(word)) return false;
  if (ORGANISATION_HEAD_WORDS.has(word.toLowerCase())) return false;
  return isSurname(word) || !isCommonWord(word.toLowerCase());
}

/**
 * `Sophie Carrel Vandamme`, `Lucie Amrani Le Goff`: a double family name, as written without its hyphen;
 * not a place (`Jean Dupont Lyon`), an organisation's first word or a common word (`Marie Martin Association`,
 * `Jean Dupont Ensuite`). Only after a one-word capitalised surname. The surname and its end, longer or as read.
 */
function withSecondSurname(text: string, read: { last: string; end: number }): { last: string; end: number } {
  if (!PLAIN_SURNAME.test(read.last)) return read;
  const found = SECOND_SURNAME.exec(text.slice(read.end, read.end + 60));
  const word = found?.groups?.['word'];
  if (found === null || word === undefined || !secondSurnameWord(word) || isPlaceName(found[0].trim().replace(/\s+/gu, ' '))) return read;
  return { last: `${read.last}${found[0]}`, end: read.end + found[0].length };
}

/** `Van Minh`: a Vietnamese middle part and the surname, all of the surname group. */
const MIDDLE_AND_SURNAME = new RegExp(`^${MIDDLE}[ \\t]+${SURNAME_WORD}$`, 'u');

/**
 * Words before a name that make it a street, school or place name, also at the end of the line before (`4 rue⏎Jean Moulin`),
 * and with an adjective between (`centre social Louise Michel`).
 */
const PLACE_BEFORE = endsWithWord(PLACE_HEADS, `(?:[ \\t]+${alternation(PLACE_HEAD_QUALIFIERS)})?[ \\t]*\\n?[ \\t]*`);
/**
 * `l'entreprise Paul Garnier`, `président fondateur de Lise Moreau`: a business's kind, or a role held in
 * a body and `de`, right before the pair make it a body's name (a firm named after its founder), no person.
 */
const BODY_BEFORE = endsWithWord(BUSINESS_HEADS, '[ \\t]*\\n?[ \\t]*');
const BODY_ROLE_OF_BEFORE = endsWithWord(BODY_ROLES_BEFORE_OF, '[ \\t]*\\n?[ \\t]*de[ \\t]*\\n?[ \\t]*');
/** How far before a name its place head (and qualifier) is looked for. */
const PLACE_REACH = 40;
/** How far before a name an institution, its place and a role held in it are looked for. */
const INSTITUTION_REACH = 90;
/**
 * `Saint - Anselme des Prés`, `du Santa Lucia Maria`: a saint's word before the pair, maybe with the hyphen
 * a text layer spaces out (`Saint - `), makes it a parish's, a place's or a ship's name (id `saint-before`).
 */
const SAINT_BEFORE = endsWithWord(SAINT_WORDS, '[ \\t]*(?:[-‐–][ \\t]*)?\\n?[ \\t]*');
/** A word written with its first letter in either case (`[Uu]niversité`), the rest as given. */
const eitherCaseFirst = (word: string): string => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
/**
 * `université de Picardie Jules Verne`, `Université Toulouse 2 Jean Jaurès`: an institution's word, its town or
 * region (maybe after `de`, with a number) right before the pair (id `institution-place-before`); the place is checked by `institutionPlaceBefore`.
 */
const INSTITUTION_PLACE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?<head>${PLACE_AND_PERSON_NAMED_HEADS.map(eitherCaseFirst).join('|')})${WRAP_GAP}(?:(?:de|du)${WRAP_GAP}|d['’])?` +
    `(?<place>\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?)(?:[ \\t]+\\d{1,2})?[ \\t]*\\n?[ \\t]*$`,
  'u',
);
/** A role held in the institution right before its word (`le président de l'université de Lille Jean Roux`): the pair may be that person. */
const ROLE_OF_BEFORE = /(?<role>\p{L}+)[ \t]+(?:de[ \t]+l['’]|du[ \t]+|de[ \t]+la[ \t]+)$/u;

/** `l'université de Picardie Jules Verne`: an institution and a known place before the pair, with no role held in it before them. */
function institutionPlaceBefore(before: string): boolean {
  const found = INSTITUTION_PLACE_BEFORE.exec(before);
  const place = found?.groups?.['place'];
  if (found === null || place === undefined) return false;
  const lastWord = place.split(/[ \t]+/u).pop() ?? '';
  if (!isPlaceName(place) && !isPlaceName(lastWord) && !FORMER_REGIONS.has(fold(place))) return false;
  const role = ROLE_OF_BEFORE.exec(before.slice(0, found.index + found[0].indexOf(found.groups?.['head'] ?? '')))?.groups?.['role'];
  return role === undefined || !ROLE_NOUNS.has(role.toLowerCase());
}

/** A surname after an ambiguous given name (`Claude`, `Anne`) must be no common word, place or given name: `Anne Lauvergeon`, not `Rose Trémière`. */
function clearSurname(core: string): boolean {
  // `Anne Frank`, `Anne Sophie`: a second given name makes a compound or a school's name.
  if (isFirstName(core) || isFirstName(naturalCase(core))) return false;
  return isSurname(core) || core.split('-').every((part) => (!isCommonWord(part.toLowerCase()) || capitalsSurname(part)) && !isPlaceName(part) && !isPlaceName(naturalCase(part)));
}

/**
 * `Anne VERDALON`, `Claude MORVIC`: a surname in capitals of four letters or more after a given name, the `Prénom NOM`
 * convention, is a family name even when a word spells it (`capitals-surname`); not a known acronym (`Anne CAF`).
 */
const capitalsSurname = (part: string): boolean =>
  part.length >= 4 && part === part.toUpperCase() && !KNOWN_ORGANISATION_ACRONYMS.has(part) && !NON_ORGANISATION_ACRONYMS.has(part);

/** An elided `d'` or `l'` and the capitalised word ending a text. */
const ELIDED_CAPITALISED = /(?:^|\s)[dl]['’](?<rest>\p{Lu}\p{L}*)$/u;
/** `d'Abord`, `d'Ailleurs`: an elided common word, no surname (`d'Aubigny`, `d'Ormesson` are none). */
function elidedCommonWord(last: string): boolean {
  const elided = ELIDED_CAPITALISED.exec(last);
  return elided !== null && isCommonWord((elided.groups?.['rest'] ?? '').toLowerCase());
}

/**
 * `Marcel Partager`, `Lucie Envoyer un e-mail`: a web page's button or menu word run on after a
 * given name (a venue or a contact named after a person), no surname unless a known one.
 */
const furnitureWord = (core: string): boolean => PAGE_FURNITURE_WORDS.has(fold(core)) && !isSurname(core);

/** Endings of a feminine word saying where a body is from (`mahoraise`, `lilloise`, `parisienne`, `lorraine`, `bretonne`). */
const FEMININE_ORIGIN = /(?:aise|oise|ienne|éenne|aine|onne)$/u;
/**
 * `l'association Lise Moreau`, `l'association bretonne Jean Vidal`: a body's kind (maybe with one word saying its sort or
 * origin) and a capitalised pair; the pair's given name and surname, space-separated (`pair-named-body`). A line may wrap
 * after the word of sort or origin (`l'association bretonne⏎Jean Vidal`), not after the bare kind: a kind ending a line and
 * a pair opening the next is a signature or a byline (`les bénévoles de l'association⏎Lise Moreau, présidente`, `le mot du
 * président du club⏎Paul Roux revient…`), a person.
 */
const NAMED_BODY = new RegExp(
  `(?<![\\p{L}])(?:${PERSON_NAMED_BODY_HEADS.map(eitherCaseFirst).join('|')})(?:[ \\t]+(?<qualifier>\\p{Ll}[\\p{Ll}-]{3,})[ \\t]*\\n?[ \\t]*|[ \\t]+)` +
    `(?<pair>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ \\t]*\\n?[ \\t]*\\p{Lu}[\\p{L}'’-]*)`,
  'gu',
);
/** Whether `word` between a body's kind and its name says its sort or origin. */
const bodyQualifier = (word: string | undefined): boolean =>
  word === undefined || PERSON_NAMED_BODY_QUALIFIERS.includes(word) || (word.length >= 6 && FEMININE_ORIGIN.test(word));
/** A pair as compared: its words, lower case, one space apart. */
const pairKey = (pair: string): string => pair.trim().split(/\s+/u).join(' ').toLowerCase();
/** The last page read and the pairs it names as bodies: person-name reads one page at a time. */
let namedBodies: { readonly text: string; readonly pairs: ReadonlySet<string> } | null = null;

/**
 * Whether the page names the pair `first last` as a body (`l'association Mona Verel`), anywhere: one sense per page, so
 * `avec Mona Verel` elsewhere on it is the body too, as a members' body is often named after a figure or its founder.
 */
function namedBodyOnPage(text: string, first: string, last: string): boolean {
  if (namedBodies?.text !== text) {
    const pairs = new Set<string>();
    for (const found of text.matchAll(NAMED_BODY)) if (bodyQualifier(found.groups?.['qualifier'])) pairs.add(pairKey(found.groups?.['pair'] ?? ''));
    namedBodies = { text, pairs };
  }
  return namedBodies.pairs.size > 0 && namedBodies.pairs.has(pairKey(`${first} ${last}`));
}

/** Lower-case particles opening a surname (`de Radio`, `du Lac`, `d'Orsay`), maybe at a line's end (`du⏎Lac`). */
const LOWER_PARTICLE_SURNAME = /^(?:de|du|des)\s+(?<word>\p{Lu}[\p{L}'’-]*)$|^d['’](?<elided>\p{Lu}[\p{L}'’-]*)$/u;
/** The capitalised word after a lower-case particle ending a surname (`de Radio` → `Radio`, `d'Orsay` → `Orsay`), if any. */
function wordAfterParticle(last: string): string | undefined {
  const found = LOWER_PARTICLE_SURNAME.exec(last);
  return found?.groups?.['word'] ?? found?.groups?.['elided'];
}

/**
 * `Odile Bernard de Radio Lagune`, `Paul Thomas de Pont Levant`: two given names read before a lower-case particle and a
 * common word that is no known surname are one given name and a surname (the second one, also a family name), and the
 * particle opens the body or place the person is from (`particle-common-word`).
 */
function particleOnCommonWord(last: string): boolean {
  const word = wordAfterParticle(last);
  return word !== undefined && isCommonWord(word.toLowerCase()) && !isSurname(word);
}

/** A department's, a region's or a country's name (`du Bas-Rhin`, `de Bretagne`, `du Sénégal`). */
const isTerritory = (word: string): boolean => isWideArea(word) || isCountryName(word);

/**
 * `Amy du Sénégal`, `Rose du Morbihan`: a given name and a lower-case particle before a department, a region or a country
 * name a body's branch or a group from there, not a person (noble names come from estates and villages: `Anne de Valmorin`).
 */
function particleTerritory(last: string): boolean {
  const word = wordAfterParticle(last);
  return word !== undefined && isTerritory(word);
}

/** A comma or a bracket, then within three words a role noun: `…, nouvelle directrice`, `(trésorier)`. */
const ROLE_APPOSITION = /^[ \t]*[,(][ \t]*(?<words>(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+)/u;

/**
 * Whether a role follows the name in apposition (`Hélène de Vienne, directrice`): a person whose family name is a
 * territory's (`de Vienne`, `de Savoie`), not a group or a branch from there.
 */
function roleApposed(text: string, end: number): boolean {
  const words = ROLE_APPOSITION.exec(text.slice(end, end + 48))?.groups?.['words'] ?? '';
  return words.toLowerCase().split(/[ \t]+/u).some((word) => ROLE_NOUNS.has(word));
}

/** A given name read as a name only before a clear surname: an ambiguous one, or one a word of the texts spells (`Blanche`, `Bon`). */
const ambiguousHere = (word: string): boolean => isAmbiguousFirstName(word) || WORD_FIRST_NAMES.has(word);

/** Whether `first` (every given name) and `last` (its last word) make a name. */
function isName(first: string, last: string): boolean {
  const lastWords = last.split(/\s+/u);
  const core = lastWords[lastWords.length - 1] ?? '';
  const given = first.split(/\s+/u);
  if (!given.every((word) => (isFirstName(word) && !WORD_FIRST_NAMES.has(word)) || (ambiguousHere(word) && clearSurname(core)))) return false;
  if (!isSurnameCandidate(core) || furnitureWord(core)) return false;
  return !(isFirstName(core) && core === core.toUpperCase() && core.length < 3) && !elidedCommonWord(core);
}

function unknownNamePair(first: string, last: string): boolean {
  const core = last.split(/\s+/u).pop() ?? '';
  return !isCommonWord(first.toLowerCase()) && !isCommonWord(core.toLowerCase()) && isSurnameCandidate(core) && isSurnameCandidate(first);
}

/**
 * `Jean- Luc` → `Jean-Luc`: a text layer may keep the space a line end left after a compound given name's hyphen
 * (`text-layer-hyphen`); the name is then looked up as written with its hyphen only.
 */
const joinedGiven = (first: string): string => first.replace(/-[ \t](?=\p{Lu})/gu, '-');

/** A hyphen, maybe spaces, then the lower-case word ending a text (`Lefeb- vre`, `Fal-kenstein`: a line end's hyphenation). */
const HYPHEN_THEN_LOWER = /-[ \t]*(?<word>\p{Ll}+)$/u;
/**
 * `Lefeb- vre` → `Lefebvre` (line-end hyphenation), with the end of the match; `Dupont- et`: a
 * hyphen before a function word is a dash, and the name ends before it, as is a hyphen glued to a common word
 * (`Martin-adjoint au maire`, `Leroy-présidente`: a dash typed as a hyphen before the role).
 */
function joinHyphenation(raw: string, matchEnd: number): { last: string; end: number } {
  const rest = HYPHEN_THEN_LOWER.exec(raw);
  const word = rest?.groups?.['word'] ?? '';
  // `Martin-adjoint`, `Leroy-présidente`: with no space after it, a hyphen before a common word is a dash before the role.
  const dash = rest !== null && (NON_UNIT_WORDS.has(word) || (!/^-[ \t]/u.test(rest[0]) && isCommonWord(word)));
  if (rest !== null && dash) return { last: raw.slice(0, rest.index), end: matchEnd - (raw.length - rest.index) };
  return { last: raw.replace(HYPHENATION, ''), end: matchEnd };
}

/** `ClaireDerian`, `ClaireDERIAN` (four capitals or more): OCR lost the space; only one known given name glued to a word that is no common word. */
function gluedName(givenWords: readonly string[], last: string): boolean {
  return givenWords.length === 1 && isFirstName(givenWords[0] ?? '') && !isCommonWord(last.toLowerCase());
}

/**
 * Without a civil title a name opens on a known (or ambiguous) given name, whichever reading of
 * the given names `extract` takes (both start with the first word).
 */
function opensName(title: string | undefined, givenWords: readonly string[]): boolean {
  const opener = givenWords[0] ?? '';
  return title !== undefined || isFirstName(opener) || isAmbiguousFirstName(opener);
}

/** `F. Dorval Excusé`: an initial just before, so the capitalised word is the surname of an initialled name. */
const INITIAL_BEFORE = /(?:^|[^\p{L}.])\p{Lu}\.[ \t]*$/u;

/**
 * `Le Bon Pain publie…`, `la Rose Trémière`: an article just before a given name and a common
 * word in the pair make a title (a newspaper, a venue, a programme), not a person.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}'’])(?:le|la|les)[ \t]+$/iu;

function titleAfterArticle(text: string, start: number, first: string, last: string): boolean {
  if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  return isCommonWord(first.toLowerCase()) || isCommonWord(last.toLowerCase());
}

/**
 * A street or school (`rue Jean Moulin`), a valley's river (`Val d'Yvette Services`), or, with no civil title, a
 * business named after its founder (`l'entreprise Paul Garnier`, `fondatrice de Lise Moreau`), a body the page names so
 * (`l'association Lise Moreau`), a group from a territory (`les Amis du Sénégal`) or a publication or venue after an article.
 */
function namesAPlaceOrTitle(text: string, start: number, hasTitle: boolean, first: string, last: string, end: number): boolean {
  const before = text.slice(Math.max(0, start - PLACE_REACH), start);
  if (PLACE_BEFORE.test(before) || afterAreaElision(text, start) || SAINT_BEFORE.test(before)) return true;
  if (institutionPlaceBefore(text.slice(Math.max(0, start - INSTITUTION_REACH), start))) return true;
  if (!hasTitle && (BODY_BEFORE.test(before) || BODY_ROLE_OF_BEFORE.test(before))) return true;
  if (!hasTitle && ((particleTerritory(last) && !roleApposed(text, end)) || namedBodyOnPage(text, first, last))) return true;
  return !hasTitle && titleAfterArticle(text, start, first, last);
}

/** A capitalised word going on on the surname's line, after a space: that line holds a name of its own. */
const CAPITALISED_AFTER = /^[ \t]+\p{Lu}/u;

/**
 * `Marie Martin⏎Paul Roux`, a list of people one a line: the surname read on the next line is a known given name
 * that a capitalised word follows on its line, so that line opens the next person and the name ends at the break
 * (read back to its first two words, or dropped when only one given name came before). The scan then reads the
 * next line again from the end of the name taken (core/pipeline.ts `resumeAfter`).
 */
function nextLineOpensName(text: string, match: RegExpExecArray, last: string): boolean {
  const lastStart = match.index + match[0].length - last.length;
  if (!text.slice(match.index, lastStart).includes('\n') || last.includes(' ') || !isFirstName(last)) return false;
  return CAPITALISED_AFTER.test(text.slice(lastStart + last.length, lastStart + last.length + 3));
}

/**
 * `Jean Dupont, Président`: only the first word is a given name and the second the surname, unless it is a particle
 * (`Youssef El Ouafi`) or a Vietnamese middle part follows (`Thomas Tran Van Minh`), on the same line. The given name,
 * surname and end of that reading.
 */
function readToSecondWord(match: RegExpExecArray, givenWords: readonly string[], read: { last: string; end: number }, nextLineName: boolean): { first: string; last: string; end: number } {
  const first = givenWords[0] ?? '';
  const second = givenWords[1] ?? '';
  const secondStart = match[0].indexOf(second, (match.groups?.['title']?.length ?? 0) + first.length);
  const rest = !nextLineName && (NAME_PARTICLES.includes(second.toLowerCase()) || MIDDLE_AND_SURNAME.test(read.last));
  if (rest) return { first, last: match[0].slice(secondStart), end: read.end };
  return { first, last: second, end: match.index + secondStart + second.length };
}

export const personNameParser: Parser = {
  id: 'fr.person.name',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    let first = joinedGiven(groups['first'] ?? '');
    // Two given names may be split by a line end in a narrow column (`Marie⏎Hélène Dufour`).
    const givenWords = first.split(/\s+/u);
    // Most capitalised pairs of a page stop here, before any other work.
    if (!opensName(groups['title'], givenWords)) return null;
    if (groups['title'] === undefined && INITIAL_BEFORE.test(context.text.slice(Math.max(0, match.index - 4), match.index))) return null;
    const tail = groups['tail'];
    const surname = joinHyphenation(groups['last'] ?? '', endBeforeTail(match, tail));
    let end = surname.end;
    let last = surname.last;
    // `M. Ionut Marinescu`: after a civil title two capitalised words that are no common words
    // make a name even when the given name is not in the lexicon.
    const titled = groups['title'] !== undefined && givenWords.length === 1 && unknownNamePair(first, last);
    const nextLineName = nextLineOpensName(context.text, match, groups['last'] ?? '');
    if (nextLineName && givenWords.length === 1) return null;
    if (givenWords.length === 2 && (nextLineName || !isName(first, last) || particleOnCommonWord(last))) ({ first, last, end } = readToSecondWord(match, givenWords, { last, end }, nextLineName));
    if (!titled && !isName(first, last)) return null;
    if (groups['glued'] !== undefined && !gluedName(givenWords, last)) return null;
    if (namesAPlaceOrTitle(context.text, match.index, groups['title'] !== undefined, first, last, end)) return null;
    ({ last, end } = withSecondSurname(context.text, withParticleTail(context.text, withTail({ last, end }, surname, tail))));
    const hasTitle = groups['title'] !== undefined;
    const confidence = hasTitle || nearRole(context.text, match.index, end) ? 0.95 : 0.85;
    return {
      type: 'person', start: match.index, end,
      value: `${first.replace(/\s+/gu, ' ')} ${naturalCase(last.replace(/\s+/gu, ' '))}`, confidence, rule: this.id, inferred: [],
    };
  },
};
