/**
 * Acronyms of organisations (`CAHC`, `DREETS`, `AFP2i`, `ADDS62`), with a region after them
 * when there is one (`CRESS HDF`, `APES Hauts-de-France`), or with the body's name after it in a sentence
 * (`la CIGALE Les Écus Verts`: organisation/name-after-acronym.ts), or as one word of a name in capitals (`MOULIN VERT`:
 * organisation/capital-name-run.ts). Refused: concept acronyms
 * (`ESS`, `PTCE` alone), a kind the page defines in lower case and the plural (`les sociétés foncières
 * solidaires (SFS)`, guard `defined-as-kind`), common words in capitals with no sign of a name (`PÔLE`), administrative
 * identifiers (`SIRET`), capitals in headings, places before a department code
 * (`CALAIS (62)`) or alone between brackets (`(DORDOGNE)`), a name after `loi` (`loi HAMON`), and the end of a coined name in capitals
 * (`RÉPAR'VÉLO`: a word of two capitals or more before the apostrophe is no elided article), a part of an
 * identifier joined by underscores (`RODEZ_3_IMG_2024`, a file's or a picture's name), and a surname in a list of
 * people after a given name the lexicon lacks (`Anne MOREL et France VIGNAUD`: `inPersonList`).
 */
import { allMatches } from '../../core/word-scan.js';
import { alternation, CAPITAL_OR_ABOVE_AHEAD, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { acronymGuard, definesConcept, territoryAfterAcronym, expandsProgramme, inCapitalRun, isRomanNumeral, namesOrganisation, qualifiesNoun } from '../organisation/acronym-evidence.js';
import { ADMINISTRATIVE_IDENTIFIERS, KNOWN_ORGANISATION_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { NON_ORGANISATION_ACRONYMS, REGIONS } from '../lexicon/organisation-types.js';
import { isCommonWord, isPlaceName, isSurname } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { peopleEntry } from '../people-entry.js';
import { PROGRAMME_BEFORE } from '../organisation/name-words.js';
import { isFiniteVerbForm, nameContinuation, type Continuation } from '../organisation/name-continuation.js';
import { lineAround } from '../patterns.js';
import { laidOutAsName } from '../organisation/acronym-ocr-layout.js';
import { ARTICLE_NAME_AFTER, articleNameEnd } from '../organisation/name-after-acronym.js';
import { ALL_UPPER, HOLDS_LOWER } from '../../core/word-shape.js';
import { CAPITAL_NAME_RUN, capitalNameRun } from '../organisation/capital-name-run.js';

const REGION = alternation(REGIONS);
// `(?![a-z\d\s])`: a match starts with a capital, so the engine skips most positions before
// running the look-behind (speed only: the same matches).
const PATTERN =
  `(?![a-z\\d\\s])(?<![\\p{L}\\p{N}@#._-])(?<!\\p{Lu}{2}['’])(?<acronym>\\p{Lu}[\\p{Lu}\\d&]{1,9}[a-z]?)(?:[ \\t]+(?:(?<region>${REGION}(?:(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:Ouest|Est|Nord|Sud|Centre)(?![\\p{L}'’-]))?)|(?<place>\\p{Lu}\\p{Ll}+-\\p{Lu}[\\p{L}-]*\\p{L})))?(?![\\p{L}\\p{N}'_-]|\\.\\p{Lu})`;

/** A line written in capitals with three words or more is a heading or a logo. */
function isCapitalHeading(line: string): boolean {
  // A table row ending with a department code (`ALISS SOISSONS (02)`) is not a heading. Tested
  // before the words are listed: most lines hold a lower-case letter (speed only, the same answer).
  if (HOLDS_LOWER.test(line) || /\(\d{2,3}\)\s*$/u.test(line)) return false;
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 || (words.length === 2 && words.some((word) => word.length >= 7));
}

/** The line holding `offset` is a capital heading, or continues one (`… LA\nNEUTRALITÉ CARBONE`). */
function inCapitalHeading(text: string, offset: number): boolean {
  const here = lineAround(text, offset);
  if (isCapitalHeading(here.line)) return true;
  if (HOLDS_LOWER.test(here.line)) return false;
  const previous = here.start > 0 ? lineAround(text, here.start - 1).line : '';
  const next = here.end < text.length ? lineAround(text, here.end + 1).line : '';
  return isCapitalHeading(previous) || isCapitalHeading(next);
}

/** Words after which an acronym reads as a name: `la CAHC`, `l'ADEME`, `par le RTES`. */
const INTRODUCER = /(?:^|[^\p{L}])(?:le|la|les|l'|du|de|des|d'|au|aux|par|avec|et|à|pour|sur|chez|entre|PTCE|dont)[ \t]*\n?[ \t]*$/iu;

/**
 * OCR turns noise and damaged words into capitals (`ETS TALIVE`, `SIT` for `SJT`). On OCR pages
 * an acronym must read as a name: a known body's (lexicon/organisation-acronyms.ts: no noise
 * spells one), after an article or a preposition, in a list or an aside, labelling what follows
 * (`TREMAK : Anne ROUX`, an attendance list), alone on its line, or seen twice on the page.
 */
function plausibleInOcr(text: string, start: number, end: number, acronym: string): boolean {
  if (KNOWN_ORGANISATION_ACRONYMS.has(acronym) || INTRODUCER.test(text.slice(Math.max(0, start - 12), start))) return true;
  // Lists, asides and labels: `(ALPHA, KERVAL ESPOIR)`, `Source : ADEME`, `KVX (auto-école sociale)`, `KERLOC : Anne ROUX`.
  if (/[(,:;][ \t]*$/u.test(text.slice(Math.max(0, start - 3), start))) return true;
  if (/^[ \t]*[),;.(:]/u.test(text.slice(end, end + 3)) || laidOutAsName(text, start, end)) return true;
  const line = lineAround(text, start).line.replace(/^[\s\-–•·*+»«|e]{0,3}\s/u, '').trim();
  if (line === acronym || line.startsWith(`${acronym} `) && line.length <= acronym.length + 20 && !/\p{Ll}{3,}/u.test(line.slice(acronym.length, acronym.length + 4))) return true;
  let count = 0;
  for (let index = text.indexOf(acronym); index !== -1 && count < 2; index = text.indexOf(acronym, index + 1)) count += 1;
  return count >= 2;
}

/** Whether two acronyms of one length differ by one letter (`PICE` for `PTCE`). */
function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let differences = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) differences += 1;
  return differences === 1;
}

/**
 * OCR misreads a letter of an acronym (`PICE` for `PTCE`): an acronym of four letters or more,
 * one letter away from a concept acronym or from an acronym written twice on the page, is noise.
 * A known body's acronym is itself, whatever it is one letter away from (`APEC`, not `GPEC` misread).
 */
function nearMissInOcr(text: string, acronym: string): boolean {
  if (acronym.length < 4 || KNOWN_ORGANISATION_ACRONYMS.has(acronym)) return false;
  for (const known of NON_ORGANISATION_ACRONYMS) if (oneLetterApart(acronym, known)) return true;
  for (const other of repeatedAcronyms(text)) if (oneLetterApart(acronym, other)) return true;
  return false;
}

/** A word of four to eight capitals; the capital look-ahead first, as the pattern is tried from every position (speed only: the same matches). */
const CAPITALS_WORD = new RegExp(`${CAPITAL_OR_ABOVE_AHEAD}(?<![\\p{L}\\p{N}])\\p{Lu}{4,8}(?![\\p{L}\\p{N}])`, 'gu');

/** The last page's acronyms written twice or more, computed once per page. */
let repeatedCache: { text: string; acronyms: readonly string[] } | null = null;

function repeatedAcronyms(text: string): readonly string[] {
  if (repeatedCache?.text === text) return repeatedCache.acronyms;
  const counts = new Map<string, number>();
  for (const other of text.match(CAPITALS_WORD) ?? []) counts.set(other, (counts.get(other) ?? 0) + 1);
  const acronyms = [...counts].filter(([, count]) => count >= 2).map(([other]) => other);
  repeatedCache = { text, acronyms };
  return acronyms;
}

/**
 * `Tarik MANSOURI (France Travail)`, `Wei⏎ZHANG`: a first name (or a capitalised hyphenated
 * one, `Jean-Michel LEGRAND`) right before a word in capitals is a person's surname.
 */
function afterFirstName(text: string, start: number, acronym: string): boolean {
  if (KNOWN_ORGANISATION_ACRONYMS.has(acronym) || !/^\p{Lu}{2,}$/u.test(acronym)) return false;
  // `Gwenaelle LE BIHAN`: a surname particle may stand between the first name and the surname.
  const word = /(?:^|[^\p{L}'’-])(?<word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*\n?[ \t]*(?:(?:LE|LA|DE|DU|DES|DI|DA|DEL|VAN|VON)[ \t]+)?$/u.exec(text.slice(Math.max(0, start - 34), start))?.groups?.['word'];
  if (word !== undefined && isFirstName(word)) return true;
  // `Gwenaëlle LE GOFF`: a capitalised word, then a particle in capitals: a surname written in capitals.
  return /(?:^|[^\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+(?:LE|LA|DE|DU|DI|DA|DEL|VAN|VON)[ \t]+$/u.test(text.slice(Math.max(0, start - 34), start));
}

/** A capitalised word (a given name the lexicon may lack), then the word in capitals over at most one line break. */
const GIVEN_BEFORE = /(?:^|[^\p{L}'’-])(?<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*\n?[ \t]*$/u;
/** A known first name and a surname in capitals (maybe hyphenated), then `;`, `,` or `et` before the given name. */
const PERSON_THEN_SEPARATOR = /(?:^|[^\p{L}'’-])(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*\n?[ \t]*\p{Lu}{2,}(?:[-'’ ]\p{Lu}{2,})*[ \t]*\n?[ \t]*(?:;|,|et)[ \t]*\n?[ \t]*$/u;

/**
 * `Anne MOREL et Flore VIGNAUD`, `Olga BRENVAC ; Salima⏎KERDAVi ;`: in a list of people written first name then
 * surname in capitals, a word in capitals after a capitalised word that is no common word (a given name the
 * lexicon lacks, or one that is also a place, `France`) is the next person's surname, maybe with an OCR'd last letter.
 */
function inPersonList(text: string, start: number, acronym: string): boolean {
  if (KNOWN_ORGANISATION_ACRONYMS.has(acronym) || !/^\p{Lu}{3,}[a-z]?$/u.test(acronym)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const given = GIVEN_BEFORE.exec(before);
  const word = given?.groups?.['given'];
  if (given === null || word === undefined || (isCommonWord(word.toLowerCase()) && !isFirstName(word))) return false;
  const first = PERSON_THEN_SEPARATOR.exec(before.slice(0, given.index + given[0].indexOf(word)))?.groups?.['first'];
  return first !== undefined && isFirstName(first);
}

/**
 * One sense per page: a word in capitals that some line of the page writes right after a first
 * name (`Anne LORIOT`) is that person's surname wherever else the page writes it (`pouvoir à
 * LORIOT`, `Anne⏎LORIOT`, a first name misspelt before it). A second surname joined by a
 * lower-case particle to such a surname (`Paul VERNET de SALIGNAC`) is part of it too. Read once
 * per page, in one pass.
 */
function pageSurnames(text: string): ReadonlySet<string> {
  if (surnameCache?.text === text) return surnameCache.surnames;
  const surnames = new Set<string>();
  for (const found of allMatches(FIRST_NAME_THEN_CAPITALS, text)) {
    const first = found.groups?.['first'] ?? '';
    if (!isFirstName(first)) continue;
    const surname = found.groups?.['surname'] ?? '';
    if (!KNOWN_ORGANISATION_ACRONYMS.has(surname)) surnames.add(surname);
    const joined = found.groups?.['joined'];
    if (joined !== undefined && !KNOWN_ORGANISATION_ACRONYMS.has(joined)) surnames.add(joined);
  }
  surnameCache = { text, surnames };
  return surnames;
}

/**
 * A capitalised first name, then a word in capitals (maybe a second one after `de`/`du`), on one line or across one line break.
 * The cheap capital look-ahead first, as the pattern is tried from every position (speed only: the same matches).
 */
const FIRST_NAME_THEN_CAPITALS = new RegExp(
  CAPITAL_OR_ABOVE_AHEAD +
    /(?=\p{Lu})(?<![\p{L}'’-])(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*\n?[ \t]*(?<surname>\p{Lu}{3,})(?![\p{L}\p{N}'’-])(?:[ \t]+(?:de|du|d['’])[ \t]*(?<joined>\p{Lu}{3,})(?![\p{L}\p{N}'’-]))?/u.source,
  'gu',
);

let surnameCache: { text: string; surnames: ReadonlySet<string> } | null = null;

/**
 * `DURAND Hélène`, `MARTIN Paul` (a list written surname first): a known surname in capitals
 * followed by a capitalised first name is a person, even when OCR damaged an accent of the first name.
 */
function beforeFirstName(text: string, end: number, acronym: string): boolean {
  if (KNOWN_ORGANISATION_ACRONYMS.has(acronym) || !/^\p{Lu}{3,}$/u.test(acronym) || !isSurname(acronym)) return false;
  const word = /^[ \t]+(?<word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/u.exec(text.slice(end, end + 30))?.groups?.['word'];
  return word !== undefined && (isFirstName(word) || isFirstName(word.normalize('NFD').replace(/\p{M}/gu, '')) || isFirstName(word.replace(/e(?=\p{Ll}*$)/u, 'è')));
}

/** A person's surname in capitals: after a first name, before one, or in a list of people (`inPersonList`). */
function readsAsSurname(text: string, start: number, acronym: string): boolean {
  return afterFirstName(text, start, acronym) || beforeFirstName(text, start + acronym.length, acronym) || inPersonList(text, start, acronym);
}

/**
 * For an acronym no lexicon knows: a Roman numeral, a concept being defined, a programme's
 * expansion, a common word in capitals with no sign of a name (`PÔLE`, `MEMBRES`), a qualifier of
 * the noun before it, or a scheme's acronym (`PACTE SAT`, `contrat CRTE`). A name after it
 * (`named`: `la CIGALE Les Écus Verts`, `centre social ACVL la Charmille`) makes a common word or a
 * word after a noun the kind of that body.
 */
function notAName(text: string, start: number, acronymEnd: number, acronym: string, named: boolean): boolean {
  if (isRomanNumeral(acronym) || definesConcept(text, start, acronymEnd) || expandsProgramme(text, start, acronymEnd)) return true;
  if (!named && ALL_UPPER.test(acronym) && isCommonWord(acronym) && !namesOrganisation(text, start, acronymEnd)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if ((!named && qualifiesNoun(text, start, acronymEnd)) || PROGRAMME_BEFORE.test(before)) return true;
  return /(?:^|[^\p{L}])(?:PACTE|CRTE|DLA|pacte|contrat|label|loi|Loi|LOI)[ \t]*\n?[ \t]*$/u.test(before.slice(-12));
}

/**
 * `IDA 66,`, `UDESS 05 et`, `FFB 67)`: a department number closing the phrase after a body's
 * acronym is part of its name (the branch of that department), not a figure.
 */
const DEPARTMENT_AFTER = /^[ \t]+(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?![\p{L}\p{N}]|[,.]\d)(?=[ \t]*(?:[,;.:()»"–—-]|\n|$)|[ \t]+(?:et|ou)[ \t])/u;

/**
 * `L'ADAPEI 72 compte…`, `Le GEIQ 29 recrute`: the department number before the sentence's verb, a
 * finite form the dictionary knows; not before what the number counts (`la SCOP 12 salariés`: a plural).
 */
const DEPARTMENT_BEFORE_WORD = /^[ \t]+(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?=[ \t]+(?<word>\p{Ll}{3,})(?![\p{L}'’-]))/u;

function departmentAfter(text: string, end: number): number {
  const after = text.slice(end, end + 30);
  const found = DEPARTMENT_AFTER.exec(after);
  if (found !== null) return end + found[0].length;
  const beforeVerb = DEPARTMENT_BEFORE_WORD.exec(after);
  const word = beforeVerb?.groups?.['word'] ?? '';
  return beforeVerb !== null && !/[sx]$/u.test(word) && isFiniteVerbForm(word) ? end + beforeVerb[0].length : end;
}

const POSTCODE_BEFORE = /(?:^|[^\d])\d{2}[ \u00a0\u202f]?\d{3}[ \t]*\n?[ \t]*$/u;

/**
 * `CALAIS (62)`: a place before its department code, or after a postcode (`60 000 BEAUVAIS`); `Kalimba (DORDOGNE) :`: a place in
 * capitals alone between brackets, where the name before it is.
 */
function namesPlace(text: string, start: number, end: number, acronym: string): boolean {
  if (/^[ \t]*\(\d{2,3}\)/u.test(text.slice(end, end + 8))) return true;
  // `… 60 000 BEAUVAIS`, `75011 PARIS`: the town of a postal address, after its postcode.
  if (POSTCODE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && isPlaceName(acronym)) return true;
  return text.charAt(start - 1) === '(' && text.charAt(end) === ')' && !KNOWN_ORGANISATION_ACRONYMS.has(acronym) && isPlaceName(acronym);
}

/** The evidence of `unknownWordAfter`. */
const UNKNOWN_WORD_AFTER = 'unknown-word-after';
/** One capitalised word after the acronym (maybe on the next line), closing the phrase or going on with ` et `. */
const WORD_AFTER = /^[ \t]*\n?[ \t]*(?<word>\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:[,;.)]|\n|$)|[ \t]+et[ \t])/u;

/**
 * `unknown-word-after`: `– KALVO Trégonnec et KALVO Morlanvic`, `- ABCD Taekwondo,`: one capitalised word no lexicon knows
 * (no common word, given name, surname or place) right after the acronym and closing the phrase is the body's branch or
 * field, part of its name, outside a people's entry (`MORVAN Loeiza, trésorière` is a person's: people-entry.ts).
 * Where the name ends, or null.
 */
function unknownWordAfter(text: string, start: number, acronymEnd: number): number | null {
  const found = WORD_AFTER.exec(text.slice(acronymEnd, acronymEnd + 40));
  const word = found?.groups?.['word'];
  if (found === null || word === undefined) return null;
  if (isCommonWord(word.toLowerCase()) || isFirstName(word) || isSurname(word) || isPlaceName(word)) return null;
  const end = acronymEnd + found[0].length;
  return peopleEntry(text, start, end) ? null : end;
}

/**
 * Where the acronym's name ends: `CAF du Cher` (the territory a body serves), `IDA 66` (a
 * department's branch), or `RÉSO solidaire,` (an acronym no lexicon knows, read on in lower case
 * when name-continuation.ts says the word continues it; the rule is returned as evidence).
 */
function acronymNameEnd(text: string, acronym: string, acronymEnd: number, end: number): { nameEnd: number; continuation: Continuation | null; branch?: true } {
  const placed = end === acronymEnd ? departmentAfter(text, territoryAfterAcronym(text, end)) : end;
  const branched = placed === acronymEnd ? unknownWordAfter(text, acronymEnd - acronym.length, acronymEnd) : null;
  if (branched !== null) return { nameEnd: branched, continuation: null, branch: true };
  const continuation = placed === acronymEnd && !KNOWN_ORGANISATION_ACRONYMS.has(acronym) ? nameContinuation(text, acronymEnd, { nameWords: 1, lastWord: acronym }) : null;
  return { nameEnd: continuation === null ? placed : continuation.end, continuation };
}

/** An acronym no lexicon knows that reads as no name (`notAName`), or that an `acronymGuard` (organisation/acronym-evidence.ts) names no body. */
function refusedUnknown(text: string, start: number, acronymEnd: number, acronym: string, named: boolean): boolean {
  if (KNOWN_ORGANISATION_ACRONYMS.has(acronym)) return false;
  return notAName(text, start, acronymEnd, acronym, named) || acronymGuard(text, start, acronymEnd, acronym) !== null;
}

/**
 * A reading longer than the acronym: the body's name after it (`article-name-after`: `la CIGALE Les
 * Écus Verts`), or a name in capitals whose common word the parser refused (`capital-name-run`:
 * `MOULIN VERT`, organisation/capital-name-run.ts); null when neither holds.
 */
function longerReading(text: string, start: number, acronymEnd: number, acronym: string, named: number | null): { start: number; end: number; confidence: number; evidence: string[] } | null {
  if (named !== null) return { start, end: named, confidence: 0.75, evidence: [ARTICLE_NAME_AFTER] };
  const run = KNOWN_ORGANISATION_ACRONYMS.has(acronym) ? null : capitalNameRun(text, start, acronymEnd);
  return run === null ? null : { ...run, confidence: 0.7, evidence: [CAPITAL_NAME_RUN] };
}

/**
 * Whether an acronym has the length of one: three capitals at least, eight characters at most. Two capitals are an
 * initial pair or a word in capitals (`OK`, `ZI`, `PS`), unless they are a known body's (`FO`, `U2P`: a union, the
 * craftsmen's employers).
 */
const acronymLength = (acronym: string, letters: string): boolean =>
  acronym.length <= 8 && (letters.length >= 3 || KNOWN_ORGANISATION_ACRONYMS.has(acronym));

export const organisationAcronymParser: Parser = {
  id: 'fr.organisation.acronym',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const acronym = match.groups?.['acronym'] ?? '';
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    if (!acronymLength(acronym, letters)) return null;
    if (NON_ORGANISATION_ACRONYMS.has(acronym) || ADMINISTRATIVE_IDENTIFIERS.has(acronym)) return null;
    // `UESS`, `LESS`: OCR reads the elided article of `l'ESS` as a letter glued to a concept acronym.
    if (/^[LUI]/u.test(acronym) && NON_ORGANISATION_ACRONYMS.has(acronym.slice(1))) return null;
    const end = match.index + match[0].length;
    const acronymEnd = match.index + acronym.length;
    const text = context.text;
    // `article-name-after` (name-after-acronym.ts): `la CIGALE Les Écus Verts`, the acronym then its body's name.
    const named = end === acronymEnd ? articleNameEnd(text, match.index, acronymEnd) : null;
    if (refusedUnknown(text, match.index, acronymEnd, acronym, named !== null)) return null;
    if (inCapitalRun(text, match.index, acronymEnd)) return null;
    if (readsAsSurname(text, match.index, acronym)) return null;
    if (!KNOWN_ORGANISATION_ACRONYMS.has(acronym) && pageSurnames(text).has(acronym)) return null;
    if (namesPlace(text, match.index, end, acronym)) return null;
    if (inCapitalHeading(text, match.index)) return null;
    if (context.source === 'ocr' && ((named === null && !plausibleInOcr(text, match.index, end, acronym)) || nearMissInOcr(text, acronym))) return null;
    const longer = longerReading(text, match.index, acronymEnd, acronym, named);
    if (longer !== null) return { type: 'organisation', ...longer, value: text.slice(longer.start, longer.end).replace(/\s+/gu, ' '), rule: this.id, inferred: [] };
    const { nameEnd, continuation, branch } = acronymNameEnd(text, acronym, acronymEnd, end);
    const value = text.slice(match.index, nameEnd).replace(/\s+/gu, ' ');
    return {
      type: 'organisation', start: match.index, end: nameEnd, value, confidence: acronym.length >= 4 ? 0.75 : 0.65,
      rule: this.id, inferred: [], ...(continuation === null ? {} : { evidence: [`continues:${continuation.rule}`] }), ...(branch === true ? { evidence: [UNKNOWN_WORD_AFTER] } : {}),
    };
  },
};
