/**
 * The counted noun of an indicator label (`Structures adhérentes`, `dont entreprises classiques`,
 * `Nombre de réunions`, `Salariés (ETP)`): the label's head noun, singular. Only a plural head, a
 * known counted noun or an acronym makes the label a count; `Budget` or `Taux d'emploi` do not.
 */
import { NON_UNIT_WORDS } from './lexicon/function-words.js';
import { COUNTED_NOUNS } from './lexicon/units.js';
import { singularUnit } from './units.js';

/** Words before the head noun that the label's count ignores (`dont`, `Nombre de`, `total des`). */
const LEAD = /^(?:[ \t]*(?:[•·*–—-]|\d+[.)])?[ \t]*)(?:(?:dont|total|nombre|nb\.?|nbre|effectif|volume)[ \t]+(?:(?:de|d'|des|du)[ \t]*)?|(?:les|des|de|d')[ \t]*)*/iu;

/** The label's first word (compiled once: core/word-shape.ts says why). */
const HEAD_WORD = /^(?<word>\p{L}[\p{L}'-]*\p{L})(?![\p{L}\p{N}])/u;

export function labelHeadNoun(label: string): string | undefined {
  const rest = label.replace(LEAD, '');
  const word = HEAD_WORD.exec(rest)?.groups?.['word'];
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  if (NON_UNIT_WORDS.has(lower)) return undefined;
  const singular = singularUnit(word);
  const plural = singular !== word.toLowerCase() && singular !== word;
  if (!plural && !COUNTED_NOUNS.has(singular) && !/^\p{Lu}{2,6}$/u.test(word)) return undefined;
  return singular;
}
