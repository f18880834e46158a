/**
 * Repairs of OCR damage for the normaliser: a table of named repairs, each an offset-keeping edit
 * made only when the repaired form is a dictionary word (common words, known acronyms, or a
 * capitalised name after a function word) and the damaged one is not. The error families are
 * those of real French OCR (../shared/tools/ocr_noise.py): elided articles read as letters or
 * lost, accents confused, words glued to the next one or split by a hyphen inside a line.
 *
 * To add a repair: one entry in `OCR_REPAIRS` (a global pattern marking where it may apply, and
 * an `edit` that checks the dictionary and returns the edit or null), and its positive and
 * negative cases in test/extractors/fr/ocr-repairs.test.ts. Patterns start with a literal or a
 * small character class, never a look-behind: the engine tries a pattern at every position of
 * the page, and a leading look-behind runs at each one.
 */
import { alternation, CAPITAL_AHEAD } from '../core/pattern.js';
import type { TextEdit } from '../core/edit-map.js';
import { memoised } from '../core/memo.js';
import { allMatches, letterRuns } from '../core/word-scan.js';
import { PREPOSITIONS_BEFORE_ARTICLE } from './lexicon/function-words.js';
import { GLUE_PREFIXES, LEADING_GLUE_WORDS, SHORT_GLUED_RESTS } from './lexicon/glue-prefixes.js';
import { NAME_PARTICLES } from './lexicon/name-particles.js';
import { STREET_WORDS } from './lexicon/street-words.js';
import { KNOWN_ORGANISATION_ACRONYMS } from './lexicon/organisation-acronyms.js';
import { NON_ORGANISATION_ACRONYMS, ORGANISATION_HEADS } from './lexicon/organisation-types.js';
import { isCommonWord, isPlaceName, isSurname } from './lexicon-lookup.js';
import { afterAreaElision, isFirstName, isKnownWord, isNameWord } from './names.js';
import { FIGURE_REPAIRS, introducesNumber, isCountedNoun, isMisreadCountedUnit, wordGluedBefore } from './ocr-repairs-figures.js';
import { READING_REPAIRS } from './ocr-repairs-reading.js';
import { afterPersonGivenName, headLetter, impossibleGroup, WORD_RUN, WORD_RUN_SHORTEST } from './ocr-repairs-letters.js';
import { OPENS_UPPER, ALL_LOWER, HOLDS_LETTER, spliced } from '../core/word-shape.js';

/** One named repair: where it may apply, and the edit it makes there (null: leave the text). */
export interface OcrRepair {
  readonly name: string;
  /** Global, Unicode pattern; each match is a place the repair may apply. */
  readonly pattern: RegExp;
  readonly edit: (match: RegExpExecArray, text: string) => TextEdit | readonly TextEdit[] | null;
}

const LETTER = /\p{L}/u;
/** ASCII letters answered without the Unicode class: the repairs read words letter by letter. */
function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code > 127 && LETTER.test(char);
}
/** The whole run of letters (and inner apostrophes) that ends at `end`, read backwards. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetter(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}
/** The run of letters that starts at `start`. */
function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && isLetter(text.charAt(end))) end += 1;
  return text.slice(start, end);
}
/** No letter, digit or address character right before `index`: a word starts there. */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  // Most matches are inside a word: an ASCII letter before is answered without the class.
  const code = text.charCodeAt(index - 1);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return false;
  return !/[\p{L}\p{N}'@./_-]/u.test(text.charAt(index - 1));
}
/** The word ending at `end` is followed by no letter, digit, `@` or `.letter` (an address). */
function endsWord(text: string, end: number): boolean {
  const next = text.charAt(end);
  return !/[\p{L}\p{N}@'_]/u.test(next) && !(next === '.' && isLetter(text.charAt(end + 1)));
}

/** Acronyms an elided `l'` stands before (`l'ESS`, `l'APES`): known ones starting with a vowel. */
const ELIDABLE_ACRONYMS: ReadonlySet<string> = new Set(
  [...KNOWN_ORGANISATION_ACRONYMS, ...NON_ORGANISATION_ACRONYMS].filter((acronym) => /^[AEIOUY]/u.test(acronym)),
);
const isAcronym = (word: string): boolean => KNOWN_ORGANISATION_ACRONYMS.has(word) || NON_ORGANISATION_ACRONYMS.has(word);

/** `I'ESS`, `I'entraide`: a capital I before an apostrophe is an elided `l'`. */
const iForL: OcrRepair = {
  name: 'i-for-l',
  pattern: /I'(?=\p{L})/gu,
  edit: (match, text) => (/[\p{L}\p{N}]/u.test(text.charAt(match.index - 1)) ? null : { start: match.index, end: match.index + 1, text: 'l' }),
};

/**
 * `U'ossature`, `|'entraide`, `F'équipe`, `u'agglo`, `de U'intercommunalité`: the `l` of an elision read as `U`, a
 * bar or `F` (or their lower case, which French never elides). A capital before a word the dictionary
 * lacks is the article too after a preposition that takes one (`de U'agglo`: French writes `de l'agglo`).
 */
const letterForL: OcrRepair = {
  name: 'letter-for-l',
  pattern: /[U|Fuf]['’](?=\p{L})/gu,
  edit: (match, text) => {
    if (!startsWord(text, match.index)) return null;
    const word = wordAfter(text, match.index + 2);
    // A lower-case `u'` or `f'` opens no French word: it is the article whatever follows.
    const article = /^[uf]/u.test(match[0]) || isCommonWord(word) || OPENS_UPPER.test(word) || afterArticlePreposition(text, match.index);
    return article ? { start: match.index, end: match.index + 1, text: 'l' } : null;
  },
};

/** Words French writes before an apostrophe (elided articles, pronouns and conjunctions): `d'aire`, `jusqu'ici`. */
const ELIDING_WORDS: ReadonlySet<string> = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu', 'aujourd', 'entr', 'prud']);

/**
 * `Solid'aire`, `coopérat'ive`: an apostrophe OCR put inside a word (a stray mark read as one), a
 * lower-case letter after it. Removed when the letters before it are no word French elides, the
 * word with it is no dictionary word (`prud'homme` is) and the word without it is one.
 */
const apostropheInWord: OcrRepair = {
  name: 'apostrophe-in-word',
  // A capital after the mark is a name's style (`Bricol'Age`, `Vél'Ouest`), no stray mark.
  pattern: /['’](?<=\p{L}{2}['’])(?=\p{Ll}{2})/gu,
  edit: (match, text) => {
    const before = wordBefore(text, match.index);
    const after = wordAfter(text, match.index + 1);
    if (ELIDING_WORDS.has(before.toLowerCase()) || !startsWord(text, match.index - before.length) || !endsWord(text, match.index + 1 + after.length)) return null;
    const joined = `${before}${after}`;
    if (isCommonWord(`${before}'${after}`.toLowerCase()) || !isCommonWord(joined.toLowerCase())) return null;
    return { start: match.index, end: match.index + 1, text: '' };
  },
};

/**
 * `emp|ois`, `déve|oppement`, `|es bénévoles`, `Mael|e`: an `l` read as a bar inside or at the start
 * of a word. Made only when the word with `l` is a dictionary word or a given name (a table's bars
 * stand between words).
 */
const SHORT_L_WORDS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'lui', 'leur']);
const barForL: OcrRepair = {
  name: 'bar-for-l',
  pattern: /\|(?=\p{Ll})/gu,
  edit: (match, text) => {
    const left = wordBefore(text, match.index);
    if (left === '' && !startsWord(text, match.index)) return null;
    const word = `${left}l${wordAfter(text, match.index + 1)}`;
    // Short words only as articles opening a word (`|es`, `|a`): `a|b` is no `alb`.
    if (word.length < 4 && (left !== '' || !SHORT_L_WORDS.has(word))) return null;
    return isCommonWord(word.toLowerCase()) || isPlaceName(word) || isFirstName(word) ? { start: match.index, end: match.index + 1, text: 'l' } : null;
  },
};

/** Whether `word` stands alone on the page somewhere other than at `here` (one sense per page). */
function standsAloneElsewhere(text: string, word: string, here: number): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (Math.abs(at - here) > 1 && (!isLetter(text.charAt(at - 1)) || gluedElisionBefore(text, at)) && endsWord(text, at + word.length)) return true;
  }
  return false;
}

/** `lAFADAR`: a lower-case `l` or `d` opening a word right before `at`, an elision whose apostrophe OCR lost. */
const gluedElisionBefore = (text: string, at: number): boolean => /[ld]/u.test(text.charAt(at - 1)) && startsWord(text, at - 1);

/**
 * Whether the word before `index` (over spaces and one line break) is a preposition that takes an
 * article before a vowel (`par`, `de`…): there, `U` opening the next word is the article `l'`.
 */
function afterArticlePreposition(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && /[ \t\n]/u.test(text.charAt(end - 1))) end -= 1;
  if (end === index || index - end > 3) return false;
  const word = wordBefore(text, end);
  return word.length > 0 && startsWord(text, end - word.length) && PREPOSITIONS_BEFORE_ARTICLE.has(word.toLowerCase());
}

/** A capital, then lower-case letters only (`Ademe`). */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** `APAEl` → `APAEI`: every `l` after a capital read as the capital `I` it stands for. */
const withCapitalI = (word: string): string => [...word].map((char, index) => (char === 'l' && index > 0 && OPENS_UPPER.test(word.charAt(index - 1)) ? 'I' : char)).join('');

/**
 * `UESS`, `UAPES`, `UUDAF`, `UADIRA`: an elided `l'` read as `U` before a known acronym that starts with a
 * vowel, any one starting with `U`, one the page writes alone elsewhere (`ADIRA` in another sentence), or
 * any acronym after a preposition that takes an article (`soutenu par UAKORA`: French writes `par l'AKORA`). The acronym may
 * be read with a capital `I` as `l` (`par UAPAEl`), be written elsewhere after an elision that lost its apostrophe (`lADIRA`),
 * or be a known one written as a word (`UAdeme`).
 */
const uBeforeAcronym: OcrRepair = {
  name: 'u-before-acronym',
  pattern: /U(?=[AEIOUY]\p{L})/gu,
  edit: (match, text) => {
    if (!startsWord(text, match.index)) return null;
    const rest = wordAfter(text, match.index + 1);
    // A known acronym written as a word (`UAdeme`: `l'Ademe`), no French word opening on `U` and a capital.
    if (TITLE_CASE_WORD.test(rest)) return ELIDABLE_ACRONYMS.has(rest.toUpperCase()) && endsWord(text, match.index + 1 + rest.length) ? { start: match.index, end: match.index + 1, text: "l'" } : null;
    // `UAPAEl`: a capital `I` of the acronym read as `l` (l-in-capitals puts it back).
    const capitals = withCapitalI(rest);
    // No word nor acronym starts with `UU`: the first `U` is the article (`UUDESS`), known acronym or not.
    const article = ELIDABLE_ACRONYMS.has(rest) || (/^U\p{Lu}{2,}$/u.test(rest) && !isCommonWord(rest)) ||
      (/^\p{Lu}{3,}$/u.test(capitals) && (standsAloneElsewhere(text, rest, match.index + 1) || afterArticlePreposition(text, match.index)));
    if (!article || isAcronym(`U${rest}`) || !endsWord(text, match.index + 1 + rest.length)) return null;
    const elision: TextEdit = { start: match.index, end: match.index + 1, text: "l'" };
    if (capitals === rest) return elision;
    // The `I`s put back too: l-in-capitals reads the word from the `U`, which no dictionary holds.
    const letters = [...rest].flatMap((char, index) => (capitals.charAt(index) === char ? [] : [{ start: match.index + 1 + index, end: match.index + 2 + index, text: 'I' }]));
    return [elision, ...letters];
  },
};

/** `CESS` is no French word for the dictionary's sake alone: `l'ESS` is the acronym this domain elides most. */
const OFTEN_ELIDED: ReadonlySet<string> = new Set(['ESS']);

/**
 * `CADEME`, `UVESS`, ` 'ESS`, `LESS`: an elided `l'` before a known acronym read as `C` or `UV` (the forms
 * OCR gives it before capitals), or lost before it (an `L'` printed in capitals keeps its `L`). After
 * `L`, `C` or `UV` the acronym may also be one the page writes alone elsewhere (`CUNAT` beside `UNAT`). Made only when the rest is a known acronym
 * that starts with a vowel, the whole is no acronym, and (`CAPES`, `CARS`) no French word.
 */
const elisionBeforeAcronym: OcrRepair = {
  name: 'elision-before-acronym',
  pattern: /(?:UV|C|L)(?=[AEIOUY]\p{Lu})|'(?<=[\s(]')(?=[AEIOUY]\p{Lu})/gu,
  edit: (match, text) => {
    const lost = match[0] === "'";
    if (!lost && !startsWord(text, match.index)) return null;
    const restStart = match.index + match[0].length;
    const rest = wordAfter(text, restStart);
    // `LADAPEI`, `CUNAT`, `UVAPIL` beside `ADAPEI`, `UNAT`, `APIL` alone elsewhere on the page: the letters
    // before are the article, apostrophe lost or misread.
    const elided = ELIDABLE_ACRONYMS.has(rest) || (!lost && rest.length >= 3 && standsAloneElsewhere(text, rest, restStart));
    if (!elided || !endsWord(text, restStart + rest.length)) return null;
    const whole = `${match[0]}${rest}`;
    if (!lost && (isAcronym(whole) || (isCommonWord(whole) && !OFTEN_ELIDED.has(rest)))) return null;
    return { start: match.index, end: restStart, text: match[0] === 'L' ? "L'" : "l'" };
  },
};

/**
 * `lADEME`, `lURSCOP`, `dAPES`: an elided `l'`/`d'` whose apostrophe OCR lost before an acronym. No French word
 * opens on a lower-case letter then capitals, so the acronym need not be known; it starts with a vowel, as an
 * elision needs.
 */
const elisionGluedToAcronym: OcrRepair = {
  name: 'elision-glued-to-acronym',
  pattern: /[ld](?=[AEIOUYÉ]\p{Lu})/gu,
  edit: (match, text) => {
    if (!startsWord(text, match.index)) return null;
    const rest = wordAfter(text, match.index + 1);
    if (!/^\p{Lu}{2,}$/u.test(rest) || !endsWord(text, match.index + 1 + rest.length)) return null;
    // `lUAPES`: the `U` may be the apostrophe itself, read as a letter before a known acronym; left to the `U` rules.
    if (rest.startsWith('U') && ELIDABLE_ACRONYMS.has(rest.slice(1))) return null;
    return { start: match.index + 1, end: match.index + 1, text: "'" };
  },
};

/** ` 'inter-réseaux`, ` 'Etat`, ` 'Hôtel`: the `l` of an elision lost before a vowel or an `h`. */
const lostL: OcrRepair = {
  name: 'lost-l',
  // The space or bracket before the apostrophe is looked behind from it, so only those match.
  pattern: /'(?<=[\s(]')(?=[aeiouyhéèêâîôûAEIOUYHÉÈÊÂÎÔ]\p{Ll})/gu,
  edit: (match) => ({ start: match.index, end: match.index + 1, text: "l'" }),
};

/**
 * `lAriège`, `dEurope`, `UEtape`, `llOise`, `LEtabli`, `UHôpital`: an elided `l'`/`d'` before a capitalised word, its apostrophe
 * lost or the `l` read as `U`. A lower-case letter then a capital never starts a French word, nor
 * does `L` or `D` then a capital vowel and lower case (`LEtabli` is `L'Etabli`, as printed at a line start);
 * repaired when the capitalised word is a dictionary word, a place, or a word the page writes alone elsewhere,
 * and a `U` also after a preposition that takes an article (`afterArticlePreposition`).
 */
const elisionBeforeCapital: OcrRepair = {
  name: 'elision-before-capital',
  // French elides before a mute `h` too (`UHôpital`, `dHorlogerie`).
  pattern: /(?:[lLdD]U|ll|U|[lLdD])(?=[AEIOUYHÉÈÊÂÎÔ]\p{Ll}{2})/gu,
  edit: (match, text) => {
    // `Raon-UEtape`: inside a compound place the article follows a hyphen (`Raon-l'Étape`); a `U` only.
    const inCompound = match[0] === 'U' && text.charAt(match.index - 1) === '-' && isLetter(text.charAt(match.index - 2));
    if (!inCompound && !startsWord(text, match.index)) return null;
    const restStart = match.index + match[0].length;
    const rest = wordAfter(text, restStart);
    // A name the page writes alone elsewhere (`UAdie` beside `l'Adie`) is mended as a dictionary word is,
    // and so is a `U` after a preposition that takes an article (`remis par UAkora`).
    if (!/^\p{Lu}\p{Ll}+$/u.test(rest)) return null;
    const known = isCommonWord(rest) || isPlaceName(rest) || standsAloneElsewhere(text, rest, restStart);
    if (!known && !(match[0] === 'U' && afterArticlePreposition(text, match.index))) return null;
    const article = match[0].length === 2 ? match[0].charAt(0) : match[0] === 'U' ? 'l' : match[0];
    return { start: match.index, end: restStart, text: `${article}'` };
  },
};

const CONSONANT = '[bcdfgjklmnpqrstvwxz]';

/** One OCR letter confusion: `read` where `printed` was, at the places `where` finds in a word. */
interface Confusion {
  readonly read: string;
  readonly printed: string;
  /** Global pattern of the places in a word where the confusion is likely (a letter group French does not write). */
  readonly where: RegExp;
  /** Fewest letters of a word the confusion is undone in (a confusion with no telling place needs a long word). */
  readonly minLength?: number;
  /** Only in a lower-case word: names double letters that common words do not (`Viollet`, `Bachellier`). */
  readonly lowerOnly?: boolean;
}

/**
 * Letter confusions of OCR inside words (../shared/tools/ocr_noise.py), each only where the damaged
 * letters make a group French does not write: `ô` read as `d` before a consonant (`Sadne`,
 * `Agglopdle`) or as `é` before a consonant ending the word (`Rhéne`, `Dépéts`); `œ` as `ce`
 * (`Cceur`); `ç` as `g` before `a`/`o`/`u` (`Besangon`); `i` as `l` between consonants or before a
 * final `l` (`Terrltoires`, `Montreull`); `q` as `qg`; `g` as the `fi` ligature before a vowel;
 * `é` doubled (`Coopeeratif`); `t` read as `f` anywhere in a word of six letters or more
 * (`enfreprise`, `Coopérafion`), and `i` read as `l` after a vowel, before a consonant or a final
 * `l` or after a vowel's `l` (`depuls`, `Travall`, `Consell`, `solldaire`), which French spelling does not tell (`valse`, `culte`),
 * so only a long word, where a wrong dictionary answer is rare, is mended; `l` doubled in a long
 * lower-case word (`sollidaire`, `seullement`), never in a name (`Viollet`). Rarer confusions (`a` for `o`, `n` for `i`, `â` as `éa`) are left:
 * undone in a name no dictionary holds they make words of it (`France`, `Agoréa`).
 */
// Each place opens on its letters, the letter before looked behind from them (`d(?<=\p{L}d)`, not
// `(?<=\p{L})d`): the same places, but the engine stops only at those letters instead of running
// the look-behind at every position (about ten times faster over the capitalised words of a page).
const WORD_CONFUSIONS: readonly Confusion[] = [
  { read: 'd', printed: 'ô', where: new RegExp(`d(?<=\\p{L}d)(?=${CONSONANT.replace('r', '')})`, 'gu') },
  { read: 'é', printed: 'ô', where: new RegExp(`é(?=${CONSONANT}(?:e|s|es)(?!\\p{L}))`, 'gu') },
  { read: 'ceu', printed: 'œu', where: /ceu(?<=\p{L}ceu)/gu },
  { read: 'g', printed: 'ç', where: /g(?<=\p{L}g)(?=[aou])/gu },
  { read: 'l', printed: 'i', where: new RegExp(`l(?<=[bcdfgkmnpqstvxzBCDFGKMNPQSTVXZr]l)(?=${CONSONANT.replace('l', '').replace('r', '')})|l(?<=ul)(?=l(?!\\p{L}))|l(?=[aeiouy])(?<=[dkmnrstvxz]l)|l(?=[aeiouy])(?<=[aeiouéèêîô][cg]l)`, 'gu') },
  { read: 'qg', printed: 'q', where: /qg/gu },
  { read: 'fi', printed: 'g', where: /fi(?<=\p{L}fi)(?=[aeiouylr])/gu },
  { read: 'ee', printed: 'é', where: /e(?<=\p{L}e)[eé](?=\p{L})/gu },
  { read: 'f', printed: 't', where: /f/gu, minLength: 6 },
  { read: 'll', printed: 'l', where: /ll/gu, minLength: 6, lowerOnly: true },
  { read: 'l', printed: 'i', where: /l(?<=[aeiouéèêâîô]l{1,2})(?=[bcdfgjkmnpqrstvwxz])|l(?<=[ae]l)(?=l(?!\p{L}))/gu, minLength: 6 },
];

/** Any place of a confusion in a word (one pattern, no state: the table's patterns are global). */
const CONFUSION_SITE = new RegExp(WORD_CONFUSIONS.map(({ where }) => where.source).join('|'), 'u');

/** A French word, place, given name or surname: never repaired. */

/** The endings of a place's adjective (`Briançon` → `Briançonnais`, `Roanne` → `Roannais`, `Niort` → `Niortais`). */
const DEMONYM_ENDING = /(?:ais|ois)(?:es?|s)?$/u;
/** A capitalised word of six letters or more, the rest in lower case. */
const CAPITALISED_WORD_OF_SIX = /^\p{Lu}\p{Ll}{5,}$/u;
/** The final consonant an adjective's ending doubles (`Briançonn` → `Briançon`). */
const DOUBLED_FINAL_LETTER = /(\p{Ll})\1$/u;

/**
 * `Briançonnais`, `Roannaise`: the adjective of a place the gazetteer holds, its stem the place itself, the place
 * without its final `e`, or with the final consonant the ending doubles (`-onnais`). The gazetteer lists places, not
 * their adjectives, which name regions and bodies (`Pays du Roannais`).
 */
function isPlaceDemonym(word: string): boolean {
  if (!CAPITALISED_WORD_OF_SIX.test(word) || !DEMONYM_ENDING.test(word)) return false;
  const stem = word.replace(DEMONYM_ENDING, '');
  const places = [stem, `${stem}e`, stem.replace(DOUBLED_FINAL_LETTER, '$1')];
  return places.some((place) => place.length >= 4 && isPlaceName(place));
}

/** What a repair must make: a common word (`œ` looked up as `oe`), a place or its adjective, alone or as part of `compound`. */
const isRepairedWord = (word: string, compound: string): boolean =>
  isCommonWord(word.replace(/œ/gu, 'oe')) || isPlaceName(word) || (compound !== word && isPlaceName(compound)) || isPlaceDemonym(word);

/** The first confusion undone in `part` that makes a word or a place (`whole` with it: a compound place), or null. */
function undoConfusion(part: string, whole: string, partAt: number): { at: number; read: string; printed: string } | null {
  const lower = /^\p{Ll}+$/u.test(part);
  for (const { read, printed, where, minLength = 0, lowerOnly = false } of WORD_CONFUSIONS) {
    if (part.length < minLength || (lowerOnly && !lower)) continue;
    for (const found of part.matchAll(where)) {
      const at = found.index;
      const repaired = spliced(part, at, read.length, printed);
      if (isRepairedWord(repaired, spliced(whole, partAt, part.length, repaired))) return { at, read, printed };
    }
  }
  return null;
}

/** The word (with hyphenated parts) around `index`. */
function wordAround(text: string, index: number): { start: number; word: string } {
  let start = index;
  while (start > 0 && (isLetter(text.charAt(start - 1)) || (text.charAt(start - 1) === '-' && isLetter(text.charAt(start - 2))))) start -= 1;
  let end = index;
  while (end < text.length && (isLetter(text.charAt(end)) || (text.charAt(end) === '-' && isLetter(text.charAt(end + 1))))) end += 1;
  return { start, word: text.slice(start, end) };
}

/** Undoes one confusion in the word at `start` (and its hyphenated parts), or null. */
function repairWord(text: string, start: number, whole: string): TextEdit | null {
  if (isLetter(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(start + whole.length))) return null;
  const undone = confusionInWord(whole);
  return undone === null ? null : { start: start + undone.at, end: start + undone.at + undone.read.length, text: undone.printed };
}

/** The confusion to undo in `whole` (its offset in the word), or null; kept by word, as the same words recur on every page. */
const confusionInWord = memoised((whole: string): { at: number; read: string; printed: string } | null => {
  // Most words hold no confusion site: that cheap test comes before any dictionary lookup.
  if (!CONFUSION_SITE.test(whole) || isKnownWord(whole)) return null;
  let partAt = 0;
  for (const part of whole.split('-')) {
    if (part.length >= 4 && !isKnownWord(part)) {
      const undone = undoConfusion(part, whole, partAt);
      if (undone !== null) return { ...undone, at: partAt + undone.at };
    }
    partAt += part.length + 1;
  }
  return null;
});

/**
 * `Caisse des Dépéts`, `Auvergne-Rhdne-Alpes`, `Ville de Montreull`: one OCR letter confusion in a
 * capitalised word (or a part of a compound) that is no known word, undone when the repaired
 * word is a common word or a place. Names the dictionaries do not hold (`Brocantik`) stay as
 * written: no confusion of the table applies to them or makes a word of them.
 */
const wordLetter: OcrRepair = {
  name: 'word-letter',
  pattern: new RegExp(`${CAPITAL_AHEAD}\\p{Lu}\\p{Ll}{3,}(?:-\\p{L}+)*`, 'gu'),
  edit: (match, text) => {
    const edit = repairWord(text, match.index, match[0]);
    if (edit === null || !afterPersonGivenName(text, match.index)) return edit;
    // After a given name the word is a surname, which no dictionary need hold: mended only into a known name
    // (`Paul Lefrangois` is `Lefrançois`), never into a common word (`Hugo Merlic` is no `Meriic`).
    return isNameWord(spliced(match[0], edit.start - match.index, edit.end - edit.start, edit.text)) ? edit : null;
  },
};

/**
 * `action publiqgue`, `chambre refiionale`, `sceur`, `le pdle`, `des dépdts`, `le minlstere`,
 * `enfreprise`, `soclale`, `depuls`, `locall`: a lower-case word holding a letter group only OCR
 * writes or a place of `word-letter`'s confusions (LETTER_GROUP_PLACES), repaired like
 * `word-letter`: only a word no dictionary holds, into one it holds.
 */
/** A lower-case letter, accents included. */
const LOWER = '[a-zàâçéèêëîïôûù]';
/**
 * Where `letter-group` looks, each a group OCR writes or the place of one confusion. The places of
 * a single letter open on it, the letter before looked behind from it (see WORD_CONFUSIONS).
 */
const LETTER_GROUP_PLACES: readonly string[] = [
  'qg', // `publiqgue`: no French word writes it
  'fii', // `refiionale`: `g` read as `fi`
  `fi(?=[aeiouylr])(?<=${LOWER}fi)`, // `aveufiles`, `ouvrafie`: `g` read as `fi` inside a word
  `f(?=${LOWER})`, // `enfreprise`, `coopérafion`: `t` read as `f` (the word's length is repairWord's guard)
  `f(?<=${LOWER}f)`,
  '[cs]ceu', // `sceur`: `œ` read as `ce`
  `d(?=[bcdfgjklmnpqstvwxz])(?<=${LOWER}d)`, // `pdle`, `dépdts`: `ô` read as `d` before a consonant
  'l(?=[bcdfgkmnpqstvxz])(?<=[bcdfgkmnpqstvxz]l)', // `minlstere`: `i` read as `l` between consonants
  'l(?=[aeiouy])(?<=[dkmnrstvxz]l)', // `i` read as `l` before a vowel
  'l(?=[aeiouy])(?<=[aeiouéèêîô][cg]l)', // `soclale`, `réglon`: after a vowel and `c`/`g`
  'l(?=[bcdfgjkmnpqrstvwxz])(?<=[aeiouéèêâîô]l{1,2})', // `depuls`, `solldaire`: after a vowel
  `l(?=l(?!${LOWER}))(?<=[ae]l)`, // `locall`: a doubled final `l`
  `ll(?<=${LOWER}ll)`,
  `ll(?=${LOWER})`,
];

const letterGroup: OcrRepair = {
  name: 'letter-group',
  pattern: new RegExp(LETTER_GROUP_PLACES.join('|'), 'gu'),
  edit: (match, text) => {
    const { start, word } = wordAround(text, match.index);
    return ALL_LOWER.test(word) ? repairWord(text, start, word) : null;
  },
};

/**
 * `Activités a Rayonnement`, `Culture⏎a Montaigu`: `à` read as `a` (the most frequent accent
 * loss) between two capitalised words, on one line or across a line end, where the verb `a` cannot stand (it takes a lower-case
 * participle or object).
 */
/** A capitalised word (and blanks) closing a text; compiled once (core/word-shape.ts says why). */
const CAPITALISED_WORD_CLOSING = /\p{Lu}\p{Ll}+[ \t]*$/u;
const graveA: OcrRepair = {
  name: 'a-for-grave',
  pattern: /[ \n]a (?=\p{Lu}\p{Ll})/gu,
  edit: (match, text) => (CAPITALISED_WORD_CLOSING.test(text.slice(Math.max(0, match.index - 30), match.index)) ? { start: match.index + 1, end: match.index + 2, text: 'à' } : null),
};

/** The short articles and pronouns (`la`, `le`, `les`, `leur`, `leurs`, `lui`) with their `l` doubled. */
const DOUBLED_L_WORDS: ReadonlySet<string> = new Set(['lla', 'lle', 'lles', 'lleur', 'lleurs', 'llui']);
/** What follows `lle` when it is `le`: a lower-case word, maybe on the next line, that is no `de`/`d'` (`lle de Ré` is `Île`). */
const LOWER_WORD_NOT_DE = /^[ \t]*\n?[ \t]*(?!de\b|d['’])\p{Ll}/u;
/**
 * `par lla métropole`, `lles projets`, `lleurs dirigeants`: the `l` of a short article or pronoun doubled by OCR. No
 * French word writes `ll` at its start, so the doubled form is no word and the single one is. `lle` before `de`, a
 * hyphen or a capital is left: there it may be `Île` with its capital read as `l` (`lle-de-France`, `lle de Ré`).
 */
const doubledLArticle: OcrRepair = {
  name: 'doubled-l-article',
  pattern: /ll(?=a|e|es|eurs?|ui)(?<=(?:^|[^\p{L}\p{N}'’@./_-])ll)/gu,
  edit: (match, text) => {
    const word = `l${wordAfter(text, match.index + 1)}`;
    if (!DOUBLED_L_WORDS.has(word)) return null;
    const next = text.slice(match.index + word.length, match.index + word.length + 6);
    if (word === 'lle' && !LOWER_WORD_NOT_DE.test(next)) return null;
    return { start: match.index, end: match.index + 1, text: '' };
  },
};

/**
 * `Atelier2 et le MES3`, `publique1.`: a footnote call glued to the end of a word in a text
 * layer (one digit after a common word, a known acronym or a place). The digit goes, so the
 * word reads as itself; numbers inside names are written apart (`Atelier 42`) or with two digits (`Néo56`).
 */
const footnoteMark: OcrRepair = {
  name: 'footnote-mark',
  pattern: /\d(?<=[\p{L}]\d)(?=[ \t\n,.;:)–—-]|$)/gu,
  edit: (match, text) => {
    const word = wordBefore(text, match.index);
    if (word.length < 3 || /[\p{N}_@/.-]/u.test(text.charAt(match.index - word.length - 1))) return null;
    if (!/^\p{Lu}+$|\p{Ll}$/u.test(word)) return null;
    // `sur1 200 m²`, `soit1 500`: a number glued to the word that introduces it, not a footnote.
    const next = text.slice(match.index + 1, match.index + 6);
    if ((introducesNumber(word) && /^[ \t]+\S/u.test(next)) || /^[ \t]\d{3}(?!\d)/u.test(next)) return null;
    return isCommonWord(word) || isAcronym(word.toUpperCase()) || isPlaceName(word) ? { start: match.index, end: match.index + 1, text: '' } : null;
  },
};

/**
 * `lartisanat`, `dinitiatives`, `llentreprise`: the apostrophe of `l'`/`d'` lost (or read as a
 * second `l`). Only a lower-case word that is no dictionary word while its part after the
 * article is one of four letters or more. A capital `L` alone is left: surnames and places start
 * with it (`Laval`, `Lamour`).
 */
const vanishedApostrophe: OcrRepair = {
  name: 'vanished-apostrophe',
  // The ASCII look-behind drops most matches inside a word in the pattern (`startsWord` checks
  // the rest; a match inside a word hid no match that starts a word). It is run back from the
  // article's end, so the engine first skips to the letters an article starts with.
  pattern: /(?<article>ll|Ll|[ld])(?<=(?<![a-zA-Z0-9'@./_-])\k<article>)(?=[aeiouyhéèêâîôû]\p{Ll}{3,})/gu,
  edit: (match, text) => {
    if (!startsWord(text, match.index)) return null;
    const article = match[0];
    const restStart = match.index + article.length;
    const rest = wordAfter(text, restStart);
    if (!ALL_LOWER.test(rest) || !endsWord(text, restStart + rest.length)) return null;
    if (isCommonWord(article + rest) || !isCommonWord(rest)) return null;
    // `detiers`, `lamaison`: `de`/`la`/`le` glued to a word reads better than an elision (`glued-word`'s).
    if (article.length === 1 && GLUE_PREFIXES.includes(article + rest.charAt(0)) && rest.length >= 4 && isCommonWord(rest.slice(1))) return null;
    // `l` + word: an apostrophe goes in; `ll` + word: the second `l` was the apostrophe.
    return { start: match.index + 1, end: restStart, text: "'" };
  },
};

/** The place of an `é` before a consonant and a final mute `e` (`lumiére`, `Péle`): a spelling French never writes. */
const ACUTE_BEFORE_MUTE_E = /é(?=(?:[bcdfgjklmnpqrstvz]|ch|gn|[bcdfgptv][rl])es?(?![\p{L}\p{N}]))/gu;

/** Organisation type words written with `ô` (`pôle`, `écopôle`), folded to lower case. */
const CIRCUMFLEX_HEADS: ReadonlySet<string> = new Set(ORGANISATION_HEADS.filter((head) => head.includes('ô') && !head.includes(' ')));

/** The word around an `é` read by ACUTE_BEFORE_MUTE_E with `ô` in its place, when that is a type word (`Péles` → `Pôles`). */
function circumflexHead(text: string, index: number): boolean {
  const before = wordBefore(text, index);
  if (before.length === 0) return false;
  const word = `${before}ô${wordAfter(text, index).slice(1)}`.toLowerCase();
  return CIRCUMFLEX_HEADS.has(word) || CIRCUMFLEX_HEADS.has(word.replace(/s$/u, ''));
}

/**
 * `Péle ESS`, `les péles territoriaux`: OCR reads the `ô` of an organisation type word as `é`.
 * That spelling is no word (see acute-for-grave), and the grave reading it would otherwise get
 * (`pèle`, a verb) is not what a page about organisations writes: the type word is put back.
 */
const acuteForCircumflex: OcrRepair = {
  name: 'acute-for-circumflex',
  pattern: ACUTE_BEFORE_MUTE_E,
  edit: (match, text) => (circumflexHead(text, match.index) ? { start: match.index, end: match.index + 1, text: 'ô' } : null),
};

/**
 * `lumiére`, `matiére`, `piéce`: OCR keeps `é` where the text had `è`. French writes no `é`
 * before a consonant and a final mute `e`, so that spelling is never a word; the grave accent is
 * put back when the word (accents folded) is a dictionary word and no type word (acute-for-circumflex).
 */
const acuteForGrave: OcrRepair = {
  name: 'acute-for-grave',
  pattern: ACUTE_BEFORE_MUTE_E,
  edit: (match, text) => {
    const before = wordBefore(text, match.index);
    if (before.length === 0 || circumflexHead(text, match.index) || isMisreadCountedUnit(text, match.index - before.length)) return null;
    const word = before + wordAfter(text, match.index);
    return isCommonWord(word) ? { start: match.index, end: match.index + 1, text: 'è' } : null;
  },
};

/** `Svetlana lvanova`, `lsabelle Roux`: a name opening on `I` read as `l`, after a given name or itself one. */
function nameWithI(text: string, index: number, word: string): boolean {
  const given = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1];
  if (given !== undefined && isFirstName(given)) return true;
  return /^[ \t]+\p{Lu}/u.test(text.slice(index + word.length, index + word.length + 2)) && isFirstName(`I${word.slice(1)}`);
}

/**
 * `lnsertion`, `lnstitut`: a capital `I` or an `i` read as `l` at the start of a word, where `l`
 * before a consonant cannot start a French word. Capital `I` at a line or sentence start or
 * before a capitalised word, `i` otherwise. A name may open on it too (`Svetlana lvanova`,
 * `lsabelle Roux`), which no dictionary holds.
 */
const lForI: OcrRepair = {
  name: 'l-for-i',
  pattern: /l(?=[bcdfgkmnpqrstvwxz]\p{Ll}{2,})/gu,
  edit: (match, text) => {
    if (/[\p{L}\p{N}@./_-]/u.test(text.charAt(match.index - 1))) return null;
    const word = wordAfter(text, match.index);
    if (!ALL_LOWER.test(word) || !endsWord(text, match.index + word.length) || isCommonWord(word)) return null;
    const name = nameWithI(text, match.index, word);
    if (!name && !isCommonWord(`i${word.slice(1)}`)) return null;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const after = text.slice(match.index + word.length, match.index + word.length + 2);
    const capital = name || /(?:^|[\n.!?:•][ \t]*)$/u.test(before) || /^[ \t]\p{Lu}/u.test(after);
    return { start: match.index, end: match.index + 1, text: capital ? 'I' : 'i' };
  },
};

/** Letter confusions of OCR inside given names: what was read, what was printed. */
// `é` for `ô` (`Jéréme`) and `i` for `l` (`Caroie`): ../shared/tools/ocr_noise.py reads one `ô` in nine as `é`, and
// now and then an `l` as `i`; each undone only when it makes a known given name. A doubled `l` stays (`Gwenaell` is a name).
const NAME_CONFUSIONS: readonly (readonly [string, string])[] = [['l', 'i'], ['g', 'ç'], ['qg', 'q'], ['d', 'è'], ['f', 't'], ['d', 'ô'], ['lli', 'li'], ['é', 'ô'], ['i', 'l']];

/** `Jean-` before a word: the second part of a hyphenated given name, which no place or common word is. */
function afterGivenHyphen(text: string, index: number): boolean {
  return text.charAt(index - 1) === '-' && isFirstName(wordBefore(text, index - 1));
}

/**
 * `Marle Dupont`, `Fabrlce\nHoareau`, `Frangoise Roux`, `Jérdme Roux`, `Jacquelline`: a letter of a
 * given name misread (`i` as `l`, `ç` as `g`, `q` as `qg`, `è` or `ô` as `d`, `l` doubled before `i`), before
 * a capitalised word (the surname). Repaired when the word is no given name, common word or place
 * (`Lille`; the second part of `Jean-Marle` is never a place) and undoing one confusion makes a
 * given name; not after an area's `d'` (`Val d'Ille`: a river's name).
 */
const nameLetter: OcrRepair = {
  name: 'name-letter',
  // The surname may open on a particle (`Nathalle d'Aubigny`, `Frangois de Lavalette`).
  pattern: new RegExp(`${CAPITAL_AHEAD}\\p{Lu}\\p{Ll}*?[lgdfié]\\p{Ll}*(?=[ \\t]*\\n?[ \\t]*(?:(?:de|du|des)[ \\t]+|[dl]['’])?\\p{Lu})`, 'gu'),
  edit: (match, text) => {
    const word = match[0];
    if (isLetter(text.charAt(match.index - 1)) || isFirstName(word) || word.length < 4 || afterAreaElision(text, match.index)) return null;
    if (!afterGivenHyphen(text, match.index) && (isCommonWord(word) || isPlaceName(word))) return null;
    for (const [read, printed] of NAME_CONFUSIONS) {
      for (let at = word.indexOf(read, 1); at > 0; at = word.indexOf(read, at + 1)) {
        if (!isFirstName(spliced(word, at, read.length, printed))) continue;
        return { start: match.index + at, end: match.index + at + read.length, text: printed };
      }
    }
    return null;
  },
};

/**
 * `MarieMichelle Dufetel`: two given names glued by a lost space, before the surname. Split when
 * both parts are given names and the whole is none, and a capitalised word (the surname) follows.
 */
const gluedGivenNames: OcrRepair = {
  name: 'glued-given-names',
  // Found at the lower-case letter before a capital inside a word (rare), then read both ways.
  // The pair is matched, not looked ahead at: the engine then skips most positions at once (the
  // same places: the capital after the match can open none).
  pattern: /[a-zàâçéèêëîïôûù][A-ZÀÂÇÉÈÊËÎÏÔÛÙ](?=[a-zàâçéèêëîïôûù]{2})/gu,
  edit: (match, text) => {
    const end = match.index + 1;
    const first = wordBefore(text, end);
    const second = wordAfter(text, end);
    const start = end - first.length;
    if (first.length < 3 || !OPENS_UPPER.test(first) || /[\p{N}'’-]/u.test(text.charAt(start - 1))) return null;
    if (!/^[ \t]*\n?[ \t]*\p{Lu}/u.test(text.slice(end + second.length, end + second.length + 8))) return null;
    if (!isFirstName(first) || !isFirstName(second) || isFirstName(first + second.toLowerCase())) return null;
    return { start: end, end, text: ' ' };
  },
};

/**
 * Whether the mended word is a noun figures count and the damaged one none (`adheérents`,
 * `anneées`): mended even when the dictionary misses the noun or, a Bloom filter, takes the
 * damaged spelling, so the figure before it keeps its unit.
 */
const mendsCountedNoun = (whole: string, repaired: string): boolean => isCountedNoun(repaired.toLowerCase()) && !isCountedNoun(whole.toLowerCase());

/**
 * `deéchets`, `Deépartement`, `reéunion`: an `é` read as `eé` or `ée` inside a word. `ée` only
 * in a lower-case word and not as the feminine ending (`Pyrénées`, `créées` are words).
 */
const doubledAcute: OcrRepair = {
  name: 'doubled-acute',
  pattern: /e(?=é)|é(?=e\p{L})/gu,
  edit: (match, text) => {
    const before = wordBefore(text, match.index);
    if (before.length === 0) return null;
    if (match[0] === 'é' && (!ALL_LOWER.test(before) || /^es?(?!\p{L})/u.test(text.slice(match.index + 1, match.index + 4)))) return null;
    const after = wordAfter(text, match.index);
    const whole = before + after;
    const repaired = match[0] === 'e' ? before + after.slice(1) : `${before}é${after.slice(2)}`;
    // A word cut at a line end (`réem-`) is no whole word yet.
    if (text.charAt(match.index + after.length) === '-' || repaired.length < 5) return null;
    if (!mendsCountedNoun(whole, repaired) && (isCommonWord(whole) || !isCommonWord(repaired))) return null;
    return match[0] === 'e' ? { start: match.index, end: match.index + 1, text: '' } : { start: match.index + 1, end: match.index + 2, text: '' };
  },
};

/** Last parts of addresses and file names, never the end of a split word. */
const ADDRESS_ENDINGS: ReadonlySet<string> = new Set(['fr', 'org', 'com', 'net', 'eu', 'info', 'asso', 'coop', 'gouv', 'html', 'htm', 'php', 'pdf', 'doc', 'docx', 'odt', 'xls', 'xlsx', 'csv', 'jpg', 'png']);

/**
 * `fonc.tions`, `Soph.ie`, `Mart.inique`, `résea.u`: a dot read inside a word; joined only into a dictionary word, a
 * given name or a place, never in an address.
 */
const dotInWord: OcrRepair = {
  name: 'dot-in-word',
  pattern: /\.(?=\p{Ll})/gu,
  edit: (match, text) => {
    const left = wordBefore(text, match.index);
    const right = wordAfter(text, match.index + 1);
    if (left.length < 2 || !/^\p{L}\p{Ll}+$/u.test(left) || !ALL_LOWER.test(right)) return null;
    // `résea.u`, `Mair.e`: one letter after the dot ends a word only when the letters before it are none.
    if (right.length === 1 && (left.length < 3 || isCommonWord(left))) return null;
    const leftStart = match.index - left.length;
    const rightEnd = match.index + 1 + right.length;
    // An address or a file name: `www.site.fr`, `mon-site.org`, `prenom.nom@`, `rapport.pdf`.
    // A dot then a space or the end closes the sentence (`le 16 janvi.er.`), no address.
    const closing = text.charAt(rightEnd) === '.' && /^(?:\s|$)/u.test(text.charAt(rightEnd + 1));
    // A given name no dictionary holds joins too, also as a compound's second part (`Anne-Soph.ie`).
    const given = OPENS_UPPER.test(left) && isFirstName(left + right);
    const hyphenBefore = text.charAt(leftStart - 1) === '-' && !given;
    if (/[./@:]/u.test(text.charAt(leftStart - 1)) || hyphenBefore || (!closing && /[./@-]/u.test(text.charAt(rightEnd))) || ADDRESS_ENDINGS.has(right)) return null;
    // `Mart.inique`: a place joins, even when its end is a word too (`inique`).
    const place = OPENS_UPPER.test(left) && isPlaceName(left + right);
    if (place) return { start: match.index, end: match.index + 1, text: '' };
    if (!(isCommonWord(left + right) || given) || isCommonWord(right) && right.length >= 4) return null;
    return { start: match.index, end: match.index + 1, text: '' };
  },
};

/**
 * `le Labo de⏎⏎l'Orvant`, `du PTCE⏎⏎TROKAL VIVA`, a list of one name a line split in two: OCR's
 * layout analysis writes a blank line wherever it sees a gap between blocks, in the middle of a
 * sentence, of a name or of a list, where a PDF's text layer writes one line break. Every rule
 * reads a line break there; a blank line (and the spaces on it) becomes one line break.
 */
const blankLine: OcrRepair = {
  name: 'blank-line',
  pattern: /\n(?:[ \t]*\n)+/gu,
  edit: (match) => ({ start: match.index, end: match.index + match[0].length, text: '\n' }),
};

/** `les_acteurs`: a space read as an underscore between two words (never inside an address). */
const underscoreForSpace: OcrRepair = {
  name: 'underscore-for-space',
  pattern: /_(?=\p{L})/gu,
  edit: (match, text) => {
    const left = wordBefore(text, match.index);
    if (left.length === 0) return null;
    let tokenStart = match.index - left.length;
    while (tokenStart > 0 && !/\s/u.test(text.charAt(tokenStart - 1))) tokenStart -= 1;
    let tokenEnd = match.index + 1;
    while (tokenEnd < text.length && !/\s/u.test(text.charAt(tokenEnd))) tokenEnd += 1;
    if (/[@/]|www\.|\.[a-z]{2,4}\b|_.*_/u.test(text.slice(tokenStart, tokenEnd))) return null;
    return { start: match.index, end: match.index + 1, text: ' ' };
  },
};

/**
 * `v’ Fin juin`, `e Une visite`, `> Mardi`: a list bullet the OCR read as a letter or a mark, at
 * the start of a line before a capital. The mark goes (a text layer shows no bullet there).
 * Guillemets are left (OCR reads some bullets as `«` or `»`, but quotations spanning lines start
 * and end lines the same way), and so is `*`, which the list rules read as a bullet.
 */
const bulletGlyph: OcrRepair = {
  name: 'bullet-glyph',
  pattern: /^[ \t]*(?:v['’"]?|[e>])[ \t]+(?=\p{Lu})/gmu,
  edit: (match) => {
    const glyph = match[0].trim();
    const start = match.index + match[0].indexOf(glyph);
    return { start, end: match.index + match[0].length, text: '' };
  },
};

/**
 * `+ Chauffeur & Go`: a bullet (`•`, `♦`) the OCR of a scan read as `+`, at a line start before a
 * capital, put back as `•` so the list rules see a list item, as they do on the text layer.
 */
const plusBullet: OcrRepair = {
  name: 'plus-bullet',
  pattern: /^[ \t]*\+(?=[ \t]+\p{Lu})/gmu,
  edit: (match) => ({ start: match.index + match[0].length - 1, end: match.index + match[0].length, text: '•' }),
};

/** How far from an inline `*` another inline bullet is looked for (a few lines of a paragraph). */
const INLINE_BULLET_REACH = 240;
/** A word, then spaces, right before the `*`. */
const SPACE_AFTER_WORD = /[^\s][ \t]+$/u;
/**
 * Another inline bullet: `•` or `*` (or the `e`, `v’` a noisy scan reads a bullet as, before a capital)
 * between spaces, or `*` opening a line.
 */
const OTHER_INLINE_BULLET = /(?:[ \t][•*]|^[ \t]*\*)[ \t]+\p{L}|[^\s][ \t]+(?:e|v['’"])[ \t]+\p{Lu}/mu;

/**
 * Whether the bullet read at `[start, end)` stands mid-line, after a word and a space, with another inline bullet
 * within `INLINE_BULLET_REACH` before or after it (a list holds two at least). Asked by `star-bullet` and `letter-bullet`.
 */
function inlineBulletAt(text: string, start: number, end: number): boolean {
  if (!SPACE_AFTER_WORD.test(text.slice(Math.max(0, start - 3), start))) return false;
  return OTHER_INLINE_BULLET.test(text.slice(Math.max(0, start - INLINE_BULLET_REACH), start)) || OTHER_INLINE_BULLET.test(text.slice(end, end + INLINE_BULLET_REACH));
}

/**
 * `… de proximité : * La Maison X * Sirel * Vaubec Plus`: an inline bullet (`•`) that a text layer
 * joined into one paragraph, read as `*` by the OCR of a scan, put back as `•` so the list rules see
 * the items they see on the text layer. Only a `*` between spaces, before a letter, with another
 * such bullet near it (a list holds two at least): a lone `* ` is a note's or a greeting's.
 */
const starBullet: OcrRepair = {
  name: 'star-bullet',
  pattern: /\*(?=[ \t]+\p{L})/gu,
  // Mid-line only: a `*` opening a line is a bullet the list rules read as it is.
  edit: (match, text) => (inlineBulletAt(text, match.index, match.index + 1) ? { start: match.index, end: match.index + 1, text: '•' } : null),
};

/**
 * `… du Val e Sirel • Vaubec Plus v’ La Communauté`: the same inline bullet read as `e` or `v’` by a
 * noisier OCR (the glyphs `bullet-glyph` removes at a line's start), between words and before a capital,
 * with another bullet near it, put back as `•`.
 */
const letterBullet: OcrRepair = {
  name: 'letter-bullet',
  pattern: / (?:e|v['’"])(?=[ \t]+\p{Lu})/gu,
  edit: (match, text) => {
    const start = match.index + 1;
    const end = match.index + match[0].length;
    return inlineBulletAt(text, start, end) ? { start, end, text: '•' } : null;
  },
};

/** How far around a guillemet its partner is looked for. */
const QUOTE_REACH = 2000;
/** The longest line read as a list item. */
const SHORT_ITEM = 40;

/** Whether the `«` at `index` opens no quotation: no `»` comes before the next `«` (or within reach). */
function opensNothing(text: string, index: number): boolean {
  const after = text.slice(index + 1, index + QUOTE_REACH);
  const close = after.indexOf('»');
  const reopen = after.indexOf('«');
  return close < 0 || (reopen >= 0 && reopen < close);
}

/** Whether the `»` at `index` closes no quotation: no `«` stands open before it (within reach). */
function closesNothing(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - QUOTE_REACH), index);
  return before.lastIndexOf('«') <= before.lastIndexOf('»');
}

/**
 * `» La Buanderie Partagée`, `« Récup'Littoral`: a list bullet the OCR read as a guillemet, at a
 * line start before a capital. Only a guillemet that has no partner goes: a `«` that no `»`
 * closes before the next `«`, a `»` that closes no open `«`, on a short line. A quotation opening
 * or closing at a line start has its partner, or runs to the margin, so it stays.
 */
const guillemetBullet: OcrRepair = {
  name: 'guillemet-bullet',
  pattern: /^[ \t]*[«»][ \t]+(?=\p{Lu})/gmu,
  edit: (match, text) => {
    const at = match.index + match[0].search(/[«»]/u);
    // A list item is a short line (a name, a few words); a quotation's first line runs to the margin.
    const lineEnd = text.indexOf('\n', at);
    if ((lineEnd < 0 ? text.length : lineEnd) - at > SHORT_ITEM) return null;
    const alone = text.charAt(at) === '«' ? opensNothing(text, at) : closesNothing(text, at);
    return alone ? { start: at, end: match.index + match[0].length, text: '' } : null;
  },
};

/**
 * A short word glued to the next one: `laFabrique`, `dansle`. The look-behind drops most
 * matches inside a word (`reunion`) in the pattern rather than after building them; the edit
 * still checks the whole class (a match inside a word runs to its end, so it hid no word start).
 * The pattern opens on the short words themselves, the look-behind run after them (back over the
 * word just read): the engine then skips the positions no short word starts at.
 */
const GLUED = new RegExp(`(?<prefix>${alternation(LEADING_GLUE_WORDS)})(?<=(?<![a-zA-Z0-9'])\\k<prefix>)(?<rest>\\p{L}{2,})(?![\\p{L}\\p{N}'])`, 'gu');
/** A lower-case word that may follow a glued short word: a short one only from SHORT_GLUED_RESTS (not `bo` of `labo`). */
function isGluedRestWord(rest: string): boolean {
  return [...rest].length < 3 ? SHORT_GLUED_RESTS.has(rest) : isCommonWord(rest);
}

const gluedWord: OcrRepair = {
  name: 'glued-word',
  pattern: GLUED,
  edit: (match, text) => {
    if (/[\p{L}\p{N}']/u.test(text.charAt(match.index - 1))) return null;
    // `Bopa- lett`: the part after a hyphen and a space is the end of a split word (`split-word`'s), no glued pair.
    if (text.slice(match.index - 2, match.index) === '- ' && isLetter(text.charAt(match.index - 3))) return null;
    const prefix = match.groups?.['prefix'] ?? '';
    const rest = match.groups?.['rest'] ?? '';
    if (isCommonWord(prefix + rest)) return null;
    const restIsName = /^\p{Lu}\p{Ll}/u.test(rest) || /^\p{Lu}{2,}$/u.test(rest);
    if (!restIsName && !(ALL_LOWER.test(rest) && isGluedRestWord(rest))) return null;
    const at = match.index + prefix.length;
    return { start: at, end: at, text: ' ' };
  },
};

/**
 * Capitalised words that open a sentence and that OCR glues to the next word (`Cetteannée,`, `Unespace partagé`):
 * determiners, pronouns, prepositions and conjunctions, not `Le`, `La`, `Les`, `Des`, `Du`, `De`, `Au`, which open
 * surnames (`Lefort`, `Dupont`, `Desbois`) as often.
 */
const SENTENCE_GLUE_WORDS = ['Un', 'Une', 'Cette', 'Cet', 'Ces', 'Nos', 'Vos', 'Leur', 'Leurs', 'Ils', 'Elles', 'Elle', 'Dans', 'Pour', 'Avec', 'Mais', 'Car'];
const GLUED_OPENER = new RegExp(`(?:${alternation(SENTENCE_GLUE_WORDS)})\\p{Ll}{3,}(?![\\p{L}\\p{N}'’-])`, 'gu');
/** A line's start or a sentence's end (and a quote) right before. */
const SENTENCE_START_BEFORE = /(?:^|\n[ \t]*|[.!?…:][ \t]+[«"“]?[ \t]*)$/u;

/**
 * `Cetteannée, l'association…`, `Unespace de travail`: a capitalised word opening a sentence glued to the word after
 * it. Split when the whole is no dictionary word nor name and the rest is a common word of three letters or more.
 */
const gluedSentenceOpener: OcrRepair = {
  name: 'glued-sentence-opener',
  pattern: GLUED_OPENER,
  edit: (match, text) => {
    const word = match[0];
    if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index))) return null;
    if (isCommonWord(word.toLowerCase()) || isNameWord(word)) return null;
    // `Unespace`: `Une` + `space` or `Un` + `espace`; the rest must be a common word of three letters or more.
    const prefix = SENTENCE_GLUE_WORDS.find((opener) => word.startsWith(opener) && word.length - opener.length >= 3 && isCommonWord(word.slice(opener.length)));
    if (prefix === undefined) return null;
    const at = match.index + prefix.length;
    return { start: at, end: at, text: ' ' };
  },
};

/** Short words OCR glues to the end of the word before them (`Fondationde`, `membredu`). */
const TRAILING_GLUED = ['des', 'de', 'du', 'la', 'le', 'les', 'et', 'en'];
/** After a capitalised word only `de`/`du`/`des` are split off: names end in `-les`, `-et`, `-en` (`Grésilles`). */
const TRAILING_AFTER_NAME: ReadonlySet<string> = new Set(['de', 'du', 'des']);

/** `Recyclerle`: an `l` that reads as `i` makes a known word, so the end is no glued `le`. */
function readsWithI(word: string): boolean {
  for (let at = word.indexOf('l'); at >= 0; at = word.indexOf('l', at + 1)) {
    if (isCommonWord(`${word.slice(0, at)}i${word.slice(at + 1)}`)) return true;
  }
  return false;
}

/** A word in lower case, maybe capitalised. */
const LOWER_OR_CAPITALISED = /^\p{Lu}?\p{Ll}+$/u;
/**
 * `Fondationde France`, `membredu réseau`, `soutientla création`: a word of four letters or more
 * glued to the short word after it (a space lost after a long word). Split when the whole is no
 * known word, nor one with an `l` read for an `i`, and the part before is a dictionary word.
 */
const gluedBeforeShort: OcrRepair = {
  name: 'glued-before-short',
  // Anchored on the short word at a word end (an ASCII or Latin class, cheaper than the Unicode
  // property), six lower-case letters looked behind from there; the edit reads the word itself.
  pattern: new RegExp(`${alternation(TRAILING_GLUED)}(?![a-zA-Z0-9'’\\u00C0-\\u024F])(?<=[a-zàâçéèêëîïôûù]{6})`, 'gu'),
  edit: (match, text) => {
    const word = wordBefore(text, match.index + match[0].length);
    const stem = word.slice(0, word.length - match[0].length);
    const start = match.index + match[0].length - word.length;
    // After an elided `d'`/`l'` the word is a whole word too (`d'agglomérationdu`); after any other mark it is part of a code or an address.
    const elided = /[dlDL]['’]$/u.test(text.slice(Math.max(0, start - 2), start)) && !isLetter(text.charAt(start - 3));
    if (stem.length < 4 || !LOWER_OR_CAPITALISED.test(word) || (!elided && /[\p{N}'’@./_-]/u.test(text.charAt(start - 1)))) return null;
    if (OPENS_UPPER.test(word) && !TRAILING_AFTER_NAME.has(match[0])) return null;
    // An article or a preposition always has a word after it (`Castagnède, adjoint` is a name).
    if (!/^[ \t]*\n?[ \t]*[\p{L}'’]/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4))) return null;
    // `dansle`, `pourla`: a short word first is `glued-word`'s (both would put a space in).
    if (GLUE_PREFIXES.includes(stem.toLowerCase()) || isKnownWord(word) || !isCommonWord(stem) || readsWithI(word)) return null;
    return { start: match.index, end: match.index, text: ' ' };
  },
};

/** Prepositions that OCR glues to a name and `glued-word` does not read (it reads lower-case hosts). */
const NAME_HOSTS: ReadonlySet<string> = new Set(['selon', 'chez', 'sans', 'vers', 'auprès', 'grâce']);
const GLUE_HOSTS: ReadonlySet<string> = new Set(GLUE_PREFIXES);

/**
 * `SelonOumar Diallo`, `AvecKarim`, `chezLina`, `4 RueDaumier`: a preposition, an article or a
 * street word glued to the capitalised word after it. A capitalised host (a sentence start), one
 * of `NAME_HOSTS` or a street word; `laFabrique` is `glued-word`'s.
 */
const gluedBeforeCapital: OcrRepair = {
  name: 'glued-before-capital',
  // The lower-case letter and the capital matched as a pair (as in `glued-given-names`); the edit reads the index.
  pattern: /[a-zàâçéèêëîïôûù][A-ZÀÂÇÉÈÊËÎÏÔÛÙ](?=[a-zàâçéèêëîïôûù])/gu,
  edit: (match, text) => {
    const end = match.index + 1;
    const host = wordBefore(text, end);
    if (!startsWord(text, end - host.length)) return null;
    const lower = host.toLowerCase();
    const capitalised = /^\p{Lu}\p{Ll}+$/u.test(host);
    if (!(NAME_HOSTS.has(lower) || STREET_WORDS.has(lower) || (capitalised && GLUE_HOSTS.has(lower)))) return null;
    return { start: end, end, text: ' ' };
  },
};

/** `del'association`, `etl'école`: a short word glued to an elided article. */
const ELISION_HOSTS = ['de', 'et', 'à', 'par', 'pour', 'sur', 'avec'];
const gluedElision: OcrRepair = {
  name: 'glued-elision',
  // Anchored on the apostrophe (rare), the host word and the elided letter looked behind from it:
  // words starting like a host (`de`, `et`, `à`…) are everywhere. The ASCII look-behind keeps the
  // host whole; the edit checks the whole class before it. No host ends another, so the one
  // before the elided letter is found by its spelling.
  pattern: new RegExp(`'(?<=(?<![a-zA-Z0-9'])${alternation(ELISION_HOSTS)}[ld]')(?=\\p{L})`, 'gu'),
  edit: (match, text) => {
    const end = match.index - 1;
    const host = ELISION_HOSTS.find((word) => text.startsWith(word, end - word.length)) ?? '';
    if (/[\p{L}\p{N}']/u.test(text.charAt(end - host.length - 1))) return null;
    return { start: end, end, text: ' ' };
  },
};

/**
 * `deI'Artisanat`, `villeI'Economie`: a word glued to an elided `l'` read as `I'`. No word writes a lower-case
 * letter then `I'`; the space goes back and the article is put back (`par l'Activité`).
 */
const gluedIElision: OcrRepair = {
  name: 'glued-i-elision',
  // Found at the apostrophe (rare), the letter and the `I` looked behind from it.
  pattern: /['’](?<=\p{Ll}I['’])(?=\p{L})/gu,
  edit: (match) => ({ start: match.index - 1, end: match.index, text: ' l' }),
};

/** Three-letter words that follow a number in running text (`222ont pu`, `10ans`), never a unit. */
const SHORT_AFTER_NUMBER: ReadonlySet<string> = new Set(['ont', 'ans', 'des', 'les', 'sur', 'par', 'est', 'une', 'aux', 'ses', 'nos', 'vos', 'ces']);

/** `18au 20 novembre`, `12et 13 juin`: `au` or `et` glued to a number, another number after it. */
function linksNumbers(text: string, at: number, word: string): boolean {
  return (word === 'au' || word === 'et') && /^[ \t]+\d/u.test(text.slice(at + word.length, at + word.length + 4));
}

/**
 * `26réunions`, `12,5ETPcréés`, `222ont`: a number glued to the word after it. Split when that word is a
 * dictionary word of four letters or more, or a known acronym (`ETP`), so units glued on purpose
 * (`12km`, `2200m2`, `4.5M€`, `1er`) stay as written.
 */
const gluedNumber: OcrRepair = {
  name: 'glued-number',
  pattern: /\d(?=\p{L})/gu,
  edit: (match, text) => {
    // Only a number standing alone (`12,5`), not one inside a code or an address (`asso2mains`).
    let numberStart = match.index;
    while (numberStart > 0 && /[\d,.]/u.test(text.charAt(numberStart - 1))) numberStart -= 1;
    // A word glued before (`emploie25salariés`) is parted by `word-glued-number`.
    const gluedBefore = HOLDS_LETTER.test(text.charAt(numberStart - 1)) && wordGluedBefore(text, numberStart) !== '';
    if ((!gluedBefore && /[\p{L}\p{N}/@_-]/u.test(text.charAt(numberStart - 1))) || text.charAt(numberStart) === '.') return null;
    const at = match.index + 1;
    const word = wordAfter(text, at);
    const acronym = /^\p{Lu}{2,}/u.exec(word)?.[0] ?? '';
    const lower = ALL_LOWER.test(word) && (word.length >= 4 ? isCommonWord(word) : SHORT_AFTER_NUMBER.has(word) || linksNumbers(text, at, word));
    const upper = acronym !== '' && isAcronym(acronym) && (acronym === word || ALL_LOWER.test(word.slice(acronym.length)));
    return lower || upper ? { start: at, end: at, text: ' ' } : null;
  },
};

/** `ETPcréés`: a known acronym glued to the lower-case word after it. */
const gluedAcronym: OcrRepair = {
  name: 'glued-acronym',
  // A run of capitals after an ASCII letter is rejected below (and so is any part of it): the scan skips it.
  pattern: new RegExp(`${CAPITAL_AHEAD}(?<![a-zA-Z])\\p{Lu}{2,}(?=\\p{Ll}{4,})`, 'gu'),
  edit: (match, text) => {
    if (isLetter(text.charAt(match.index - 1))) return null;
    const end = match.index + match[0].length;
    const rest = wordAfter(text, end);
    if (!isAcronym(match[0]) || !ALL_LOWER.test(rest) || !isCommonWord(rest)) return null;
    return { start: end, end, text: ' ' };
  },
};

/** Whether the compound around a split (its part before `leftStart`, after `rightStart`) joins into a place name. */
function joinsCompoundPlace(text: string, leftStart: number, rightStart: number): boolean {
  const joined = `${wordAround(text, leftStart).word}${wordAround(text, rightStart).word}`;
  return joined.includes('-') && isPlaceName(joined);
}

/**
 * `coopéra- tion`, `Economi- que`, `Solida- rauto`: a hyphen then a space inside a line, before a lower-case part.
 * Joined into a dictionary word, or after a capital into a name (no text layer splits a name so); inside a
 * hyphenated compound, only into a place (`Seine-Mari- time`).
 */
const splitWord: OcrRepair = {
  name: 'split-word',
  pattern: /- (?=\p{Ll}{2})/gu,
  edit: (match, text) => {
    const left = wordBefore(text, match.index);
    const right = wordAfter(text, match.index + 2);
    if (left.length < 2 || !LOWER_OR_CAPITALISED.test(left) || !ALL_LOWER.test(right)) return null;
    const leftStart = match.index - left.length;
    // Inside a hyphenated compound (`Nou- velle-Aquitaine`, `Castelnau-Mon- tratier`) only a place joins.
    if ((leftStart > 0 && text.charAt(leftStart - 1) === '-') || text.charAt(match.index + 2 + right.length) === '-') {
      return joinsCompoundPlace(text, leftStart, match.index + 2) ? { start: match.index, end: match.index + 2, text: '' } : null;
    }
    const bothWords = isCommonWord(left) && isCommonWord(right);
    // Joined into a dictionary word, even when both halves are words too (`développe- ment`, `métro- pole`).
    // `Solida- rauto`, `Natha- lie`: a name no dictionary holds, split inside a line as no text layer
    // writes it; joined unless both halves are words (`Nord- est`, a compound) or the right one is a
    // short word a dangling hyphen may stand before (`Sophie Garnier- et toute l'équipe`).
    if (!isCommonWord(left + right) && (!/^\p{Lu}/u.test(left) || bothWords || GLUE_HOSTS.has(right) || right === 'ou')) return null;
    return { start: match.index, end: match.index + 2, text: '' };
  },
};

/**
 * `coOpérative`, `LunNel`: a scan reads a letter as a capital inside a word, or reads it twice, the
 * second time as a capital. The capital is put in lower case, or dropped, when that makes a common
 * word or a place.
 */
const doubledCapital: OcrRepair = {
  name: 'doubled-capital',
  pattern: /[a-zàâçéèêëîïôûù][A-ZÀÂÇÉÈÊËÎÏÔÛÙ](?=[a-zàâçéèêëîïôûù])/gu,
  edit: (match, text) => {
    const capital = match[0].charAt(1);
    if (match[0].charAt(0) !== capital.toLowerCase()) return null;
    const { start, word } = wordAround(text, match.index);
    const at = match.index + 1 - start;
    const known = (candidate: string): boolean => isCommonWord(candidate) || isPlaceName(candidate);
    if (known(spliced(word, at, 1, capital.toLowerCase()))) return { start: match.index + 1, end: match.index + 2, text: capital.toLowerCase() };
    return known(spliced(word, at, 1, '')) ? { start: match.index + 1, end: match.index + 2, text: '' } : null;
  },
};

/** An initialled name (`R. Le Quéré`, `T. Quesnoy`): the neighbour that makes a misread initial one too. */
const INITIALLED_NAME = /(?<![\p{L}\p{N}.])\p{Lu}\.[ \t]*\n?[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+)?\p{Lu}[\p{Ll}'’-]+/u;
/** Most text around a misread initial where its initialled neighbour is looked for. */
const INITIAL_NEIGHBOUR_REACH = 60;

/**
 * `R. Le Quéré, 0. Quintard`, `|s. Tavernier` in a table row: the initial of an initialled name read
 * as the digit `0` (for `O`) in a comma list, or in lower case right after a table's bar or bracket.
 * Put back (`O.`, `S.`) only before a capitalised word, with another initialled name next to it:
 * a list's `0.` alone, a decimal (`1,0. Le`) or an abbreviation in prose (`p. Dupont`) stay.
 */
const misreadInitial: OcrRepair = {
  name: 'misread-initial',
  // Found at the dot (rare), the initial looked behind from it: the engine stops only at dots.
  pattern: /\.(?<=(?<![\p{L}\p{N}.,])[0\p{Ll}]\.)(?=[ \t]*\n?[ \t]*\p{Lu}\p{Ll}{2})/gu,
  edit: (dot, text) => {
    const at = dot.index - 1;
    const letter = text.charAt(at);
    const before = text.slice(Math.max(0, at - INITIAL_NEIGHBOUR_REACH), at);
    const zero = letter === '0';
    // The digit after a list's comma or semicolon; the lower-case letter after a table's bar or bracket.
    if (zero ? !/[,;][ \t]*\n?[ \t]*$/u.test(before) : !/[|[][ \t]*$/u.test(before)) return null;
    const after = text.slice(at + 2, at + 2 + INITIAL_NEIGHBOUR_REACH);
    if (!INITIALLED_NAME.test(before) && !INITIALLED_NAME.test(after.replace(/^[ \t]*\n?[ \t]*\p{Lu}\p{Ll}+/u, ''))) return null;
    return { start: at, end: at + 1, text: zero ? 'O' : letter.toUpperCase() };
  },
};

/** Letter confusions of OCR in a capitalised particle: what was read, what was printed (`Fl` for `El`, `Lc` for `Le`). */
const PARTICLE_CONFUSIONS: readonly (readonly [string, string])[] = [['F', 'E'], ['c', 'e']];
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/**
 * `Karim Fl Benhaddou`, `Yann Lc Goff`: a capitalised particle with one letter misread (`E` as `F`, `e`
 * as `c`) between a known given name and a capitalised surname. Put back when undoing one confusion
 * makes a particle of lexicon/name-particles.ts and the word read is none (two letters such as `Fl`
 * are no French word either, but the Bloom filter of common words cannot tell so short a word).
 */
const particleLetter: OcrRepair = {
  name: 'particle-letter',
  // Only words a confusion can come from: `F` and one letter (`Fl`), a capital and `c` (`Lc`, `Dcs`, `Bcn`).
  pattern: /(?:F\p{Ll}|[BDL]c\p{Ll}?)(?![\p{L}\p{N}])(?=[ \t]*\n?[ \t]*(?<=[ \t\n])\p{Lu}\p{Ll})/gu,
  edit: (match, text) => {
    const word = match[0];
    if (PARTICLES.has(word.toLowerCase()) || !/^[ \n]$/u.test(text.charAt(match.index - 1))) return null;
    if (!isFirstName(wordBefore(text, match.index - 1))) return null;
    for (const [read, printed] of PARTICLE_CONFUSIONS) {
      const at = word.indexOf(read);
      if (at < 0 || !PARTICLES.has(`${word.slice(0, at)}${printed}${word.slice(at + read.length)}`.toLowerCase())) continue;
      return { start: match.index + at, end: match.index + at + read.length, text: printed };
    }
    return null;
  },
};

/**
 * `Maëlys UHOSTELLIER`: the elided particle of a surname in capitals (`L'HOSTELLIER`) read as `U`, as OCR
 * reads `l'` before a capital. Put back after a known given name when the rest opens on a vowel or
 * an `H` (where French elides) and the word read is no known surname.
 */
const elidedSurname: OcrRepair = {
  name: 'elided-surname',
  pattern: /U(?=[AEIOUYHÉÈ]\p{Lu}{3,}(?![\p{L}\p{N}]))/gu,
  edit: (match, text) => {
    if (!/^[ \n]$/u.test(text.charAt(match.index - 1)) || !isFirstName(wordBefore(text, match.index - 1))) return null;
    if (isSurname(wordAfter(text, match.index))) return null;
    return { start: match.index, end: match.index + 1, text: "L'" };
  },
};

/** Every repair, in the order their edits win when two overlap. */
export const OCR_REPAIRS: readonly OcrRepair[] = [
  iForL, letterForL, apostropheInWord, barForL, uBeforeAcronym, elisionBeforeAcronym, elisionGluedToAcronym, lostL, elisionBeforeCapital, vanishedApostrophe, doubledLArticle, lForI, nameLetter, gluedGivenNames, wordLetter, letterGroup, acuteForCircumflex, acuteForGrave, doubledAcute, gluedWord, gluedSentenceOpener, gluedBeforeShort, gluedBeforeCapital, gluedElision, gluedIElision,
  gluedNumber, gluedAcronym, splitWord, dotInWord, underscoreForSpace, bulletGlyph, guillemetBullet, plusBullet, starBullet, letterBullet, graveA, footnoteMark, doubledCapital, misreadInitial, particleLetter, elidedSurname, blankLine,
  ...FIGURE_REPAIRS, ...READING_REPAIRS, impossibleGroup, headLetter,
];

/** The edits of every repair over `text`, sorted by start (overlaps are dropped by `applyEdits`). */
export function ocrRepairEdits(text: string, repairs: readonly OcrRepair[] = OCR_REPAIRS): TextEdit[] {
  const edits: TextEdit[] = [];
  // Repairs that read the same sites hold the same pattern object (`WORD_RUN`: every whole word): the
  // page is scanned once for all of them. The edits only read a match, so one can serve several.
  const scanned = new Map<RegExp, RegExpExecArray[]>();
  for (const repair of repairs) {
    let matches = scanned.get(repair.pattern);
    if (matches === undefined) {
      // The whole word runs, read letter by letter (the same matches as the pattern's, word-scan.ts).
      matches = repair.pattern === WORD_RUN ? letterRuns(text, WORD_RUN_SHORTEST) : allMatches(repair.pattern, text);
      scanned.set(repair.pattern, matches);
    }
    for (const match of matches) {
      const edit = repair.edit(match, text);
      if (edit === null) continue;
      if ('start' in edit) edits.push(edit);
      else edits.push(...(edit as readonly TextEdit[]));
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}
