/**
 * Filters of `fr.figure.filter` for numbers that belong to a name or an address: `Atelier 42`,
 * `Les 3 Chênes`, `Sept Vallées`, `du 93`, `12 rue des Lilas`, `4 NOYON (60)`, masked digits.
 */
import { alternation, CAPITAL_OR_ABOVE_AHEAD, WRAP_GAP } from '../../core/pattern.js';
import { NUMBER_WORDS } from '../lexicon/number-words.js';
import { LISTED_NAME_ARTICLES, LISTED_NAME_LAST_JOINS, LISTED_NAME_LINKS } from '../lexicon/organisation-list-cues.js';
import { STREET_WORDS } from '../lexicon/street-words.js';
import { COUNTED_NOUNS } from '../lexicon/units.js';
import type { FigureFilter } from './figure-filter.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

const ACRONYM_UNIT = /^\p{Lu}{2,6}s?$/u;
/**
 * A capitalised word right before the number (`Atelier 42`, `Pays Basque 64`), opening the text or after a non-letter.
 * The capital looked for first, then the boundary behind it: an end-anchored pattern is tried from each position,
 * and most are then rejected by a small class (speed only, the same answers as `(?:^|[^\p{L}])\p{Lu}…`).
 */
const CAPITALISED_BEFORE = new RegExp(`${CAPITAL_OR_ABOVE_AHEAD}(?<![a-z])(?<!\\p{L})\\p{Lu}\\p{Ll}+[ \\t]+$`, 'u');
/** Sentence-opening words that are capitalised without being part of a name. */
const OPENING_WORDS = /(?:^|[^\p{L}])(?:Les|Des|Nos|Vos|Ses|Leurs|Ces|Plus|Moins|Environ|Près|Soit|Dont|Avec|Sur|Pour|Par|Et|Au|Aux|En|Entre|Déjà|Quelque|Quelques|Plusieurs|Total|Objectif|Objectifs)[ \t]+$/u;

export const maskedFilter: FigureFilter = {
  id: 'fr.figure.filter.masked',
  reason: 'digits masked with `XX` are a hidden phone or code',
  rejects: (p) => p.unitWord !== undefined && /^x+$/iu.test(p.unitWord),
};

export const departmentFilter: FigureFilter = {
  id: 'fr.figure.filter.department',
  reason: 'two digits after `du`/`le`/`dans le` name a department (`les cantines du 93 ont`)',
  rejects: (p) =>
    p.unitWord !== undefined && p.digits !== undefined && /^\d{2}$/u.test(p.digits) &&
    /(?:^|[^\p{L}])(?:du|le|dans le)[ \t]+$/iu.test(p.before) && p.singular === p.unitLower && !COUNTED_NOUNS.has(p.unitLower),
};

export const streetFilter: FigureFilter = {
  id: 'fr.figure.filter.street',
  reason: 'a street number (`7 rue des Tanneurs`)',
  rejects: (p) =>
    STREET_WORDS.has(p.unitLower) && /^[ \t]+(?:(?:de|du|des|d'|de la)[ \t]*)?\p{Lu}/u.test(p.text.slice(p.end, p.end + 12)),
};

/**
 * `l'Atelier 42 accueille`, `Vallée Haute 12 organise`, `Collectif 7 Collines`: a number after a
 * capitalised word, before a verb (a counted noun after 2 or more is plural) or before another
 * capitalised word, is part of a name.
 */
function insideName(p: Parameters<FigureFilter['rejects']>[0]): boolean {
  if (p.kind !== 'noun' && p.kind !== 'adjective') return false;
  if (p.unitWord === undefined || !CAPITALISED_BEFORE.test(p.before)) return false;
  if (OPENS_UPPER.test(p.unitWord) && !ACRONYM_UNIT.test(p.unitWord)) return true;
  return !OPENING_WORDS.test(p.before) && p.value >= 2 && p.singular === p.unitLower && !COUNTED_NOUNS.has(p.unitLower);
}

export const insideNameFilter: FigureFilter = {
  id: 'fr.figure.filter.inside-name',
  reason: 'a number inside a name (`Atelier 42`, `Collectif 7 Collines`)',
  rejects: insideName,
};

/**
 * A capitalised number word that opens no sentence: a lower-case word or a comma before it on its
 * line, or an article or preposition before it across a line break (`au rond-point des Quatre
 * chemins`, `la ferme des Trois moulins`).
 */
const MID_SENTENCE = /(?:[\p{Ll},'’][ \t]*|(?:^|[^\p{L}])(?:des|aux|du|de|les|la|le)[ \t\n]+)$/u;

export const numberWordNameFilter: FigureFilter = {
  id: 'fr.figure.filter.number-word-name',
  reason: 'a capitalised number word before a capitalised noun (`Les Trois Rivières`) or inside a sentence (`des Quatre chemins`) is a name',
  rejects: (p) =>
    p.kind === 'noun' && p.words !== undefined && OPENS_UPPER.test(p.words) && (OPENS_UPPER.test(p.unitWord ?? '') || MID_SENTENCE.test(p.before)),
};

/**
 * An opening quote right before the number, maybe with one short capitalised word between (`« A 3 temps »`, `"Les
 * 3 Lunes"`), and the number's first letter or that word capitalised: a title's shape.
 */
const QUOTED_TITLE_BEFORE = /[«"“][ \t\u00a0]*(?<word>\p{Lu}[\p{L}'’]{0,3}[ \t\u00a0]+)?$/u;
/** The quote closing after the noun and at most two more words, maybe on the next line (`"Sept collines"`, `« A 3 temps »`). */
const QUOTE_CLOSE_AFTER = /^(?:[ \t\u00a0]+[\p{L}'’-]+){0,2}[ \t\u00a0]*\n?[ \t\u00a0]*[»"”]/u;

/**
 * `aux "Sept collines"`, `la chorale « A 3 temps »`: a short quoted phrase in a title's shape names a place, a group or a
 * work; its number counts nothing. A quoted count in lower case after digits (`« 80 dossiers » par an`) stays.
 */
export const quotedNameFilter: FigureFilter = {
  id: 'fr.figure.filter.quoted-name',
  reason: 'a number inside a short quoted title (`aux "Sept collines"`, `la chorale « A 3 temps »`)',
  rejects: (p) => {
    if (p.kind !== 'noun') return false;
    const opening = QUOTED_TITLE_BEFORE.exec(p.before);
    if (opening === null || (opening.groups?.['word'] === undefined && !OPENS_UPPER.test(p.words ?? ''))) return false;
    return QUOTE_CLOSE_AFTER.test(p.text.slice(p.unitEnd, p.unitEnd + 40));
  },
};

export const placeDepartmentFilter: FigureFilter = {
  id: 'fr.figure.filter.place-department',
  reason: 'a list number before a place with its department code (`4 NOYON (60)`)',
  rejects: (p) => p.kind === 'noun' && /^[ \t]*\(\d{2,3}\)/u.test(p.text.slice(p.unitEnd, p.unitEnd + 7)),
};

/** How far after the counted noun the sentence is read for the list of names (`: A, B et C`). */
const ENUMERATION_REACH = 220;
/** The sentence's end: a full stop, `!` or `?` before a space or the end, or a blank line. */
const SENTENCE_END = /[.!?…](?=\s|$)|\n[ \t]*\n/u;
/**
 * Words of the lexicon as a pattern: any apostrophe, an elision glued to the next word, any other word followed by
 * blanks (`la `, `l'`, `ainsi que `).
 */
const glued = (words: readonly string[]): string =>
  `(?:${words.map((word) => (word.endsWith("'") ? alternation([word]).replace(/'/gu, "['’]") : `${alternation([word]).replaceAll(' ', WRAP_GAP)}${WRAP_GAP}`)).join('|')})`;
/** An article or elision that may open a name of the list (`l'Adapei`, `la Cagette`). */
const NAME_ARTICLE = new RegExp(`^${glued(LISTED_NAME_ARTICLES)}`, 'iu');
/** The `et` joining the list's last name, before a capital (`A et B`; `Nature et patrimoine` stays one name). */
const LAST_AND = new RegExp(`${WRAP_GAP}${alternation(LISTED_NAME_LAST_JOINS).replaceAll(' ', WRAP_GAP)}${WRAP_GAP}(?=${glued(LISTED_NAME_ARTICLES)}?\\p{Lu})`, 'u');
/**
 * The most lower-case words, links of the lexicon aside, a name of the list holds (`Papillons blancs du Val`, `Nature
 * et patrimoine`). A piece with more goes on as a clause (`la Fondation Verte ayant financé les sessions`, `Panier
 * Soleil ont pu recruter`): the names around it are the sentence's other actors, not the ones counted.
 */
const NAME_LOWER_WORDS = 2;
const NAME_LINKS: ReadonlySet<string> = new Set(LISTED_NAME_LINKS);
/** A word in lower case (`blancs`, `ayant`); `d'Or`, `3B` are not. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

/** Whether `item`, a piece of the list, is a name: a capital first, after an article or not, and few lower-case words. */
function isListedName(item: string): boolean {
  const name = item.trim().replace(NAME_ARTICLE, '');
  if (!OPENS_UPPER.test(name)) return false;
  return name.split(/[ \t\n]+/u).filter((word) => LOWER_WORD.test(word) && !NAME_LINKS.has(word)).length <= NAME_LOWER_WORDS;
}

/**
 * Another count between the counted noun and the colon (`Deux salariés recrutés grâce à deux financeurs : A et B`):
 * the list resolves that nearer count, not this one.
 */
const OTHER_COUNT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(Object.keys(NUMBER_WORDS))}|\\d+)(?![\\p{L}\\p{N}])`, 'iu');
/**
 * Most text between the counted noun and the comma or bracket that opens its list without a colon: the counted
 * phrase's own words (`deux épiceries de quartier,`); farther, the comma closes a clause, not the phrase.
 */
const PHRASE_REACH = 100;

/**
 * The names a list opened by `:`, or by `,`/`(` right after the counted phrase, goes on to give:
 * the pieces between commas, semicolons and the last `et`, up to the sentence's end, a closing
 * bracket or the first piece that is no name (`, fondées en…`).
 */
function listedNames(list: string): number {
  const pieces = list.split(/[,;)]/u);
  let count = 0;
  for (const [index, piece] of pieces.entries()) {
    const names = piece.split(LAST_AND);
    if (!names.every(isListedName)) return index === 0 ? 0 : count;
    count += names.length;
    if (names.length > 1) return count;
  }
  return count;
}

/**
 * `Trois entreprises ont signé : Alpha, Bêta et Gamma`, `le rapprochement de deux épiceries, l'Alpha
 * et la Bêta`: a small count in words that the same sentence resolves into the names it counts
 * (exactly as many, each capitalised) announces those names; it is no indicator of its own.
 */
export const enumeratedFilter: FigureFilter = {
  id: 'fr.figure.filter.enumerated',
  reason: 'a small count in words that the sentence resolves into as many names (`trois entreprises : Alpha, Bêta et Gamma`)',
  rejects: (p) => {
    if (p.kind !== 'noun' || p.words === undefined || p.approximate || p.value < 2 || p.value > 6) return false;
    const rest = p.text.slice(p.unitEnd, p.unitEnd + ENUMERATION_REACH);
    const end = SENTENCE_END.exec(rest);
    const sentence = end === null ? rest : rest.slice(0, end.index);
    const colon = sentence.indexOf(':');
    if (colon >= 0 && !OTHER_COUNT.test(sentence.slice(0, colon)) && listedNames(sentence.slice(colon + 1)) === p.value) return true;
    const mark = /^[^,(:]*?[,(]/u.exec(sentence);
    return mark !== null && mark[0].length <= PHRASE_REACH && listedNames(sentence.slice(mark[0].length)) === p.value;
  },
};
