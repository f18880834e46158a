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
import { SCOPE_ADJECTIVES, SCOPED_BODY_HEADS } from '../lexicon/organisation-head-kinds.js';

const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:(?:[Ll]a|[Ll]e|[Dd]u|[Aa]u)[ \t\n]+|[Ll]['’])$/u;
const SCOPE_THEN_OF = /^[ \t]+(?<scope>\p{Ll}+)[ \t]*\n?[ \t]*(?:de|des|du|d['’])(?![\p{L}])/u;

/** Whether the lower-case head at `headStart`–`headEnd` (its key `headKey`) opens a scoped body's name. */
export function opensScopedBody(text: string, headStart: number, headEnd: number, headKey: string): boolean {
  if (!SCOPED_BODY_HEADS.has(headKey) || !/^\p{Ll}/u.test(text.charAt(headStart))) return false;
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

/** Whether the phrase read after a scoped body's head (`départementale des foyers ruraux de l'Yonne`) is a name, not a clause. */
export function scopedNameHolds(phrase: string): boolean {
  if (CLAUSE_WORD.test(phrase) || ARTICLE_NOT_AFTER_OF.test(phrase)) return false;
  const lower = phrase.split(/[\s'’]+/u).filter((word) => /^\p{Ll}{3,}/u.test(word) && !/^(?:des|que|qui|aux)$/u.test(word));
  return lower.length <= 6;
}
