/**
 * `scoped-body`: a network's or a public body's type word written in lower case, a scope adjective,
 * then `de`/`des`/`du` (`la fédération départementale des foyers ruraux de l'Yonne`, `la fondation
 * territoriale de Loire-Atlantique`, `le réseau régional des ressourceries et recycleries`) names one
 * body, as `ministère de l'économie` does: its name is the whole lower-case phrase, head included,
 * and a place after `de` is the territory it covers, not a branch named by its town (`l'agence de
 * Pau`). After `un`, `des` or a possessive (`un réseau régional de structures`) the phrase is a kind
 * of body, no name: a definite article (or `du`, `au`) must stand before the head.
 */
import { fold } from '../../core/pattern.js';
import { MEMBERS_OF_PLACE_HEADS, SCOPE_ADJECTIVES, SCOPED_BODY_HEADS } from '../lexicon/organisation-head-kinds.js';
import { isFiniteVerbForm } from './name-continuation.js';

const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:(?:[Ll]a|[Ll]e|[Dd]u|[Aa]u)[ \t\n]+|[Ll]['’])$/u;
const SCOPE_THEN_OF = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?<scope>\p{Ll}+)[ \t]*\n?[ \t]*(?:de|des|du|d['’])(?![\p{L}])/u;

/**
 * Whether the head at `headStart`–`headEnd` (its key `headKey`) opens a scoped body's name. A
 * capitalised head reads the same way after an article (`de l'Institut national de l'économie
 * circulaire`, `du Réseau national des ressourceries et recycleries`) when the rest is in lower case
 * (organisation-named.ts: a capital after it is the title-case rules').
 */
/**
 * `des boulangères de Martinique`, `du moulin de Vernet`: `de`/`du`/`des`, one to three lower-case words (the members
 * or the place they gather around), then `de`/`du`/`des`/`d'` and a capital (the territory), each gap maybe a line break.
 */
const MEMBERS_OF_PLACE = /^[ \t]*\n?[ \t]*(?:des|du|de)[ \t]+\n?[ \t]*(?:\p{Ll}[\p{Ll}-]*[ \t]*\n?[ \t]*){1,3}(?:(?:de|du|des)[ \t]+\n?[ \t]*|d['’][ \t]*)(?:(?:la|le|les)[ \t]+|l['’])?\p{Lu}/u;

export function opensScopedBody(text: string, headStart: number, headEnd: number, headKey: string): boolean {
  // `l'association des boulangères de Martinique`: a body named by its members and their territory (MEMBERS_OF_PLACE_HEADS).
  if (MEMBERS_OF_PLACE_HEADS.has(headKey) && MEMBERS_OF_PLACE.test(text.slice(headEnd, headEnd + 60)) && DEFINITE_BEFORE.test(text.slice(Math.max(0, headStart - 8), headStart))) return true;
  if (!SCOPED_BODY_HEADS.has(headKey)) return false;
  const scope = SCOPE_THEN_OF.exec(text.slice(headEnd, headEnd + 40))?.groups?.['scope'];
  return scope !== undefined && SCOPE_ADJECTIVES.has(fold(scope)) && DEFINITE_BEFORE.test(text.slice(Math.max(0, headStart - 8), headStart));
}

/**
 * A lower-case phrase read as a name holds no clause: no reflexive (`s'est réuni`), no article or
 * determiner outside a `de`/`à` phrase (`organise chaque année une fête`), and at most five
 * lower-case words of content; else the sentence went on past the name.
 */
const CLAUSE_WORD = /(?:^|[ \t\n])(?:s['’]\p{L}|(?:un|une|chaque|ce|cet|cette|ces|son|sa|ses|leur|leurs|qui|que|dont)(?![\p{L}'’]))/u;
const ARTICLE_NOT_AFTER_OF = /(?<!(?:de|à)[ \t\n]+)(?<![\p{L}])(?:le|la|les)[ \t\n]/u;

/**
 * Where the sentence takes over from the name: a reflexive verb (`s'est réuni`), a number, or a
 * preposition no body's name is written with (`depuis 2020`, `avec ses partenaires`, `lors de`), or an adverb of time
 * (`… de Vernet hier`, `… déjà`).
 */
const SENTENCE_GOES_ON = /[ \t\n]+(?:s['’]\p{L}|\p{N}|(?:depuis|pendant|avec|dans|lors|entre|par|chez|vers|après|avant|quand|puis|aussi|ainsi|notamment|également|afin|hier|demain|désormais|déjà|toujours|encore)(?![\p{L}'’]))/u;

/** Words after which a lower-case word is a noun of the name (`de l'aide`, `des foyers`), whatever verb it could also be. */
const BEFORE_NOUN: ReadonlySet<string> = new Set(['de', 'des', 'du', 'd', 'l', 'la', 'le', 'les', 'à', 'au', 'aux', 'et', 'en', 'pour', 'sur']);
/** Each lower-case word of the phrase, with where its gap starts. */
const PHRASE_WORD = /(?<gap>[ \t\n]+|['’])(?<word>\p{Ll}+)(?![\p{L}'’-])/gu;

/**
 * Where a finite verb follows a content word of the phrase (`… des ateliers solidaires recense :`,
 * `… des régies accompagne`): the sentence's verb, so the name ended before it. After a preposition
 * or an article the word is a noun of the name (`de l'aide à domicile`, `de pêche`).
 */
function verbAfterContent(phrase: string): number | null {
  let previous = '';
  for (const found of phrase.matchAll(PHRASE_WORD)) {
    const word = found.groups?.['word'] ?? '';
    const elided = found.groups?.['gap'] === "'" || found.groups?.['gap'] === '’';
    if (previous !== '' && !BEFORE_NOUN.has(previous) && !elided && word.length > 3 && !BEFORE_NOUN.has(word) && isFiniteVerbForm(word)) return found.index;
    previous = fold(word);
  }
  return null;
}

/** The length of the phrase read after a scoped body's head that is the name's: up to where the sentence goes on. */
export function scopedNameLength(phrase: string): number {
  const goesOn = SENTENCE_GOES_ON.exec(phrase)?.index ?? phrase.length;
  return Math.min(goesOn, verbAfterContent(phrase) ?? phrase.length);
}

/** Whether the phrase read after a scoped body's head (`départementale des foyers ruraux de l'Yonne`) is a name, not a clause. */
export function scopedNameHolds(phrase: string): boolean {
  if (CLAUSE_WORD.test(phrase) || ARTICLE_NOT_AFTER_OF.test(phrase)) return false;
  const lower = phrase.split(/[\s'’]+/u).filter((word) => /^\p{Ll}{3,}/u.test(word) && !/^(?:des|que|qui|aux)$/u.test(word));
  return lower.length <= 6;
}
