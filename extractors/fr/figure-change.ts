/**
 * A count that moved, said with its noun as the subject and bare numbers after the verb: `le
 * nombre d'adhérents est passé de 40 à 65`, `nos bénévoles ont progressé de 12 à 20` → 40
 * adhérent, 65 adhérent. The subject's head noun is read like an indicator label's
 * (`labelHeadNoun`: `nombre de`, `les`… set aside; a plural or a counted noun). Used by
 * `fr.figure.count` for a number with no noun of its own (rule `fr.figure.count.change`); numbers
 * with their own noun (`de 5 à 8 tonnes`) keep it.
 */
import { labelHeadNoun } from './figure-label.js';
import { NUMBER_PATTERN } from './patterns.js';

const VERB = '(?:pass|évolu|progress|augment|grimp|baiss|diminu|chut)\\p{Ll}*';
/** The verb and `de`, and the first number and `à` when the number is the second: read back from it. */
const CHANGE_BEFORE = new RegExp(`(?<![\\p{L}])${VERB}[ \\t]+de[ \\t]+(?:(?:${NUMBER_PATTERN})[ \\t]+(?:à|a)[ \\t]+)?$`, 'iu');
/** An auxiliary or reflexive right before the verb, and a determiner opening the subject. */
const AUXILIARY_END = /(?<![\p{L}'])(?:est|sont|a|ont|s'est|se[ \t]+sont|avait|avaient|était|étaient)[ \t]*$/iu;
const DETERMINER_START = /^(?:(?:les|leurs|leur|le|la|nos|notre|ses|son|sa|ces|cette|cet|ce)(?![\p{L}])[ \t]*|l')/iu;
/**
 * `ont augmenté de 20 à 30 %`, `est passé de 200 à 350 k€`: the second number of the range carries a
 * percentage or an amount, so the first is one too, not a count of the subject's noun.
 */
const MEASURED_UPPER_BOUND = new RegExp(`^[ \\t]+(?:à|a)[ \\t]+(?:${NUMBER_PATTERN})[ \\t\\u00a0\\u202f]*(?:%|‰|pour[ \\t]?cent|points?(?![\\p{L}])|(?:k|m|md)?€|(?:millions?|milliards?)?[ \\t]*(?:d['’]|de[ \\t]+)?euros?(?![\\p{L}]))`, 'iu');
/** Most text read back from a number to its verb, and from the verb to the subject's start. */
const REACH = 80;
const SUBJECT_REACH = 60;

/** The subject of the verb at `verbStart`: back to the clause's start, auxiliary and determiner aside. */
function subjectOf(text: string, verbStart: number): string {
  const window = text.slice(Math.max(0, verbStart - SUBJECT_REACH), verbStart);
  let clauseStart = -1;
  for (const mark of ['.', ';', ':', '\n', ',', '•']) clauseStart = Math.max(clauseStart, window.lastIndexOf(mark));
  return window.slice(clauseStart + 1).replace(AUXILIARY_END, '').trim().replace(DETERMINER_START, '');
}

/**
 * The noun the subject of `passé de … à …` counts, for the number at `[start, end)`, or undefined: none
 * when the range's upper bound is a percentage or an amount (`de 20 à 30 %`).
 */
export function changedNoun(text: string, start: number, end = start): string | undefined {
  if (end > start && MEASURED_UPPER_BOUND.test(text.slice(end, end + 40))) return undefined;
  const from = Math.max(0, start - REACH);
  const verb = CHANGE_BEFORE.exec(text.slice(from, start));
  // An infinitive (`Passer de 27 à 40 membres`, a plan) has no subject to count.
  if (verb === null || /^\p{L}+er[ \t]/iu.test(verb[0])) return undefined;
  const subject = subjectOf(text, from + verb.index);
  return /\p{L}$/u.test(subject) ? labelHeadNoun(subject) : undefined;
}
